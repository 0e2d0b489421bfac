import Foundation
import GRDB
import LessonEngine

extension ProgressStore {
    /// Records a new attempt and its `started` event together.
    public func startAttempt(_ attempt: Attempt, startedEvent: TimedEvent) throws(StoreError) -> Attempt {
        try write { db in
            var attempt = attempt
            try attempt.insert(db)
            try EventRow(attemptId: attempt.id!, sequence: 0, at: startedEvent.at, event: try Self.encode(startedEvent.event))
                .insert(db)
            return attempt
        }
    }

    /// Appends one event in its own transaction; when this returns, the event is on disk
    /// (committed to the WAL and synced: `synchronous = FULL`), so the player may show the
    /// feedback.
    public func append(_ event: TimedEvent, toAttempt attemptId: Int64, sequence: Int) throws(StoreError) {
        try write { db in
            try EventRow(attemptId: attemptId, sequence: sequence, at: event.at, event: try Self.encode(event.event))
                .insert(db)
        }
    }

    /// The log of an attempt, in order, ready for `LessonSession.resume`.
    public func events(ofAttempt attemptId: Int64) throws(StoreError) -> [TimedEvent] {
        try read { db in try Self.events(ofAttempt: attemptId, db, path: path) }
    }

    static func events(ofAttempt attemptId: Int64, _ db: Database, path: String) throws -> [TimedEvent] {
        let rows = try EventRow.filter(Column("attemptId") == attemptId).order(Column("sequence")).fetchAll(db)
        var events: [TimedEvent] = []
        for row in rows {
            guard let event = try? JSONDecoder().decode(SessionEvent.self, from: Data(row.event.utf8)) else {
                throw StoreError.corrupt(path: path, detail: "event \(row.sequence) of attempt \(attemptId) cannot be read")
            }
            events.append(TimedEvent(event, at: row.at))
        }
        return events
    }

    static func encode(_ event: SessionEvent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(event), as: UTF8.self)
    }
}

extension ProgressStore {
    /// A cohort's group attempts (`oberih facilitate`), of one pack or of all, oldest first.
    public func groupAttempts(ofCohort cohortId: Int64, packId: String? = nil) throws(StoreError) -> [Attempt] {
        try read { db in
            var request = Attempt.filter(Column("cohortId") == cohortId)
            if let packId { request = request.filter(Column("packId") == packId) }
            return try request.order(Column("startedAt"), Column("id")).fetchAll(db)
        }
    }
}

extension ProgressStore {
    /// Records whole attempts with all their events, and the result of each finished one,
    /// in one transaction (for `oberih simulate`, which makes many at once): all are
    /// stored, or none.
    public func importAttempts(_ attempts: [ImportedAttempt]) throws(StoreError) {
        try write { db in
            for imported in attempts {
                var attempt = imported.attempt
                try attempt.insert(db)
                for (sequence, event) in imported.events.enumerated() {
                    try EventRow(attemptId: attempt.id!, sequence: sequence, at: event.at, event: try Self.encode(event.event))
                        .insert(db)
                }
                if let result = imported.result { try Self.insert(result, ofAttempt: attempt.id!, db) }
            }
        }
    }
}

/// A whole attempt to import: its row, its log and, when it is finished, its result.
public struct ImportedAttempt: Sendable {
    public var attempt: Attempt
    public var events: [TimedEvent]
    public var result: LessonResult?

    public init(attempt: Attempt, events: [TimedEvent], result: LessonResult?) {
        self.attempt = attempt
        self.events = events
        self.result = result
    }
}
