import Foundation
import LearnerSimulation
import LessonEngine
import LessonPack
import Testing

@testable import ProgressStore

/// Results of finished attempts: stored with the finish, filled in by replay for attempts
/// finished before results were kept, and read back attempt by attempt for exports.
@Suite struct ResultsTests {
    static let pack: Pack = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Curriculum/being-kind-online.xml").path
        return PackValidator().validate(fileAtPath: file).pack!
    }()

    /// One simulated learner's finished sessions of the whole pack.
    static func sessions(learner index: Int = 0) throws -> [LessonSession] {
        let sessions = try PackSimulator(pack: pack, seed: 3).play(
            SimulatedLearner(index: index, seed: 3), index: index, age: 11, language: "en", start: StoreFixtures.epoch)
        try #require(sessions.count >= 7, "the whole pack is played")
        return sessions
    }

    static func attempt(of session: LessonSession, learner: String?, cohortId: Int64? = nil, finished: Bool) -> Attempt {
        Attempt(
            learnerCode: learner, cohortId: cohortId, packId: pack.id, packVersion: pack.version,
            packSHA256: String(repeating: "b", count: 64), lessonId: session.lesson.id, mode: "individual", seed: 1,
            startedAt: session.events[0].at, finishedAt: finished ? session.events.last!.at : nil)
    }

    static func withCohort(_ body: (ProgressStore, Int64, [String]) throws -> Void) throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let store = try ProgressStore(path: folder.appendingPathComponent("progress.sqlite").path)
            let cohort = try store.createCohort(name: "7B", organisation: nil, at: StoreFixtures.epoch)
            var generator = StoreFixtures.SeededGenerator(seed: 1)
            let codes = try store.addLearners(
                count: 2, cohortName: "7B", age: 14, ageBand: nil, language: "en", country: nil,
                at: StoreFixtures.epoch, generator: &generator
            ).map(\.code)
            try body(store, cohort.id!, codes)
        }
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
        #expect(stored.steps.map(\.status) == result.steps.map(\.status.rawValue))
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
                    Self.attempt(of: session, learner: codes[0], finished: false), startedEvent: session.events[0])
                for (sequence, event) in session.events.enumerated().dropFirst() {
                    try store.append(event, toAttempt: attempt.id!, sequence: sequence)
                }
                try store.finishAttempt(attempt.id!, at: session.events.last!.at, result: session.result)
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

    @Test func attemptsFinishedWithoutAResultAreReplayedOnce() throws {
        try Self.withCohort { store, cohortId, codes in
            let sessions = try Self.sessions()
            try store.importAttempts(
                sessions.map {
                    ImportedAttempt(attempt: Self.attempt(of: $0, learner: codes[1], finished: true), events: $0.events, result: nil)
                })
            #expect(try store.finishedAttemptsWithoutResult(ofCohort: cohortId).count == sessions.count)
            let withoutPack = try store.fillMissingResults(ofCohort: cohortId, packs: [])
            #expect(withoutPack.filled == 0 && withoutPack.withoutPack == sessions.count)

            let filled = try store.fillMissingResults(ofCohort: cohortId, packs: [Self.pack])
            #expect(filled.filled == sessions.count && filled.withoutPack == 0)
            #expect(try store.fillMissingResults(ofCohort: cohortId, packs: [Self.pack]).filled == 0)
            var seen: [CohortAttempt] = []
            try store.forEachAttempt(ofCohort: cohortId) { seen.append($0) }
            for (stored, session) in zip(seen, sessions) { try Self.expectSame(stored, as: session) }
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
                imports.append(ImportedAttempt(attempt: Self.attempt(of: one, learner: codes[0], finished: true), events: one.events, result: one.result))
                imports.append(ImportedAttempt(attempt: Self.attempt(of: two, learner: nil, cohortId: other.id, finished: true), events: two.events, result: two.result))
            }
            let unfinished = Array(second[0].events.prefix(3))
            imports.append(ImportedAttempt(attempt: Self.attempt(of: second[0], learner: codes[1], finished: false), events: unfinished, result: nil))
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
            try store.forEachAttempt(ofCohort: other.id!) { others.append($0) }
            #expect(others.count == min(first.count, second.count))
            for (stored, session) in zip(others, second) { try Self.expectSame(stored, as: session) }
        }
    }

    @Test func anErrorFromTheReaderStopsTheWalkAsItIs() throws {
        struct Stop: Error {}
        try Self.withCohort { store, cohortId, codes in
            let sessions = try Self.sessions()
            try store.importAttempts(sessions.map { ImportedAttempt(attempt: Self.attempt(of: $0, learner: codes[0], finished: true), events: $0.events, result: $0.result) })
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
