import Foundation
import LearnerSimulation
import LessonEngine
import LessonPack
import ProgressStore
import Sessions
import TestSupport
import Testing

/// The attempt life cycle, in memory: start, record, resume, finish; a group's sessions;
/// imports; the explicit filling-in of results.
@Suite struct LessonAttemptsTests {
    static let pack = PackValidator().validate(fileAtPath: ProjectFolder.curriculumFile("being-kind-online.xml")).pack!
    static let file = CohortFixture.packFile
    static let epoch = Date(timeIntervalSince1970: 1_800_000_000)

    /// A store with one cohort and one learner of 12.
    static func withLearner(_ body: (LessonAttempts, Cohort, LearnerRecord) throws -> Void) throws {
        let store = try ProgressStore.makeInMemory()
        let cohort = try store.createCohort(name: "7B", organisation: nil, at: epoch)
        var generator = SeededGenerator(seed: 5)
        let learner = try store.addLearners(
            ages: [12], cohortName: "7B", ageBand: nil, language: "en", country: "UA", at: epoch, generator: &generator)[0]
        try body(LessonAttempts(store: store), cohort, learner)
    }

    /// A simulated learner's whole pack, lesson by lesson.
    static let simulated: [LessonSession] = try! PackSimulator(pack: pack, seed: 9).play(
        SimulatedLearner(index: 0, seed: 9), index: 0, age: 12, language: "en", start: epoch)

    /// Plays `events` (a simulated session's inputs) into `attempt` as the player does:
    /// each input to the engine, then its event to the log.
    static func play(_ events: ArraySlice<TimedEvent>, into attempt: inout OpenAttempt) throws {
        for timed in events {
            switch timed.event {
            case .answered(_, let answer): _ = try attempt.session.answer(answer, at: timed.at)
            case .hintShown: _ = try attempt.session.requestHint(at: timed.at)
            case .skipped: _ = try attempt.session.skip(at: timed.at)
            case .continued: _ = try attempt.session.continueOn(at: timed.at)
            case .tallied(_, let counts): _ = try attempt.session.tally(counts, at: timed.at)
            case .markedDone: _ = try attempt.session.markDone(at: timed.at)
            case .started: continue
            }
            let sequence = attempt.session.events.count - 1
            try attempt.log.record(attempt.session.events[sequence], sequence: sequence)
        }
    }

    /// The same events; the store keeps times to the millisecond.
    static func expectSameLog(_ stored: [TimedEvent], _ played: [TimedEvent]) throws {
        #expect(stored.map(\.event) == played.map(\.event), "every event is stored, in order")
        #expect(zip(stored, played).allSatisfy { abs($0.at.timeIntervalSince($1.at)) < 0.001 })
    }

    static func session(of lessonId: String) -> LessonSession {
        simulated.first { $0.lesson.id == lessonId }!
    }

    @Test func aLessonIsStartedRecordedAndFinished() throws {
        try Self.withLearner { attempts, _, learner in
            let store = attempts.store
            let played = Self.session(of: "survey-before")
            var progress = try PackProgress(learner: learner, pack: Self.pack, store: store)
            var attempt = try attempts.openForLearner(
                progress, lessonId: "survey-before", packFile: Self.file, language: "en", seed: 3, at: Self.epoch)
            #expect(!attempt.isResumed)
            try Self.play(played.events.dropFirst(), into: &attempt)
            #expect(attempt.session.isFinished)
            try Self.expectSameLog(try store.events(ofAttempt: attempt.attemptId), attempt.session.events)
            try attempts.finish(attempt, result: attempt.session.result, at: Self.epoch + 60)

            let stored = try store.attempt(attempt.attemptId)
            #expect(stored.owner == .learner(code: learner.code) && stored.packSHA256 == Self.file.sha256 && stored.seed == 3)
            #expect(stored.finishedAt == Self.epoch + 60)
            #expect(try store.result(ofAttempt: attempt.attemptId) != nil, "the result is stored with the finish")
            progress = try PackProgress(learner: learner, pack: Self.pack, store: store)
            #expect(progress.finished == ["survey-before"] && progress.passed == ["survey-before"])
            #expect(progress.unfinished.isEmpty)
        }
    }

