import Foundation
import GRDB
import LessonEngine
import LessonPack

extension ProgressStore {
    /// Merges a bundle's records (`oberih import`), read one at a time from `next` (nil
    /// after the last), in one IMMEDIATE write transaction: all of it, or nothing. The
    /// cohort is matched by name (created if missing); pack files are added if missing; a
    /// learner is the same learner when code, createdAt, age, age band and language agree,
    /// and one whose code belongs to another learner here is added under a new code
    /// (`BundleMerge.LearnerCodeChange`; the same new code on every merge of it). An
    /// attempt is matched by its registration: the same log is passed over, a log this
    /// store has the start of is extended, and any other is kept beside it
    /// (`BundleMerge.AttemptConflict`). With `dryRun` the transaction is rolled back: the
    /// report says what would change. An error `next` throws, or a `BundleMismatch`,
    /// stops the merge, changes nothing and is rethrown as it is.
    public func merge(bundle next: () throws -> BundleRecord?, dryRun: Bool = false, at time: Date = Date()) throws
        -> BundleMerge
    {
        var callerError: (any Error)?
        let merged = try mappingErrors { () throws -> BundleMerge? in
            var report: BundleMerge?
            try writer.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let merger = BundleMerger(store: self, db: db, time: time)
                    do {
                        while let record = try next() { try merger.merge(record) }
                        report = try merger.finish()
                    } catch let error as DatabaseError {
                        throw error
                    } catch {
                        callerError = error
                        return .rollback
                    }
                    return dryRun ? .rollback : .commit
                }
            }
            return report
        }
        if let callerError { throw callerError }
        guard let merged else { throw StoreError.invalid("the bundle was not merged") }
        return merged
    }
}

/// One merge in its transaction: what the bundle's codes are here, and what changed.
private final class BundleMerger {
    let store: ProgressStore
    let db: Database
    let keptAt: Date
    var report = BundleMerge()
    var cohortId: Int64?
    /// The bundle's learner codes → this store's.
    var codes: [String: String] = [:]
    var registrations: Set<String> = []
    var bundlePackFiles: Set<String> = []
    /// cohort 0, pack files 1, learners 2, attempts 3: records come in that order.
    var section = 0

    init(store: ProgressStore, db: Database, time: Date) {
        self.store = store
        self.db = db
        keptAt = time
    }

    func merge(_ record: BundleRecord) throws {
        let (order, what): (Int, String) =
            switch record {
            case .cohort: (0, "the cohort")
            case .packFile: (1, "a pack file")
            case .learner: (2, "a learner")
            case .attempt: (3, "an attempt")
            }
        if case .cohort = record {
            guard cohortId == nil else { throw BundleMismatch("the bundle names its cohort twice") }
        } else if cohortId == nil {
            throw BundleMismatch("the bundle does not begin with its cohort")
        }
        guard order >= section else { throw BundleMismatch("the bundle's records are out of order (\(what) after later records)") }
        section = order
        switch record {
        case .cohort(let cohort): try merge(cohort)
        case .packFile(let file): try merge(file)
        case .learner(let learner): try merge(learner)
        case .attempt(let attempt): try merge(attempt)
        }
    }

    func finish() throws -> BundleMerge {
        guard cohortId != nil else { throw BundleMismatch("the bundle holds no cohort") }
        return report
    }

    // MARK: Cohort and pack files

