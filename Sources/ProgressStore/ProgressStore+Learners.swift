import Foundation
import GRDB

/// What erasing a learner removed, table by table.
public struct Erasure: Sendable, Hashable, Codable {
    public var code: String
    public var enrolments: Int
    public var attempts: Int
    public var events: Int
}

/// A learner's attempts, for `learner show`.
public struct LearnerProgress: Sendable, Hashable, Codable {
    public struct AttemptSummary: Sendable, Hashable, Codable {
        public var attempt: Attempt
        public var eventCount: Int
    }

    public var learner: LearnerRecord
    public var cohorts: [String]
    public var attempts: [AttemptSummary]
}

extension ProgressStore {
    /// Adds `count` learners to a cohort, each under a new code, in one transaction.
    public func addLearners(
        count: Int, cohortName: String, age: Int?, ageBand: String?, language: String, country: String?,
        at time: Date, generator: inout some RandomNumberGenerator
    ) throws(StoreError) -> [LearnerRecord] {
        guard (1...1000).contains(count) else { throw .invalid("--count takes 1 to 1000 learners at a time") }
        return try addLearners(
            ages: Array(repeating: age, count: count), cohortName: cohortName, ageBand: ageBand, language: language,
            country: country, at: time, generator: &generator)
    }

    /// Adds one learner per entry of `ages` to a cohort, each under a new code, in one
    /// transaction: codes are drawn in order, so the same generator gives the same codes.
    public func addLearners(
        ages: [Int?], cohortName: String, ageBand: String?, language: String, country: String?,
        at time: Date, generator: inout some RandomNumberGenerator
    ) throws(StoreError) -> [LearnerRecord] {
        let cohort = try self.cohort(named: cohortName)
        var codes: [String] = []
        var drawn: Set<String> = []
        for _ in 0..<ages.count * 4 where codes.count < ages.count {
            let code = LearnerCodes.make(using: &generator)
            if drawn.insert(code).inserted { codes.append(code) }
        }
        return try write { db in
            var added: [LearnerRecord] = []
            for code in codes where added.count < ages.count {
                guard try LearnerRecord.fetchOne(db, key: code) == nil else { continue }
                let learner = LearnerRecord(
                    code: code, age: ages[added.count], ageBand: ageBand, language: language, country: country,
                    nickname: nil, createdAt: time)
                try learner.insert(db)
                try Enrolment(learnerCode: code, cohortId: cohort.id!, enrolledAt: time).insert(db)
                added.append(learner)
            }
            guard added.count == ages.count else { throw StoreError.invalid("could not make enough unique codes") }
            return added
        }
    }

    public func learners(inCohort cohortName: String?) throws(StoreError) -> [LearnerRecord] {
        let cohortId = try cohortName.map { name throws(StoreError) in try cohort(named: name).id! }
        return try read { db in
            if let cohortId {
                return try LearnerRecord.fetchAll(
                    db,
                    sql: """
                        SELECT learner.* FROM learner JOIN enrolment ON enrolment.learnerCode = learner.code
                        WHERE enrolment.cohortId = ? ORDER BY learner.code
                        """, arguments: [cohortId])
            }
            return try LearnerRecord.order(Column("code")).fetchAll(db)
        }
    }

    public func progress(of code: String) throws(StoreError) -> LearnerProgress {
        let progress = try read { db -> LearnerProgress? in
            guard let learner = try LearnerRecord.fetchOne(db, key: code) else { return nil }
            let cohorts = try String.fetchAll(
                db,
                sql: "SELECT cohort.name FROM cohort JOIN enrolment ON enrolment.cohortId = cohort.id WHERE learnerCode = ?",
                arguments: [code])
            let attempts = try Attempt.filter(Column("learnerCode") == code).order(Column("startedAt")).fetchAll(db)
            return LearnerProgress(
                learner: learner, cohorts: cohorts,
                attempts: try attempts.map { attempt in
                    LearnerProgress.AttemptSummary(
                        attempt: attempt,
                        eventCount: try EventRow.filter(Column("attemptId") == attempt.id).fetchCount(db))
                })
        }
        guard let progress else { throw .notFound(what: "learner", key: code) }
        return progress
    }

    /// Erases every trace of a learner (a request under data-protection law): the learner,
    /// enrolments, attempts and their events, in one transaction.
    public func deleteLearner(code: String) throws(StoreError) -> Erasure {
        let erasure = try write { db -> Erasure? in
            guard try LearnerRecord.fetchOne(db, key: code) != nil else { return nil }
            let attempts = try Int64.fetchAll(db, sql: "SELECT id FROM attempt WHERE learnerCode = ?", arguments: [code])
            let events = try EventRow.filter(attempts.contains(Column("attemptId"))).fetchCount(db)
            let enrolments = try Enrolment.filter(Column("learnerCode") == code).fetchCount(db)
            // Foreign keys cascade; deleting explicitly too keeps the erasure independent of them.
            try EventRow.filter(attempts.contains(Column("attemptId"))).deleteAll(db)
            try Attempt.filter(Column("learnerCode") == code).deleteAll(db)
            try Enrolment.filter(Column("learnerCode") == code).deleteAll(db)
            _ = try LearnerRecord.deleteOne(db, key: code)
            return Erasure(code: code, enrolments: enrolments, attempts: attempts.count, events: events)
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