    @Test func anUnfinishedAttemptIsResumedWhereItStopped() throws {
        try Self.withLearner { attempts, _, learner in
            let played = Self.session(of: "pre-test")
            let progress = try PackProgress(learner: learner, pack: Self.pack, store: attempts.store)
            var first = try attempts.openForLearner(
                progress, lessonId: "pre-test", packFile: Self.file, language: "en", seed: 3, at: Self.epoch)
            try Self.play(played.events.dropFirst().prefix(3), into: &first)

            let again = try PackProgress(learner: learner, pack: Self.pack, store: attempts.store)
            #expect(again.unfinished.mapValues(\.id) == ["pre-test": first.attemptId])
            #expect(again.suggested?.id == "pre-test")
            let resumed = try attempts.openForLearner(
                again, lessonId: "pre-test", packFile: Self.file, language: "en", seed: 99, at: Self.epoch + 600)
            #expect(resumed.isResumed && resumed.attemptId == first.attemptId)
            try Self.expectSameLog(resumed.session.events, first.session.events)
            #expect(resumed.session.state.stepIndex == first.session.state.stepIndex)
            #expect(resumed.session.state.records.mapValues(\.answers) == first.session.state.records.mapValues(\.answers))
        }
    }

    @Test func anAttemptGoesOnWithTheFileItWasStartedWith() throws {
        try Self.withLearner { attempts, _, learner in
            let progress = try PackProgress(learner: learner, pack: Self.pack, store: attempts.store)
            var first = try attempts.openForLearner(
                progress, lessonId: "pre-test", packFile: Self.file, language: "en", seed: 3, at: Self.epoch)
            try Self.play(Self.session(of: "pre-test").events.dropFirst().prefix(2), into: &first)
            #expect(try attempts.store.packFile(sha256: Self.file.sha256) == Self.file, "kept when it started")

            // The file is edited under the same version: the attempt goes on with the one it began with.
            let (edited, editedFile) = try Self.edited()
            let again = try PackProgress(learner: learner, pack: edited, store: attempts.store)
            let resumed = try attempts.openForLearner(
                again, lessonId: "pre-test", packFile: editedFile, language: "en", seed: 99, at: Self.epoch + 600)
            #expect(resumed.isResumed && resumed.attemptId == first.attemptId)
            #expect(resumed.session.pack.title == Self.pack.title && edited.title != Self.pack.title)
            #expect(try attempts.store.packFile(sha256: editedFile.sha256) == editedFile, "the new file is kept too")

            // A new attempt starts with the file as it is now.
            try attempts.finish(resumed, result: resumed.session.result, at: Self.epoch + 700)
            let next = try attempts.openForLearner(
                try PackProgress(learner: learner, pack: edited, store: attempts.store), lessonId: "survey-before",
                packFile: editedFile, language: "en", seed: 4, at: Self.epoch + 800)
            #expect(next.session.pack.title == edited.title)
            #expect(try attempts.store.attempt(next.attemptId).packSHA256 == editedFile.sha256)
        }
    }

    /// The pack file with its title changed, version unchanged, decoded.
    static func edited() throws -> (Pack, PackFile) {
        let text = String(decoding: file.bytes, as: UTF8.self)
        let changed = text.replacingOccurrences(
            of: "<t lang=\"en\">Being kind online", with: "<t lang=\"en\">Edited: being kind online")
        let bytes = [UInt8](changed.utf8)
        let pack = try #require(PackValidator().validate(bytes: bytes, file: "edited").pack)
        return (pack, PackFile(packId: pack.id, packVersion: pack.version, bytes: bytes))
    }

