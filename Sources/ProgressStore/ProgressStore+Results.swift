import Foundation
import GRDB
import LessonEngine

extension ProgressStore {
    /// Marks an attempt finished and stores what it came to, in one transaction.
    public func finishAttempt(_ attemptId: Int64, at time: Date, result: LessonResult) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE attempt SET finishedAt = ? WHERE id = ?", arguments: [time, attemptId])
            try Self.insert(result, ofAttempt: attemptId, db)
        }
    }

    /// Stores the results of attempts finished before results were kept (see
    /// `finishedAttemptsWithoutResult`), all or none.
    public func saveResults(_ results: [(attemptId: Int64, result: LessonResult)]) throws(StoreError) {
        try write { db in
            for (attemptId, result) in results { try Self.insert(result, ofAttempt: attemptId, db) }
        }
    }

    /// Finished attempts with no stored result (those finished before results were kept)
    /// of a cohort (its learners' and its group's), or of the whole store. Oldest first.
    public func finishedAttemptsWithoutResult(ofCohort cohortId: Int64? = nil) throws(StoreError) -> [Attempt] {
        try read { db in
            try Attempt.fetchAll(
                db, path: path,
                where: """
                    (? IS NULL OR \(Self.cohortFilter)) AND finishedAt IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM attemptResult WHERE attemptId = attempt.id)
                    ORDER BY id
                    """, arguments: [cohortId, cohortId, cohortId])
        }
    }

    /// The attempts of a cohort's learners (not of the cohort as a group).
    static let learnersFilter = "attempt.learnerCode IN (SELECT learnerCode FROM enrolment WHERE cohortId = ?)"

    /// The attempts of a cohort's learners and of the cohort as a group.
    static let cohortFilter =
        "attempt.cohortId = ? OR attempt.learnerCode IN (SELECT learnerCode FROM enrolment WHERE cohortId = ?)"

    static func insert(_ result: LessonResult, ofAttempt attemptId: Int64, _ db: Database) throws {
        let (attempt, steps) = try Self.records(of: result, attemptId: attemptId)
        try attempt.insert(db)
        for step in steps { try step.insert(db) }
    }

    /// A result as the rows the store keeps: also how an unfinished attempt, replayed, is
    /// exported.
    public static func records(of result: LessonResult, attemptId: Int64) throws(StoreError)
        -> (AttemptResultRecord, [StepResultRecord])
    {
        do {
            let attempt = AttemptResultRecord(
                attemptId: attemptId, rawPoints: result.rawPoints, maximumPoints: result.maximumPoints,
                scaled: result.scaled, passed: result.passed, isComplete: result.isComplete,
                timeSpent: result.timeSpent, skipped: result.skipped,
                objectives: try json(result.objectives.map(ObjectiveJSON.init)))
            let steps = try result.steps.enumerated().map { position, step in
                StepResultRecord(
                    attemptId: attemptId, position: position, stepId: step.stepId, kind: step.kind,
                    status: step.status, verdict: step.verdict, pointsEarned: step.pointsEarned,
                    pointsMaximum: step.pointsMaximum, attempts: step.attempts, hintsShown: step.hintsShown,
                    timeSpent: step.timeSpent, lastActivityAt: step.lastActivityAt,
                    response: try step.lastAnswer.map { answer in try EventJSON.text(of: answer) ?? json(answer) },
                    tally: step.voteCounts.isEmpty ? nil : try json(step.voteCounts),
                    scenarioPath: step.scenarioPath.isEmpty ? nil : try json(step.scenarioPath),
                    scenarioEnding: step.scenarioEnding)
            }
            return (attempt, steps)
        } catch {
            throw .invalid("the result of attempt \(attemptId) cannot be encoded: \(error)")
        }
    }

    private struct ObjectiveJSON: Encodable {
        var objective: String
        var earned: Double
        var maximum: Double
        var mastery: Double

        init(_ mastery: LessonResult.ObjectiveMastery) {
            objective = mastery.objectiveId
            earned = mastery.pointsEarned
            maximum = mastery.pointsMaximum
            self.mastery = mastery.mastery
        }
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension ProgressStore {
    /// The stored result of an attempt; nil when it is unfinished or finished before
    /// results were kept.
    public func result(ofAttempt attemptId: Int64) throws(StoreError) -> AttemptResultRecord? {
        try read { db in
            try AttemptResultRecord.fetchOne(db, path: path, where: "attemptId = ?", arguments: [attemptId])
        }
    }
}
