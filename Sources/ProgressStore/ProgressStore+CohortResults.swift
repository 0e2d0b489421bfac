import Foundation
import GRDB
import LessonEngine

/// One attempt of a cohort's learner at a pack, with the result's headline if finished:
/// what a report needs of it.
public struct AttemptOutline: Sendable, Hashable {
    public var attemptId: Int64
    public var learnerCode: String
    public var lessonId: String
    public var packVersion: String
    public var isFinished: Bool
    /// From the stored result; nil when unfinished, unscored, or not yet filled in.
    public var scaled: Double?
    public var passed: Bool?
    public var hasResult: Bool
    public var startedAt: Date
    public var finishedAt: Date?
}

/// What one step of a finished attempt earned, and its Likert value if it is a Likert item.
public struct StepScore: Sendable, Hashable {
    /// The step's index in its lesson (ids are left out: reading a million of them is slow).
    public var position: Int
    public var pointsEarned: Double
    public var pointsMaximum: Double
    public var likertValue: Int?
    /// The option ids of a single-choice, multiple-choice or true/false answer ("true" or
    /// "false"); nil when the step is of another kind or was not answered.
    public var chosenOptions: [String]?

    public init(
        position: Int, pointsEarned: Double, pointsMaximum: Double, likertValue: Int?, chosenOptions: [String]? = nil
    ) {
        self.position = position
        self.pointsEarned = pointsEarned
        self.pointsMaximum = pointsMaximum
        self.likertValue = likertValue
        self.chosenOptions = chosenOptions
    }
}

/// A cohort's attempt with everything stored about it, for exports.
public struct CohortAttempt: Sendable {
    public var attempt: Attempt
    public var result: AttemptResultRecord?
    /// In lesson order; empty when there is no stored result.
    public var steps: [StepResultRecord]
    /// The log, for an attempt with no stored result (unfinished), to replay; else empty.
    public var events: [TimedEvent]
}

extension ProgressStore {
    /// How many learners the cohort has.
    public func memberCount(ofCohort cohortId: Int64) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM enrolment WHERE cohortId = ?", arguments: [cohortId]) ?? 0
        }
    }

    /// Every attempt of the cohort's learners at a pack, by learner code, then in the order
    /// they were started.
    public func attemptOutlines(ofCohort cohortId: Int64, packId: String) throws(StoreError) -> [AttemptOutline] {
        try read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT a.id, a.learnerCode, a.lessonId, a.packVersion, a.finishedAt IS NOT NULL,
                           r.scaled, r.passed, r.attemptId IS NOT NULL, a.startedAt, a.finishedAt
                    FROM attempt a
                    JOIN enrolment e ON e.learnerCode = a.learnerCode AND e.cohortId = ?
                    LEFT JOIN attemptResult r ON r.attemptId = a.id
                    WHERE a.packId = ?
                    ORDER BY a.learnerCode, a.startedAt, a.id
                    """, arguments: [cohortId, packId])
            var outlines: [AttemptOutline] = []
            while let row = try rows.next() {
                outlines.append(
                    AttemptOutline(
                        attemptId: row[0], learnerCode: row[1], lessonId: row[2], packVersion: row[3],
                        isFinished: row[4], scaled: row[5], passed: row[6], hasResult: row[7], startedAt: row[8],
                        finishedAt: row[9]))
            }
            return outlines
        }
    }

    /// The step scores of the cohort's learners' finished attempts at some lessons of a
    /// pack, by attempt id, each in lesson order. (No ORDER BY: the plan reads each
    /// attempt's steps through the primary key, in order, and sorting half a million rows
    /// would double the time; the order is checked here and restored if ever needed.)
    public func stepScores(ofCohort cohortId: Int64, packId: String, lessonIds: [String]) throws(StoreError)
        -> [Int64: [StepScore]]
    {
        guard !lessonIds.isEmpty else { return [:] }
        return try read { db in
            let lessons = lessonIds.map { _ in "?" }.joined(separator: ",")
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.attemptId, s.position, s.pointsEarned, s.pointsMaximum,
                           CASE WHEN s.kind = 'likert' THEN json_extract(s.response, '$.value') END,
                           CASE json_extract(s.response, '$.kind')
                               WHEN 'choice' THEN json_array(json_extract(s.response, '$.option'))
                               WHEN 'choices' THEN json_extract(s.response, '$.options')
                               WHEN 'trueFalse' THEN json_array(
                                   CASE json_extract(s.response, '$.value') WHEN 1 THEN 'true' ELSE 'false' END)
                           END
                    FROM stepResult s
                    JOIN attempt a ON a.id = s.attemptId
                    JOIN enrolment e ON e.learnerCode = a.learnerCode AND e.cohortId = ?
                    WHERE a.packId = ? AND a.lessonId IN (\(lessons))
                    """, arguments: StatementArguments([cohortId, packId] + lessonIds.map { $0 as any DatabaseValueConvertible }))
            var scores: [Int64: [StepScore]] = [:]
            var outOfOrder = false
            let decoder = JSONDecoder()
            while let row = try rows.next() {
                let chosen = (row[5] as String?).flatMap { text in
                    StoredAnswerReader.strings(text) ?? (try? decoder.decode([String].self, from: Data(text.utf8)))
                }
                let score = StepScore(
                    position: row[1], pointsEarned: row[2], pointsMaximum: row[3], likertValue: row[4], chosenOptions: chosen)
                let attemptId: Int64 = row[0]
                if let last = scores[attemptId]?.last, last.position >= score.position { outOfOrder = true }
                scores[attemptId, default: []].append(score)
            }
            if outOfOrder {
                for id in scores.keys { scores[id]!.sort { $0.position < $1.position } }
            }
            return scores
        }
    }

    /// Every attempt of the cohort (its learners' and the group's) in id order, with its
    /// stored result and steps, handed to `body` one at a time inside one read
    /// transaction: memory stays flat however large the cohort. An error `body` throws
    /// stops the walk and is rethrown as it is.
    /// `only`: just these attempts (ids), when given.
    public func forEachAttempt(ofCohort cohortId: Int64, only ids: [Int64]? = nil, _ body: (CohortAttempt) throws -> Void)
        throws
    {
        let filter = ids == nil ? Self.cohortFilter : "(\(Self.cohortFilter)) AND attempt.id IN (SELECT value FROM json_each(?))"
        let arguments: StatementArguments =
            ids.map { [cohortId, cohortId, "[" + $0.map(String.init).joined(separator: ",") + "]"] } ?? [cohortId, cohortId]
        try readDelivering(to: body) { db, deliver in
            let attempts = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(Attempt.selection("attempt")), \(AttemptResultRecord.selection("attemptResult"))
                    FROM attempt LEFT JOIN attemptResult ON attemptResult.attemptId = attempt.id
                    WHERE \(filter) ORDER BY attempt.id
                    """, arguments: arguments)
            let steps = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(StepResultRecord.selection("stepResult"))
                    FROM stepResult JOIN attempt ON attempt.id = stepResult.attemptId
                    WHERE \(filter) ORDER BY stepResult.attemptId, stepResult.position
                    """, arguments: arguments)
            func nextStep() throws -> StepResultRecord? {
                try steps.next().map { try StepResultRecord(row: $0, from: 0, path: path) }
            }
            let resultOffset = Attempt.columns.count
            var pending = try nextStep()
            while let row = try attempts.next() {
                let attempt = try Attempt(row: row, from: 0, path: path)
                let result =
                    row.hasNull(atIndex: resultOffset) ? nil : AttemptResultRecord(row: row, from: resultOffset, path: path)
                var attemptSteps: [StepResultRecord] = []
                while let step = pending, step.attemptId <= attempt.id {
                    if step.attemptId == attempt.id { attemptSteps.append(step) }
                    pending = try nextStep()
                }
                let events = result == nil ? try Self.events(ofAttempt: attempt.id, db, path: path) : []
                guard deliver(CohortAttempt(attempt: attempt, result: result, steps: attemptSteps, events: events))
                else { return }
            }
        }
    }

    /// Runs `walk` in a read transaction; `walk` hands each item to `body` through
    /// `deliver`, which says whether to go on. An error `body` throws stops the walk and is
    /// rethrown as it is; SQLite's errors become `StoreError`s as in every read.
    func readDelivering<Item>(
        to body: (Item) throws -> Void, _ walk: (Database, _ deliver: (Item) -> Bool) throws -> Void
    ) throws {
        var callerError: (any Error)?
        try withoutActuallyEscaping(body) { body in
            try read { db in
                try walk(db) { item in
                    do {
                        try body(item)
                        return true
                    } catch {
                        callerError = error
                        return false
                    }
                }
            }
        }
        if let callerError { throw callerError }
    }
}

