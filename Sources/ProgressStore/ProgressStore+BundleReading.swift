import Foundation
import GRDB
import LessonEngine

extension ProgressStore {
    /// Everything of a cohort a bundle carries (`oberih export --format bundle`), handed
    /// to `body` one record at a time inside one read transaction, so the records agree
    /// with each other and memory stays flat however large the cohort: the cohort, the
    /// kept pack files its attempts were played on, its learners (in the order they were
    /// handed out; never their nicknames), then every attempt of its learners and of the
    /// cohort as a group, in id order, with its log, stored result and open vote. Times
    /// are the store's own text. An error `body` throws stops the walk and is rethrown.
    public func forEachBundleRecord(ofCohort cohortId: Int64, _ body: (BundleRecord) throws -> Void) throws {
        try readDelivering(to: body) { db, deliver in
            guard let cohort = try Row.fetchOne(
                db, sql: "SELECT name, organisation, createdAt FROM cohort WHERE id = ?", arguments: [cohortId])
            else { throw StoreError.notFound(what: "cohort", key: String(cohortId)) }
            guard
                deliver(
                    .cohort(
                        BundleCohort(
                            name: cohort[0], organisation: cohort[1], createdAt: try time(cohort[2], "cohort.createdAt"))))
            else { return }
            let packFiles = try Row.fetchCursor(
                db,
                sql: """
                    SELECT sha256, packId, packVersion, bytes FROM packFile
                    WHERE sha256 IN (SELECT packSHA256 FROM attempt WHERE \(Self.cohortFilter)) ORDER BY sha256
                    """, arguments: [cohortId, cohortId])
            while let row = try packFiles.next() {
                let data: Data = row[3]
                let file = PackFile(packId: row[1], packVersion: row[2], bytes: [UInt8](data))
                // A row whose bytes are not what its key says is no pack to hand on.
                guard file.sha256 == row[0] as String else { continue }
                let record = BundlePackFile(sha256: file.sha256, packId: file.packId, packVersion: file.packVersion, bytes: data)
                guard deliver(.packFile(record)) else { return }
            }
            let learners = try Row.fetchCursor(
                db,
                sql: """
                    SELECT l.code, l.age, l.ageBand, l.language, l.country, l.createdAt, e.enrolledAt FROM learner l
                    JOIN enrolment e ON e.learnerCode = l.code AND e.cohortId = ? ORDER BY l.createdAt, l.rowid
                    """, arguments: [cohortId])
            while let row = try learners.next() {
                let learner = BundleLearner(
                    code: row[0], age: row[1], ageBand: row[2], language: row[3], country: row[4],
                    createdAt: try time(row[5], "learner.createdAt"), enrolledAt: try time(row[6], "enrolment.enrolledAt"))
                guard deliver(.learner(learner)) else { return }
            }
            try forEachBundleAttempt(ofCohort: cohortId, db) { deliver(.attempt($0)) }
        }
    }

