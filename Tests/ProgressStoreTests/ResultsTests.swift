import Foundation
import LearnerSimulation
import LessonEngine
import LessonPack
import TestSupport
import Testing

@testable import ProgressStore

/// Results of finished attempts: stored with the finish, or imported with their log, and
/// read back attempt by attempt for exports. In memory: nothing here needs a file.
@Suite struct ResultsTests {
    static let pack: Pack = PackValidator().validate(fileAtPath: ProjectFolder.curriculumFile("being-kind-online.xml")).pack!

    /// One simulated learner's finished sessions of the whole pack.
    static func sessions(learner index: Int = 0) throws -> [LessonSession] {
        let sessions = try PackSimulator(pack: pack, seed: 3).play(
            SimulatedLearner(index: index, seed: 3), index: index, age: 11, language: "en", start: StoreFixtures.epoch)
        try #require(sessions.count >= 7, "the whole pack is played")
        return sessions
    }

    static func imported(_ session: LessonSession, by owner: AttemptOwner, finished: Bool, withResult: Bool = true)
        -> ImportedAttempt
    {
        ImportedAttempt(
            owner: owner, packSHA256: String(repeating: "b", count: 64), events: session.events,
            finishedAt: finished ? session.events.last!.at : nil, result: finished && withResult ? session.result : nil)
    }

    static func withCohort(_ body: (ProgressStore, Int64, [String]) throws -> Void) throws {
        let store = try ProgressStore.makeInMemory()
        let cohort = try store.createCohort(name: "7B", organisation: nil, at: StoreFixtures.epoch)
        var generator = SeededGenerator(seed: 1)
        let codes = try store.addLearners(
            ages: [14, 14], cohortName: "7B", ageBand: nil, language: "en", country: nil, at: StoreFixtures.epoch,
            generator: &generator
        ).map(\.code)
        try body(store, cohort.id, codes)
    }

    static func expectSame(_ stored: CohortAttempt, as session: LessonSession) throws {
        let result = session.result
        let record = try #require(stored.result)
        #expect(record.rawPoints == result.rawPoints)
        #expect(record.maximumPoints == result.maximumPoints)
        #expect(record.scaled == result.scaled)
        #expect(record.passed == result.passed)
        // The store keeps times to the millisecond, so a replayed time may differ by a few.
        #expect(abs(record.timeSpent - result.timeSpent) < 0.001 * Double(session.events.count))
        #expect(stored.steps.map(\.stepId) == session.lesson.steps.map(\.id))
        #expect(stored.steps.map(\.pointsEarned) == result.steps.map(\.pointsEarned))
        #expect(zip(stored.steps, result.steps).allSatisfy { abs($0.timeSpent - $1.timeSpent) < 0.05 })
        #expect(stored.steps.map(\.status) == result.steps.map(\.status))
        #expect(stored.steps.map(\.kind) == session.lesson.steps.map(\.kind))
        let answers = try stored.steps.map { step in
            try step.response.map { try JSONDecoder().decode(Answer.self, from: Data($0.utf8)) }
        }
        #expect(answers == result.steps.map(\.lastAnswer))
    }

    @Test func aFinishedAttemptKeepsItsResult() throws {
        try Self.withCohort { store, cohortId, codes in
            let sessions = try Self.sessions()
            for session in sessions {
                let attempt = try store.startAttempt(
                    owner: .learner(code: codes[0]), packSHA256: "b", startedEvent: session.events[0])
                #expect(attempt.lessonId == session.lesson.id && attempt.mode == .individual && !attempt.isFinished)
                for (sequence, event) in session.events.enumerated().dropFirst() {
                    try store.append(event, toAttempt: attempt.id, sequence: sequence)
                }
                try store.finishAttempt(attempt.id, at: session.events.last!.at, result: session.result)
            }
            var seen: [CohortAttempt] = []
            try store.forEachAttempt(ofCohort: cohortId) { seen.append($0) }
            #expect(seen.count == sessions.count)
            for (stored, session) in zip(seen, sessions) {
                try Self.expectSame(stored, as: session)
                #expect(stored.events.isEmpty, "a stored result needs no replay")
            }
            #expect(try store.finishedAttemptsWithoutResult(ofCohort: cohortId).isEmpty)
        }
    }

