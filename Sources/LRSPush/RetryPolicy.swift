import Foundation

/// When to try again after a busy LRS (429, 5xx) or a lost connection: exponential
/// backoff with jitter (a random time between half and all of it), or the LRS's
/// Retry-After when it gives one.
public struct RetryPolicy: Sendable {
    /// Tries of one batch after the first, before the push stops (everything kept queued).
    public var retries = 5
    public var firstDelay: TimeInterval = 1
    public var longestDelay: TimeInterval = 60
    /// A Retry-After longer than this stops the push instead of waiting (run it again later).
    public var longestRetryAfter: TimeInterval = 300

    public init() {}

    /// The wait before retry `number` (1 for the first): a random time between half and
    /// all of min(longest, first · 2^(number-1)).
    public func delay(beforeRetry number: Int, random: (ClosedRange<Double>) -> Double) -> TimeInterval {
        let ceiling = min(longestDelay, firstDelay * pow(2, Double(max(0, number - 1))))
        return ceiling * random(0.5...1)
    }
}