    private func forEachBundleAttempt(
        ofCohort cohortId: Int64, _ db: Database, _ deliver: (BundleAttempt) -> Bool
    ) throws {
        let attempts = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(Attempt.selection("attempt")), attempt.startedAt, attempt.finishedAt,
                       \(AttemptResultRecord.selection("attemptResult")), openVote.stepId, openVote.counts
                FROM attempt LEFT JOIN attemptResult ON attemptResult.attemptId = attempt.id
                LEFT JOIN openVote ON openVote.attemptId = attempt.id
                WHERE \(Self.cohortFilter) ORDER BY attempt.id
                """, arguments: [cohortId, cohortId])
        let steps = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(StepResultRecord.selection("stepResult"))
                FROM stepResult JOIN attempt ON attempt.id = stepResult.attemptId
                WHERE \(Self.cohortFilter) ORDER BY stepResult.attemptId, stepResult.position
                """, arguments: [cohortId, cohortId])
        var pending = try steps.next()
        let times = Attempt.columns.count
        let resultOffset = times + 2
        let voteOffset = resultOffset + AttemptResultRecord.columns.count
        while let row = try attempts.next() {
            let attempt = try Attempt(row: row, from: 0, path: path)
            var attemptSteps: [BundleStep] = []
            while let step = pending, (step[0] as Int64) <= attempt.id {
                if (step[0] as Int64) == attempt.id { attemptSteps.append(try bundleStep(step)) }
                pending = try steps.next()
            }
            var result: BundleResult?
            if !row.hasNull(atIndex: resultOffset) {
                let stored = AttemptResultRecord(row: row, from: resultOffset, path: path)
                result = BundleResult(
                    rawPoints: stored.rawPoints, maximumPoints: stored.maximumPoints, scaled: stored.scaled,
                    passed: stored.passed, isComplete: stored.isComplete, timeSpent: stored.timeSpent,
                    skipped: stored.skipped, objectives: stored.objectives)
            }
            var openVote: BundleOpenVote?
            if let stepId: String = row[voteOffset] {
                let text: String = row[voteOffset + 1]
                guard let counts = try? JSONDecoder().decode([String: Int].self, from: Data(text.utf8)) else {
                    throw StoreError.corrupt(path: path, detail: "the open vote of attempt \(attempt.id) cannot be read")
                }
                openVote = BundleOpenVote(stepId: stepId, counts: counts)
            }
            let finishedAt: DatabaseValue = row[times + 1]
            let bundled = BundleAttempt(
                registration: attempt.registrationUUID, learner: attempt.learnerCode, packId: attempt.packId,
                packVersion: attempt.packVersion, packSHA256: attempt.packSHA256, lessonId: attempt.lessonId,
                mode: attempt.mode.rawValue, seed: attempt.seed, startedAt: try time(row[times], "attempt.startedAt"),
                finishedAt: finishedAt.isNull ? nil : try time(finishedAt, "attempt.finishedAt"),
                events: try bundleEvents(ofAttempt: attempt.id, db), result: result,
                steps: result == nil ? [] : attemptSteps, openVote: openVote)
            guard deliver(bundled) else { return }
        }
    }

    /// The log of an attempt with its times as the store keeps them.
    func bundleEvents(ofAttempt attemptId: Int64, _ db: Database) throws -> [BundleEvent] {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT sequence, at, event FROM event WHERE attemptId = ? ORDER BY sequence", arguments: [attemptId])
        var events: [BundleEvent] = []
        let decoder = JSONDecoder()
        while let row = try rows.next() {
            let sequence: Int = row[0]
            let text: String = row[2]
            guard let event = try? decoder.decode(SessionEvent.self, from: Data(text.utf8)) else {
                throw StoreError.corrupt(path: path, detail: "event \(sequence) of attempt \(attemptId) cannot be read")
            }
            events.append(BundleEvent(at: try time(row[1], "event.at"), event: event))
        }
        return events
    }

    private func bundleStep(_ row: Row) throws -> BundleStep {
        // Read as the store's record first: a value outside its enum is damage, not data.
        let step = try StepResultRecord(row: row, from: 0, path: path)
        let lastActivity: DatabaseValue = row[11]
        return BundleStep(
            position: step.position, stepId: step.stepId, kind: step.kind.rawValue, status: step.status.rawValue,
            verdict: step.verdict?.rawValue, pointsEarned: step.pointsEarned, pointsMaximum: step.pointsMaximum,
            attempts: step.attempts, hintsShown: step.hintsShown, timeSpent: step.timeSpent,
            lastActivityAt: lastActivity.isNull ? nil : try time(lastActivity, "stepResult.lastActivityAt"),
            response: step.response, tally: step.tally, scenarioPath: step.scenarioPath,
            scenarioEnding: step.scenarioEnding)
    }

    /// A stored time as a bundle's: its own text when it has the store's shape, else read
    /// as a date and written in that shape.
    func time(_ value: DatabaseValue, _ column: String) throws -> BundleTime {
        if let text = String.fromDatabaseValue(value), let time = BundleTime(stored: text) { return time }
        guard let date = Date.fromDatabaseValue(value), let text = String.fromDatabaseValue(date.databaseValue),
            let time = BundleTime(stored: text)
        else { throw StoreError.corrupt(path: path, detail: "\(column) holds \(value), which is not a time") }
        return time
    }
}
