import Foundation

/// The attempts a report counts, by when they started (`report --since`, `--until`): from
/// `since` (inclusive) to `until` (exclusive); an open end counts everything on that side.
public struct ReportWindow: Sendable, Hashable {
    public var since: Date?
    public var until: Date?

    public static let everything = ReportWindow(since: nil, until: nil)

    public init(since: Date?, until: Date?) {
        self.since = since
        self.until = until
    }

    public var isEverything: Bool { since == nil && until == nil }

    public func contains(_ date: Date) -> Bool {
        (since.map { $0 <= date } ?? true) && (until.map { date < $0 } ?? true)
    }

    /// "attempts started from … to before …", in UTC to the minute; nil for everything.
    public var described: String? {
        switch (since, until) {
        case (nil, nil): nil
        case (let since?, nil): "attempts started from \(CohortReport.minute(since))"
        case (nil, let until?): "attempts started before \(CohortReport.minute(until))"
        case (let since?, let until?): "attempts started from \(CohortReport.minute(since)) to before \(CohortReport.minute(until))"
        }
    }
}