    @Test func aPackFileThatNamesAnotherPackIsRefused() throws {
        try Self.withLearner { attempts, _, learner in
            let progress = try PackProgress(learner: learner, pack: Self.pack, store: attempts.store)
            let other = PackFile(packId: "upstanders", packVersion: Self.pack.version, bytes: Self.file.bytes)
            #expect(throws: StoreError.self) {
                _ = try attempts.openForLearner(
                    progress, lessonId: "survey-before", packFile: other, language: "en", seed: 3, at: Self.epoch)
            }
            #expect(try attempts.store.attempts(ofLearner: learner.code).isEmpty, "nothing is stored")
            #expect(try attempts.store.packFile(sha256: other.sha256) == nil)
        }
    }

    @Test func aLockedLessonIsNotStarted() throws {
        try Self.withLearner { attempts, _, learner in
            let progress = try PackProgress(learner: learner, pack: Self.pack, store: attempts.store)
            #expect(throws: SessionError.locked(missing: ["unkind-online"])) {
                _ = try attempts.openForLearner(
                    progress, lessonId: "getting-help", packFile: Self.file, language: "en", seed: 3, at: Self.epoch)
            }
            #expect(try attempts.store.attempts(ofLearner: learner.code).isEmpty, "nothing is stored")
        }
    }

    @Test func aGroupRunsTheTeachingLessonsOnlyAndResumes() throws {
        try Self.withLearner { attempts, cohort, _ in
            var progress = try GroupProgress(cohortId: cohort.id, pack: Self.pack, store: attempts.store)
            #expect(progress.lessonsToRun.map(\.id) == ["unkind-online", "getting-help"])
            let first = try attempts.openForGroup(
                progress, lessonId: "unkind-online", packFile: Self.file, language: "uk", seed: 4, at: Self.epoch)
            #expect(first.session.state.start.mode == .group && !first.isResumed)
            progress = try GroupProgress(cohortId: cohort.id, pack: Self.pack, store: attempts.store)
            #expect(progress.unfinished.mapValues(\.id) == ["unkind-online": first.attemptId])
            let again = try attempts.openForGroup(
                progress, lessonId: "unkind-online", packFile: Self.file, language: "uk", seed: 5, at: Self.epoch)
            #expect(again.isResumed && again.attemptId == first.attemptId)
            #expect(try attempts.store.attempt(first.attemptId).owner == .group(cohortId: cohort.id))
        }
    }

    @Test func importedSessionsKeepTheirLogAndResult() throws {
        try Self.withLearner { attempts, cohort, learner in
            try attempts.importSessions(Self.simulated.map { ($0, .learner(code: learner.code), Self.file) })
            #expect(try attempts.store.packFile(sha256: Self.file.sha256) == Self.file, "the file is kept")
            var seen: [CohortAttempt] = []
            try attempts.store.forEachAttempt(ofCohort: cohort.id) { seen.append($0) }
            #expect(seen.map(\.attempt.lessonId) == Self.simulated.map(\.lesson.id))
            #expect(seen.allSatisfy { $0.attempt.isFinished && $0.result != nil })
            #expect(seen.map(\.result?.scaled) == Self.simulated.map(\.result.scaled))
        }
    }
}

/// Results of attempts finished before results were kept: filled in only when asked, once,
/// with the pack they were played on; a log that does not replay is reported, not hidden.
@Suite struct MissingResultsTests {
    static func withOldAttempts(_ body: (ProgressStore, Int64, [LessonSession]) throws -> Void) throws {
        try LessonAttemptsTests.withLearner { attempts, cohort, learner in
            let sessions = LessonAttemptsTests.simulated
            try attempts.store.importAttempts(
                sessions.map {
                    ImportedAttempt(
                        owner: .learner(code: learner.code), packSHA256: LessonAttemptsTests.file.sha256, events: $0.events,
                        finishedAt: $0.events.last!.at, result: nil)
                })
            try body(attempts.store, cohort.id, sessions)
        }
    }

