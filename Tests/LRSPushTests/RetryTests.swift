import Foundation
import LRSPush
import Testing

/// Retry-After as RFC 9110 writes it, and the backoff's bounds.
@Suite struct RetryTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func retryAfterIsSecondsOrAnHTTPDate() {
        #expect(LRSReply.retryAfter("120", now: Self.now) == 120)
        #expect(LRSReply.retryAfter(" 0 ", now: Self.now) == 0)
        // 1_800_000_000 is Fri, 15 Jan 2027 08:00:00 GMT.
        #expect(LRSReply.retryAfter("Fri, 15 Jan 2027 08:00:30 GMT", now: Self.now) == 30)
        #expect(LRSReply.retryAfter("Fri, 15 Jan 2027 07:00:00 GMT", now: Self.now) == 0)
        #expect(LRSReply.retryAfter("soon", now: Self.now) == nil)
        #expect(LRSReply.retryAfter(nil, now: Self.now) == nil)
    }

    @Test func theBackoffDoublesUpToItsLongestWithJitterInTheUpperHalf() {
        let policy = RetryPolicy()
        #expect(policy.delay(beforeRetry: 1, random: { $0.upperBound }) == 1)
        #expect(policy.delay(beforeRetry: 4, random: { $0.upperBound }) == 8)
        #expect(policy.delay(beforeRetry: 4, random: { $0.lowerBound }) == 4)
        #expect(policy.delay(beforeRetry: 20, random: { $0.upperBound }) == 60)
        for retry in 1...10 {
            let delay = policy.delay(beforeRetry: retry, random: { Double.random(in: $0) })
            let ceiling = min(60, pow(2, Double(retry - 1)))
            #expect(delay >= ceiling / 2 && delay <= ceiling)
        }
    }

    @Test func anLRSMessageIsOneShortLine() {
        let body = Data(("{\"detail\":\n  \"" + String(repeating: "x", count: 1000) + "\"}").utf8)
        let message = LRSReply.message(of: body)
        #expect(!message.contains("\n") && message.count == 301 && message.hasSuffix("…"))
    }
}
