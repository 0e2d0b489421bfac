import Foundation
import GRDB

/// What erasing a learner removed, table by table.
public struct Erasure: Sendable, Hashable, Codable {
    public var code: String
    public var enrolments: Int
    public var attempts: Int
    public var events: Int
    /// Voiding statements queued for the LRSs that were sent the learner's statements.
    public var voidingQueued: Int
}

/// A learner's attempts, for `learner show`.
public struct LearnerProgress: Sendable, Hashable {
    public struct AttemptSummary: Sendable, Hashable {
        public var attempt: Attempt
        public var eventCount: Int
    }

    public var learner: LearnerRecord
    public var cohorts: [String]
    public var attempts: [AttemptSummary]
}

extension ProgressStore {
    /// Adds one learner per entry of `ages` to a cohort, each under a new code, in one
    /// transaction: codes are drawn in order, so the same generator gives the same codes.
    public func addLearners(
        ages: [Int?], cohortName: String, ageBand: String?, language: String, country: String?,
        at time: Date, generator: inout some RandomNumberGenerator
    ) throws(StoreError) -> [LearnerRecord] {
        let cohort = try self.cohort(named: cohortName)
        // Codes already in the store are passed over, so a cohort can be added to with the
        // same generator (`oberih simulate` twice with one seed) and get new codes.
        var candidates: [String] = []
        var drawn: Set<String> = []
        var tries = 0
        return try write { db in
            var added: [LearnerRecord] = []
            while added.count < ages.count && tries < ages.count * 4 + 1_000 {
                tries += 1
                if candidates.isEmpty {
                    // Drawn outside the row checks, in order, so equal generators give equal codes.
                    for _ in 0..<(ages.count - added.count) {
                        let code = LearnerCodes.make(using: &generator)
                        if drawn.insert(code).inserted { candidates.append(code) }
                    }
                    candidates.reverse()
                    continue
                }
                let code = candidates.removeLast()
                guard try Self.learner(code, db, path: path) == nil else { continue }
                let learner = LearnerRecord(
                    code: code, age: ages[added.count], ageBand: ageBand, language: language, country: country,
                    nickname: nil, createdAt: time)
                try learner.insert(db)
                try db.execute(
                    sql: "INSERT INTO enrolment (learnerCode, cohortId, enrolledAt) VALUES (?, ?, ?)",
                    arguments: [code, cohort.id, time])
                added.append(learner)
            }
            guard added.count == ages.count else { throw StoreError.invalid("could not make enough unique codes") }
            return added
        }
    }

    /// The learners of a cohort, or of the whole store, in the order they were handed out
    /// (created; within one `addLearners`, the order of its codes).
    public func learners(inCohort cohortName: String?) throws(StoreError) -> [LearnerRecord] {
        let cohortId = try cohortName.map { name throws(StoreError) in try cohort(named: name).id }
        // The rowid follows insertion, which keeps a batch made at one time in its order.
        let order = "ORDER BY createdAt, rowid"
        return try read { db in
            guard let cohortId else { return try LearnerRecord.fetchAll(db, path: path, where: "1 \(order)") }
            return try LearnerRecord.fetchAll(
                db, path: path,
                where: "code IN (SELECT learnerCode FROM enrolment WHERE cohortId = ?) \(order)",
                arguments: [cohortId])
        }
    }

    /// A learner by code.
    public func learner(_ code: String) throws(StoreError) -> LearnerRecord {
        let found = try read { db in try Self.learner(code, db, path: path) }
        guard let found else { throw .notFound(what: "learner", key: code) }
        return found
    }

    static func learner(_ code: String, _ db: Database, path: String) throws -> LearnerRecord? {
        try LearnerRecord.fetchOne(db, path: path, where: "code = ?", arguments: [code])
    }

    /// A learner with their cohorts and every attempt, oldest first.
    public func progress(of code: String) throws(StoreError) -> LearnerProgress {
        let progress = try read { db -> LearnerProgress? in
            guard let learner = try Self.learner(code, db, path: path) else { return nil }
            let cohorts = try String.fetchAll(
                db,
                sql: "SELECT cohort.name FROM cohort JOIN enrolment ON enrolment.cohortId = cohort.id WHERE learnerCode = ?",
                arguments: [code])
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Attempt.selection("a")), (SELECT count(*) FROM event WHERE event.attemptId = a.id)
                    FROM attempt a WHERE a.learnerCode = ? ORDER BY a.startedAt, a.id
                    """, arguments: [code])
            return LearnerProgress(
                learner: learner, cohorts: cohorts,
                attempts: try rows.map { row in
                    LearnerProgress.AttemptSummary(
                        attempt: try Attempt(row: row, from: 0, path: path), eventCount: row[Attempt.columns.count])
                })
        }
        guard let progress else { throw .notFound(what: "learner", key: code) }
        return progress
    }

    /// Erases every trace of a learner (a request under data-protection law): the learner,
    /// enrolments, attempts, their events and results, in one transaction, then rewrites
    /// the file so that nothing of them is left on disk.
    /// Statements of theirs already sent to an LRS are queued to be voided there (`push`).
    public func deleteLearner(code: String, at time: Date = Date()) throws(StoreError) -> Erasure {
        let erasure = try write { db -> Erasure? in
            guard try Self.learner(code, db, path: path) != nil else { return nil }
            let attempts = "SELECT id FROM attempt WHERE learnerCode = ?"
            let events = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM event WHERE attemptId IN (\(attempts))", arguments: [code]) ?? 0
            let attemptCount = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM attempt WHERE learnerCode = ?", arguments: [code]) ?? 0
            let enrolments = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM enrolment WHERE learnerCode = ?", arguments: [code]) ?? 0
            // Foreign keys cascade; deleting explicitly too keeps the erasure independent of them.
            for table in ["event", "stepResult", "attemptResult"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE attemptId IN (\(attempts))", arguments: [code])
            }
            try db.execute(sql: "DELETE FROM attempt WHERE learnerCode = ?", arguments: [code])
            try db.execute(sql: "DELETE FROM enrolment WHERE learnerCode = ?", arguments: [code])
            try db.execute(sql: "DELETE FROM learner WHERE code = ?", arguments: [code])
            let voiding = try Self.queueVoiding(ofLearner: code, at: time, db)
            return Erasure(
                code: code, enrolments: enrolments, attempts: attemptCount, events: events, voidingQueued: voiding)
        }
        guard let erasure else { throw .notFound(what: "learner", key: code) }
        guard try compact() else { throw .erasureIncomplete(path: path, code: code) }
        return erasure
    }

    /// Rewrites the store so that deleted rows are gone from the disk too: copy the WAL
    /// into the main file, rebuild it without free pages (VACUUM), and copy again. Returns
    /// false when another connection's read kept a checkpoint from finishing.
    public func compact() throws(StoreError) -> Bool {
        try mappingErrors {
            try writer.writeWithoutTransaction { db in
                func checkpoint() throws -> Bool {
                    // Columns: busy (1 when a reader kept it from finishing), log, checkpointed.
                    let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                    return (row?[0] as Int?) == 0
                }
                guard try checkpoint() else { return false }
                try db.execute(sql: "VACUUM")
                return try checkpoint()
            }
        }
    }
}
