import Foundation

/// What an LRS answered to a POST of statements.
public struct LRSReply: Sendable, Hashable {
    public var status: Int
    /// The Retry-After header, as seconds from now, when there is one.
    public var retryAfter: TimeInterval?
    /// The body, on one line and cut short: the LRS's own words about a refusal.
    public var message: String

    public init(status: Int, retryAfter: TimeInterval? = nil, message: String = "") {
        self.status = status
        self.retryAfter = retryAfter
        self.message = message
    }
}

/// Why a POST got no answer.
public enum TransportFailure: Error, Sendable, Hashable {
    /// No connection could be made (nothing listening, no route, the name not found, TLS
    /// refused): trying again at once will not help.
    case unreachable(String)
    /// The connection dropped or timed out: the LRS may or may not have stored the batch.
    case interrupted(String)
}

/// Sends one batch of statements (a JSON array) to an LRS's statements resource.
public protocol LRSTransport: Sendable {
    func postStatements(_ body: Data) throws(TransportFailure) -> LRSReply
}

extension LRSReply {
    /// The message of a body: whitespace collapsed, at most `limit` characters.
    public static func message(of data: Data, limit: Int = 300) -> String {
        let text = String(decoding: data.prefix(limit * 4), as: UTF8.self)
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.count > limit ? String(line.prefix(limit)) + "…" : line
    }

    /// Retry-After (RFC 9110): a number of seconds, or an HTTP date.
    public static func retryAfter(_ header: String?, now: Date) -> TimeInterval? {
        guard let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty else { return nil }
        if let seconds = Int(header) { return TimeInterval(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: header).map { max(0, $0.timeIntervalSince(now)) }
    }
}