    private func merge(_ cohort: BundleCohort) throws {
        let name = cohort.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw BundleMismatch("the bundle's cohort has no name") }
        if let problem = StoredText.problem(inName: name, what: "the bundle's cohort name")
            ?? cohort.organisation.flatMap({ StoredText.problem(inName: $0, what: "the bundle's organisation") })
        {
            throw BundleMismatch(problem)
        }
        report.cohortName = name
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM cohort WHERE name = ?", arguments: [name]) {
            cohortId = id
            return
        }
        try db.execute(
            sql: "INSERT INTO cohort (name, organisation, createdAt) VALUES (?, ?, ?)",
            arguments: [name, cohort.organisation, cohort.createdAt.stored])
        cohortId = db.lastInsertedRowID
        report.cohortCreated = true
    }

    private func merge(_ file: BundlePackFile) throws {
        let bytes = [UInt8](file.bytes)
        guard SHA256.hex(of: bytes) == file.sha256 else {
            throw BundleMismatch("the pack file \(file.packId) \(file.packVersion) is not the file its SHA-256 names")
        }
        guard !file.packId.isEmpty, !file.packVersion.isEmpty else {
            throw BundleMismatch("a pack file of the bundle has no pack id or version")
        }
        bundlePackFiles.insert(file.sha256)
        try db.execute(
            sql: """
                INSERT INTO packFile (sha256, packId, packVersion, bytes, keptAt) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (sha256) DO NOTHING
                """, arguments: [file.sha256, file.packId, file.packVersion, file.bytes, keptAt])
        if db.changesCount > 0 { report.packFilesAdded += 1 }
    }

    // MARK: Learners

    private func merge(_ learner: BundleLearner) throws {
        guard LearnerCodes.normalised(learner.code) == learner.code else {
            throw BundleMismatch("'\(StoredText.shownSafely(learner.code))' is not a learner code")
        }
        guard codes[learner.code] == nil else { throw BundleMismatch("the bundle holds learner \(learner.code) twice") }
        if let problem = learner.problem { throw BundleMismatch(problem) }
        codes[learner.code] = try storeCode(of: learner)
    }

    /// The learner's code in this store, adding or enrolling them as needed.
    private func storeCode(of learner: BundleLearner) throws -> String {
        guard let here = try learnerHere(learner.code) else {
            try add(learner, as: learner.code)
            return learner.code
        }
        if here == Identity(learner) {
            try enrol(learner.code, at: learner.enrolledAt)
            return learner.code
        }
        // Another learner has the code here. The new code is drawn from a generator seeded
        // by who the learner is, so merging the bundle again finds the same one.
        let seedText = "oberih learner \(learner.code) \(learner.createdAt) \(learner.age.map(String.init) ?? "-") "
            + "\(learner.ageBand ?? "-") \(learner.language)"
        var generator = SeededCodes(seed: SHA256.digest(of: Array(seedText.utf8)))
        for _ in 0..<1_000 {
            let candidate = LearnerCodes.make(using: &generator)
            guard candidate != learner.code else { continue }
            guard let other = try learnerHere(candidate) else {
                try add(learner, as: candidate)
                report.learnerCodeChanges.append(.init(bundleCode: learner.code, storeCode: candidate, isNew: true))
                return candidate
            }
            if other == Identity(learner) {
                try enrol(candidate, at: learner.enrolledAt)
                report.learnerCodeChanges.append(.init(bundleCode: learner.code, storeCode: candidate, isNew: false))
                return candidate
            }
        }
        throw BundleMismatch("could not find a free code for learner \(learner.code)")
    }

    /// What makes two learners with one code the same learner.
    private struct Identity: Equatable {
        var age: Int?
        var ageBand: String?
        var language: String
        var createdAt: BundleTime

        init(_ learner: BundleLearner) {
            (age, ageBand, language, createdAt) = (learner.age, learner.ageBand, learner.language, learner.createdAt)
        }

        init(age: Int?, ageBand: String?, language: String, createdAt: BundleTime) {
            (self.age, self.ageBand, self.language, self.createdAt) = (age, ageBand, language, createdAt)
        }
    }

    private func learnerHere(_ code: String) throws -> Identity? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT age, ageBand, language, createdAt FROM learner WHERE code = ?", arguments: [code])
        else { return nil }
        return Identity(age: row[0], ageBand: row[1], language: row[2], createdAt: try store.time(row[3], "learner.createdAt"))
    }

    private func add(_ learner: BundleLearner, as code: String) throws {
        // Never a nickname: the bundle holds none, and the learner's own device keeps theirs.
        try db.execute(
            sql: "INSERT INTO learner (code, age, ageBand, language, country, nickname, createdAt) VALUES (?, ?, ?, ?, ?, NULL, ?)",
            arguments: [code, learner.age, learner.ageBand, learner.language, learner.country, learner.createdAt.stored])
        try db.execute(
            sql: "INSERT INTO enrolment (learnerCode, cohortId, enrolledAt) VALUES (?, ?, ?)",
            arguments: [code, cohortId, learner.enrolledAt.stored])
        report.learnersAdded += 1
    }

    private func enrol(_ code: String, at time: BundleTime) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO enrolment (learnerCode, cohortId, enrolledAt) VALUES (?, ?, ?)",
            arguments: [code, cohortId, time.stored])
        if db.changesCount > 0 { report.enrolmentsAdded += 1 }
    }

    // MARK: Attempts

    private func merge(_ attempt: BundleAttempt) throws {
        let owner = try check(attempt)
        for copy in 0..<64 {
            let registration =
                copy == 0
                ? attempt.registration : AttemptRegistration.uuid(from: "oberih conflict \(attempt.registration) \(copy)")
            guard let localId = try attemptHere(registration, like: attempt, derivedToo: copy == 0) else {
                try add(attempt, owner: owner, registration: registration)
                if copy > 0 { conflict(attempt, keptAs: registration, owner: owner, isNew: true) }
                return
            }
            let here = try store.bundleEvents(ofAttempt: localId, db)
            let incoming = attempt.events
            if here.count <= incoming.count && Array(incoming.prefix(here.count)) == here {
                if here.count == incoming.count {
                    report.attemptsUnchanged += 1
                } else {
                    try extend(localId, with: attempt, from: here.count)
                }
            } else if here.count > incoming.count && Array(here.prefix(incoming.count)) == incoming {
                // Played further here than on the device: nothing of the bundle's is new.
                report.attemptsUnchanged += 1
            } else {
                continue
            }
            if copy > 0 { conflict(attempt, keptAs: registration, owner: owner, isNew: false) }
            return
        }
        throw BundleMismatch("attempt \(attempt.registration) conflicts with too many copies of itself")
    }

    private func conflict(_ attempt: BundleAttempt, keptAs: String, owner: AttemptOwner, isNew: Bool) {
        report.attemptConflicts.append(
            .init(
                registration: attempt.registration, keptAs: keptAs, learnerCode: owner.learnerCode,
                packId: attempt.packId, lessonId: attempt.lessonId, isNew: isNew))
    }

    /// Whose the attempt is here, once its records are found to fit together.
    private func check(_ attempt: BundleAttempt) throws -> AttemptOwner {
        let named = "attempt \(attempt.registration)"
        guard AttemptRegistration.isUUID(attempt.registration) else {
            throw BundleMismatch("'\(StoredText.shownSafely(attempt.registration))' is not an attempt registration")
        }
        guard registrations.insert(attempt.registration).inserted else {
            throw BundleMismatch("the bundle holds \(named) twice")
        }
        let owner: AttemptOwner
        if let code = attempt.learner {
            guard let here = codes[code] else {
                throw BundleMismatch("\(named) is of learner \(StoredText.shownSafely(code)), whom the bundle does not hold")
            }
            owner = .learner(code: here)
        } else {
            owner = .group(cohortId: cohortId!)
        }
        for (name, what) in [
            (attempt.packId, "the pack id of \(named)"), (attempt.packVersion, "the pack version of \(named)"),
            (attempt.lessonId, "the lesson id of \(named)"),
        ] + attempt.steps.map({ ($0.stepId, "a step id of \(named)") }) {
            if let problem = bundleNameProblem(name, what: what) { throw BundleMismatch(problem) }
        }
        guard let mode = SessionMode(rawValue: attempt.mode) else {
            throw BundleMismatch("\(named) has the mode '\(StoredText.shownSafely(attempt.mode))', which this Oberih does not know")
        }
        guard attempt.packSHA256.utf8.count == 64, attempt.packSHA256.allSatisfy({ "0123456789abcdef".contains($0) }) else {
            throw BundleMismatch("\(named) names no pack file SHA-256")
        }
        guard let first = attempt.events.first, case .started(let start) = first.event else {
            throw BundleMismatch("the log of \(named) does not begin with its started event")
        }
        guard
            start.packId == attempt.packId, start.packVersion == attempt.packVersion, start.lessonId == attempt.lessonId,
            start.mode == mode, start.seed == attempt.seed, first.at == attempt.startedAt
        else {
            throw BundleMismatch("\(named) does not agree with its started event (pack, lesson, mode, seed or time)")
        }
        if attempt.events.dropFirst().contains(where: { if case .started = $0.event { true } else { false } }) {
            throw BundleMismatch("the log of \(named) starts twice")
        }
        if attempt.result == nil && !attempt.steps.isEmpty {
            throw BundleMismatch("\(named) has step results but no result")
        }
        var position = -1
        for step in attempt.steps {
            guard step.position > position else { throw BundleMismatch("the step results of \(named) are out of order") }
            position = step.position
            guard StepKind(rawValue: step.kind) != nil, StepRecord.Status(rawValue: step.status) != nil,
                step.verdict.map({ Verdict(rawValue: $0) != nil }) ?? true
            else { throw BundleMismatch("a step result of \(named) has a kind, status or verdict this Oberih does not know") }
        }
        if let vote = attempt.openVote, vote.counts.values.contains(where: { $0 < 0 }) {
            throw BundleMismatch("the open vote of \(named) has a negative count")
        }
        return owner
    }

    /// The attempt here with this registration: kept, or (`derivedToo`) derived from a row
    /// of this store made here (the bundle came from this store, or from one it was merged into).
    private func attemptHere(_ registration: String, like attempt: BundleAttempt, derivedToo: Bool) throws -> Int64? {
        if let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM attempt WHERE registration = ? ORDER BY id LIMIT 1", arguments: [registration])
        {
            return id
        }
        guard derivedToo else { return nil }
        return try Attempt.fetchAll(
            db, path: store.path, where: "registration IS NULL AND packSHA256 = ? AND seed = ? ORDER BY id",
            arguments: [attempt.packSHA256, Int64(bitPattern: attempt.seed)]
        ).first { AttemptRegistration.derived(of: $0) == registration }?.id
    }

    private func add(_ attempt: BundleAttempt, owner: AttemptOwner, registration: String) throws {
        try db.execute(
            sql: """
                INSERT INTO attempt (learnerCode, cohortId, packId, packVersion, packSHA256, lessonId, mode, seed,
                                     startedAt, finishedAt, registration)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                owner.learnerCode, owner.cohortId, attempt.packId, attempt.packVersion, attempt.packSHA256,
                attempt.lessonId, attempt.mode, Int64(bitPattern: attempt.seed), attempt.startedAt.stored,
                attempt.finishedAt?.stored, registration,
            ])
        let id = db.lastInsertedRowID
        try insertEvents(attempt.events, from: 0, attemptId: id)
        if let result = attempt.result { try insert(result, steps: attempt.steps, attemptId: id) }
        if let vote = attempt.openVote { try insert(vote, attemptId: id) }
        report.attemptsAdded += 1
        if !bundlePackFiles.contains(attempt.packSHA256),
            try Int.fetchOne(db, sql: "SELECT count(*) FROM packFile WHERE sha256 = ?", arguments: [attempt.packSHA256]) == 0
        {
            report.attemptsWithoutPackFile += 1
        }
    }

    private func extend(_ attemptId: Int64, with attempt: BundleAttempt, from sequence: Int) throws {
        try insertEvents(attempt.events, from: sequence, attemptId: attemptId)
        if let finishedAt = attempt.finishedAt {
            try db.execute(sql: "UPDATE attempt SET finishedAt = ? WHERE id = ?", arguments: [finishedAt.stored, attemptId])
        }
        let hasResult = try Int.fetchOne(
            db, sql: "SELECT count(*) FROM attemptResult WHERE attemptId = ?", arguments: [attemptId]) ?? 0 > 0
        if let result = attempt.result, !hasResult { try insert(result, steps: attempt.steps, attemptId: attemptId) }
        // The vote being taken is the device's, which is further on.
        try db.execute(sql: "DELETE FROM openVote WHERE attemptId = ?", arguments: [attemptId])
        if let vote = attempt.openVote { try insert(vote, attemptId: attemptId) }
        report.attemptsExtended += 1
    }

    private func insertEvents(_ events: [BundleEvent], from start: Int, attemptId: Int64) throws {
        for sequence in start..<events.count {
            try db.execute(
                sql: "INSERT INTO event (attemptId, sequence, at, event) VALUES (?, ?, ?, ?)",
                arguments: [attemptId, sequence, events[sequence].at.stored, try ProgressStore.encode(events[sequence].event)])
        }
        report.eventsAdded += max(0, events.count - start)
    }

    private func insert(_ result: BundleResult, steps: [BundleStep], attemptId: Int64) throws {
        try AttemptResultRecord.insert(
            db, AttemptResultRecord.columns,
            [
                attemptId, result.rawPoints, result.maximumPoints, result.scaled, result.passed, result.isComplete,
                result.timeSpent, result.skipped, result.objectives,
            ])
        for step in steps {
            try StepResultRecord.insert(
                db, StepResultRecord.columns,
                [
                    attemptId, step.position, step.stepId, step.kind, step.status, step.verdict, step.pointsEarned,
                    step.pointsMaximum, step.attempts, step.hintsShown, step.timeSpent, step.lastActivityAt?.stored,
                    step.response, step.tally, step.scenarioPath, step.scenarioEnding,
                ])
        }
    }

    private func insert(_ vote: BundleOpenVote, attemptId: Int64) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try db.execute(
            sql: "INSERT INTO openVote (attemptId, stepId, counts) VALUES (?, ?, ?)",
            arguments: [attemptId, vote.stepId, String(decoding: try encoder.encode(vote.counts), as: UTF8.self)])
    }
}

/// SplitMix64 over a digest's first eight bytes: the codes a conflicting learner is offered,
/// the same on every merge.
private struct SeededCodes: RandomNumberGenerator {
    var state: UInt64

    init(seed digest: [UInt8]) {
        state = digest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
