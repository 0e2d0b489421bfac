import Foundation
import ProgressStore

/// What an LRS answered to a POST of statements.
public struct LRSReply: Sendable, Hashable {
    public var status: Int
    /// The Retry-After header, as seconds from now, when there is one.
    public var retryAfter: TimeInterval?
    /// The body, on one line and cut short: the LRS's own words about a refusal.
    public var message: String
    /// The statement ids of a body that is a JSON array of strings (what xAPI answers a
    /// POST with); nil for any other body.
    public var statementIds: [String]?
    /// The Location header of a redirect.
    public var location: String?

    public init(
        status: Int, retryAfter: TimeInterval? = nil, message: String = "", statementIds: [String]? = nil,
        location: String? = nil
    ) {
        self.status = status
        self.retryAfter = retryAfter
        self.message = message
        self.statementIds = statementIds
        self.location = location
    }
}

/// Why a POST got no answer.
public enum TransportFailure: Error, Sendable, Hashable {
    /// No connection could be made (nothing listening, no route, the name not found, TLS
    /// refused): trying again at once will not help.
    case unreachable(String)
    /// The connection dropped or timed out: the LRS may or may not have stored the batch.
    case interrupted(String)
    /// The LRS's certificate was not trusted (expired, another name, unknown issuer) or
    /// TLS failed: nothing goes until that is put right.
    case insecure(String)
}

/// Sends one batch of statements (a JSON array) to an LRS's statements resource.
public protocol LRSTransport: Sendable {
    func postStatements(_ body: Data) throws(TransportFailure) -> LRSReply
}

extension LRSReply {
    /// The message of a body: whitespace collapsed, at most `limit` characters, control
    /// and direction characters shown escaped (it is printed on a terminal).
    public static func message(of data: Data, limit: Int = 300) -> String {
        let text = String(decoding: data.prefix(limit * 4), as: UTF8.self)
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return StoredText.shownSafely(line.count > limit ? String(line.prefix(limit)) + "…" : line)
    }

    /// The ids of a body that is a JSON array of strings.
    public static func statementIds(in data: Data) -> [String]? {
        guard data.first(where: { !$0.isWhitespace }) == UInt8(ascii: "["),
            let array = try? JSONSerialization.jsonObject(with: data) as? [Any]
        else { return nil }
        let ids = array.compactMap { $0 as? String }
        return ids.count == array.count ? ids : nil
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

extension UInt8 {
    fileprivate var isWhitespace: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 }
}