/// A pack as a cohort played it: the version and the file's fingerprint.
public struct PlayedPack: Sendable, Hashable {
    public var id: String
    public var version: String
    public var sha256: String

    public init(id: String, version: String, sha256: String) {
        (self.id, self.version, self.sha256) = (id, version, sha256)
    }
}

extension ProgressStore {
    /// The packs the cohort's attempts were played with, by id, version and fingerprint.
    public func packsPlayed(byCohort cohortId: Int64) throws(StoreError) -> [PlayedPack] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT packId, packVersion, packSHA256 FROM attempt WHERE \(Self.cohortFilter)
                    ORDER BY packId, packVersion, packSHA256
                    """, arguments: [cohortId, cohortId]
            ).map { PlayedPack(id: $0[0], version: $0[1], sha256: $0[2]) }
        }
    }

    /// How many attempts the cohort's learners have made at each pack, by pack id.
    public func attemptCountsByPack(ofCohort cohortId: Int64) throws(StoreError) -> [String: Int] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT packId, count(*) FROM attempt
                    WHERE learnerCode IN (SELECT learnerCode FROM enrolment WHERE cohortId = ?) GROUP BY packId
                    """, arguments: [cohortId])
            return Dictionary(rows.map { ($0[0], $0[1]) }, uniquingKeysWith: +)
        }
    }

    /// The cohort's learners by code, each with when they were enrolled, one at a time.
    /// An error `body` throws stops the walk and is rethrown as it is.
    public func forEachMember(ofCohort cohortId: Int64, _ body: (LearnerRecord, Date) throws -> Void) throws {
        try readDelivering(to: body) { db, deliver in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(LearnerRecord.selection("learner")), enrolment.enrolledAt FROM learner
                    JOIN enrolment ON enrolment.learnerCode = learner.code AND enrolment.cohortId = ?
                    ORDER BY learner.code
                    """, arguments: [cohortId])
            while let row = try rows.next() {
                let learner = LearnerRecord(row: row, from: 0, path: path)
                guard deliver((learner, row[LearnerRecord.columns.count])) else { return }
            }
        }
    }
}