    @Test func attemptsFinishedWithoutAResultAreFound() throws {
        try Self.withCohort { store, cohortId, codes in
            let sessions = try Self.sessions()
            try store.importAttempts(sessions.map { Self.imported($0, by: .learner(code: codes[1]), finished: true, withResult: false) })
            let found = try store.finishedAttemptsWithoutResult(ofCohort: cohortId)
            #expect(found.map(\.lessonId) == sessions.map(\.lesson.id))
            #expect(try store.finishedAttemptsWithoutResult().count == sessions.count, "the whole store")
            try store.saveResults(found.map { ($0.id, sessions[found.firstIndex(of: $0)!].result) })
            #expect(try store.finishedAttemptsWithoutResult().isEmpty)
            var seen: [CohortAttempt] = []
            try store.forEachAttempt(ofCohort: cohortId) { seen.append($0) }
            for (stored, session) in zip(seen, sessions) { try Self.expectSame(stored, as: session) }
        }
    }

    @Test func anImportedLogMustBeginWithItsStart() throws {
        try Self.withCohort { store, _, codes in
            let session = try Self.sessions()[0]
            var headless = Self.imported(session, by: .learner(code: codes[0]), finished: true)
            headless.events.removeFirst()
            #expect(throws: StoreError.invalid("an attempt's log must begin with its started event")) {
                try store.importAttempts([Self.imported(session, by: .learner(code: codes[0]), finished: true), headless])
            }
            #expect(try store.attempts(ofLearner: codes[0]).isEmpty, "all or none")
        }
    }

    @Test func theWalkPairsStepsWithTheirAttemptAndKeepsToTheCohort() throws {
        try Self.withCohort { store, cohortId, codes in
            let first = try Self.sessions(learner: 0)
            let second = try Self.sessions(learner: 1)
            let other = try store.createCohort(name: "other", organisation: nil, at: StoreFixtures.epoch)
            var imports: [ImportedAttempt] = []
            // Alternate learners, put in another cohort's group attempt, and leave one unfinished.
            for (one, two) in zip(first, second) {
                imports.append(Self.imported(one, by: .learner(code: codes[0]), finished: true))
                imports.append(Self.imported(two, by: .group(cohortId: other.id), finished: true))
            }
            let unfinished = Array(second[0].events.prefix(3))
            var cut = Self.imported(second[0], by: .learner(code: codes[1]), finished: false)
            cut.events = unfinished
            imports.append(cut)
            try store.importAttempts(imports)

            var seen: [CohortAttempt] = []
            try store.forEachAttempt(ofCohort: cohortId) { seen.append($0) }
            #expect(seen.count == min(first.count, second.count) + 1, "the other cohort's group attempts are left out")
            for (stored, session) in zip(seen.dropLast(), first) { try Self.expectSame(stored, as: session) }
            let last = try #require(seen.last)
            #expect(last.attempt.learnerCode == codes[1])
            #expect(last.result == nil && last.steps.isEmpty)
            #expect(last.events.map(\.event) == unfinished.map(\.event), "an unfinished attempt comes with its log to replay")

            var others: [CohortAttempt] = []
            try store.forEachAttempt(ofCohort: other.id) { others.append($0) }
            #expect(others.count == min(first.count, second.count))
            for (stored, session) in zip(others, second) { try Self.expectSame(stored, as: session) }
        }
    }

    @Test func anErrorFromTheReaderStopsTheWalkAsItIs() throws {
        struct Stop: Error {}
        try Self.withCohort { store, cohortId, codes in
            let sessions = try Self.sessions()
            try store.importAttempts(sessions.map { Self.imported($0, by: .learner(code: codes[0]), finished: true) })
            var calls = 0
            #expect(throws: Stop.self) {
                try store.forEachAttempt(ofCohort: cohortId) { _ in
                    calls += 1
                    throw Stop()
                }
            }
            #expect(calls == 1)
        }
    }
}
