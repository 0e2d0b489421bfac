import Foundation
import GRDB
import LessonEngine

/// An attempt's row before it is stored: taken from its `started` event, so the row and
/// the log can never disagree on the pack, lesson, mode or seed.
struct NewAttempt {
    var owner: AttemptOwner
    var packSHA256: String
    var start: SessionStart
    var startedAt: Date
    var finishedAt: Date?

    init(owner: AttemptOwner, packSHA256: String, log: [TimedEvent], finishedAt: Date?) throws(StoreError) {
        guard let first = log.first, case .started(let start) = first.event else {
            throw .invalid("an attempt's log must begin with its started event")
        }
        self.owner = owner
        self.packSHA256 = packSHA256
        self.start = start
        startedAt = first.at
        self.finishedAt = finishedAt
    }

    func attempt(id: Int64) -> Attempt {
        Attempt(
            id: id, owner: owner, packId: start.packId, packVersion: start.packVersion, packSHA256: packSHA256,
            lessonId: start.lessonId, mode: start.mode, seed: start.seed, startedAt: startedAt, finishedAt: finishedAt)
    }
}

extension ProgressStore {
    /// Records a new attempt and its `started` event together.
    public func startAttempt(owner: AttemptOwner, packSHA256: String, startedEvent: TimedEvent) throws(StoreError)
        -> Attempt
    {
        let new = try NewAttempt(owner: owner, packSHA256: packSHA256, log: [startedEvent], finishedAt: nil)
        return try write { db in
            let id = try Attempt.insert(new, db)
            try EventRow.insert(startedEvent, attemptId: id, sequence: 0, db)
            return new.attempt(id: id)
        }
    }

    /// Appends one event in its own transaction; when this returns, the event is on disk
    /// (committed to the WAL and synced: `synchronous = FULL`), so the player may show the
    /// feedback.
    public func append(_ event: TimedEvent, toAttempt attemptId: Int64, sequence: Int) throws(StoreError) {
        try write { db in try EventRow.insert(event, attemptId: attemptId, sequence: sequence, db) }
    }

    /// The log of an attempt, in order, ready for `LessonSession.resume`.
    public func events(ofAttempt attemptId: Int64) throws(StoreError) -> [TimedEvent] {
        try read { db in try Self.events(ofAttempt: attemptId, db, path: path) }
    }

    static func events(ofAttempt attemptId: Int64, _ db: Database, path: String) throws -> [TimedEvent] {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT sequence, at, event FROM event WHERE attemptId = ? ORDER BY sequence",
            arguments: [attemptId])
        var events: [TimedEvent] = []
        while let row = try rows.next() {
            let sequence: Int = row[0]
            let text: String = row[2]
            guard let event = try? JSONDecoder().decode(SessionEvent.self, from: Data(text.utf8)) else {
                throw StoreError.corrupt(path: path, detail: "event \(sequence) of attempt \(attemptId) cannot be read")
            }
            events.append(TimedEvent(event, at: row[1]))
        }
        return events
    }

    static func encode(_ event: SessionEvent) throws -> String {
        if let text = EventJSON.text(of: event) { return text }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(event), as: UTF8.self)
    }

    /// An attempt by id.
    public func attempt(_ id: Int64) throws(StoreError) -> Attempt {
        let found = try read { db in try Attempt.fetchOne(db, path: path, where: "id = ?", arguments: [id]) }
        guard let found else { throw .notFound(what: "attempt", key: String(id)) }
        return found
    }

    /// A cohort's group attempts (`oberih facilitate`), of one pack or of all, oldest first.
    public func groupAttempts(ofCohort cohortId: Int64, packId: String? = nil) throws(StoreError) -> [Attempt] {
        try read { db in
            try Attempt.fetchAll(
                db, path: path, where: "cohortId = ? AND (? IS NULL OR packId = ?) ORDER BY startedAt, id",
                arguments: [cohortId, packId, packId])
        }
    }

    /// A learner's attempts, of one pack or of all, oldest first.
    public func attempts(ofLearner code: String, packId: String? = nil) throws(StoreError) -> [Attempt] {
        try read { db in
            try Attempt.fetchAll(
                db, path: path, where: "learnerCode = ? AND (? IS NULL OR packId = ?) ORDER BY startedAt, id",
                arguments: [code, packId, packId])
        }
    }

    /// Records whole attempts with all their events, and the result of each finished one,
    /// in one transaction (for `oberih simulate`, which makes many at once, and for
    /// imports): all are stored, or none.
    public func importAttempts(_ attempts: [ImportedAttempt]) throws(StoreError) {
        let rows = try attempts.map { imported throws(StoreError) in
            try NewAttempt(
                owner: imported.owner, packSHA256: imported.packSHA256, log: imported.events,
                finishedAt: imported.finishedAt)
        }
        try write { db in
            for (imported, new) in zip(attempts, rows) {
                let id = try Attempt.insert(new, db)
                for (sequence, event) in imported.events.enumerated() {
                    try EventRow.insert(event, attemptId: id, sequence: sequence, db)
                }
                if let result = imported.result { try Self.insert(result, ofAttempt: id, db) }
            }
        }
    }
}

/// A whole attempt to import: who played it, the pack file's fingerprint, its log (which
/// begins with the `started` event) and, when it is finished, when and its result.
public struct ImportedAttempt: Sendable {
    public var owner: AttemptOwner
    public var packSHA256: String
    public var events: [TimedEvent]
    public var finishedAt: Date?
    public var result: LessonResult?

    public init(owner: AttemptOwner, packSHA256: String, events: [TimedEvent], finishedAt: Date?, result: LessonResult?) {
        self.owner = owner
        self.packSHA256 = packSHA256
        self.events = events
        self.finishedAt = finishedAt
        self.result = result
    }
}