    @Test func resultsAreFilledOnceWithTheirPack() throws {
        try Self.withOldAttempts { store, cohortId, sessions in
            let withoutPack = try MissingResults.fill(ofCohort: cohortId, packs: PackVersions(store: store))
            #expect(withoutPack.filled == 0 && withoutPack.withoutPack == sessions.count)
            // Another file of the same id and version is not the one played.
            let (_, editedFile) = try LessonAttemptsTests.edited()
            let otherFile = try MissingResults.fill(packs: PackVersions(store: store, atHand: [editedFile]))
            #expect(otherFile.filled == 0 && otherFile.withoutPack == sessions.count)
            let atHand = PackVersions(store: store, atHand: [LessonAttemptsTests.file])
            let filled = try MissingResults.fill(packs: atHand)
            #expect(filled.filled == sessions.count && filled.withoutPack == 0 && filled.failures.isEmpty)
            #expect(try MissingResults.fill(packs: atHand).filled == 0)
            var seen: [CohortAttempt] = []
            try store.forEachAttempt(ofCohort: cohortId) { seen.append($0) }
            #expect(seen.map(\.result?.rawPoints) == sessions.map(\.result.rawPoints))
        }
    }

    @Test func aLogThatDoesNotReplayIsReportedAndLeftAlone() throws {
        try LessonAttemptsTests.withLearner { attempts, _, learner in
            var events = LessonAttemptsTests.simulated[0].events
            events.insert(TimedEvent(.skipped(stepId: "no-such-step"), at: events[0].at), at: 1)
            try attempts.store.importAttempts([
                ImportedAttempt(
                    owner: .learner(code: learner.code), packSHA256: LessonAttemptsTests.file.sha256, events: events,
                    finishedAt: events.last!.at, result: nil)
            ])
            let outcome = try MissingResults.fill(
                packs: PackVersions(store: attempts.store, atHand: [LessonAttemptsTests.file]))
            #expect(outcome.filled == 0 && outcome.failures.count == 1)
            #expect(outcome.failures.first?.description.contains("cannot be replayed") == true)
            #expect(try attempts.store.finishedAttemptsWithoutResult().count == 1, "left as it was")
        }
    }
}

/// The pack each attempt was played on, read back by SHA-256: kept first, else a file at
/// hand; old stores get the files at hand kept, and the rest named.
@Suite struct PackVersionsTests {
    @Test func aKeptFileIsReadBackAndFilesAtHandAreKeptOnlyWhenAsked() throws {
        try MissingResultsTests.withOldAttempts { store, _, sessions in
            let file = LessonAttemptsTests.file
            #expect(try PackVersions(store: store).pack(sha256: file.sha256) == nil, "neither kept nor at hand")
            let versions = PackVersions(store: store, atHand: [file])
            #expect(try versions.pack(sha256: file.sha256)?.title == LessonAttemptsTests.pack.title)
            #expect(try versions.isOnlyAtHand(sha256: file.sha256))
            #expect(try store.playedPackVersions().map(\.isKept) == [false])

            let outcome = try versions.keepMissing()
            #expect(outcome.kept.map(\.pack.sha256) == [file.sha256] && outcome.missing.isEmpty)
            #expect(outcome.kept.first?.attempts == sessions.count)
            #expect(try store.playedPackVersions().map(\.isKept) == [true])
            #expect(try !versions.isOnlyAtHand(sha256: file.sha256))
            #expect(try PackVersions(store: store).pack(sha256: file.sha256)?.title == LessonAttemptsTests.pack.title)
        }
    }

    @Test func aVersionNoFileHasIsNamedAsMissing() throws {
        try MissingResultsTests.withOldAttempts { store, _, sessions in
            let (_, editedFile) = try LessonAttemptsTests.edited()
            let outcome = try PackVersions(store: store, atHand: [editedFile]).keepMissing()
            #expect(outcome.kept.isEmpty)
            #expect(outcome.missing.map(\.pack.sha256) == [LessonAttemptsTests.file.sha256])
            #expect(outcome.missing.map(\.pack.version) == [LessonAttemptsTests.pack.version])
            #expect(outcome.missing.first?.attempts == sessions.count)
        }
    }
}
