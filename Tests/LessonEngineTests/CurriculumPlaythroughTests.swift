import Foundation
import LessonPack
import Testing

@testable import LessonEngine

/// The engine plays every lesson of every pack in Curriculum/ from start to end, along
/// every path of every scenario.
@Suite struct CurriculumPlaythroughTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var packId: String
        var lessonId: String
        var testDescription: String { "\(packId)/\(lessonId)" }
    }

    static let cases: [Case] = EngineFixtures.curriculum.flatMap { pack in
        pack.lessons.map { Case(packId: pack.id, lessonId: $0.id) }
    }

    @Test(arguments: cases)
    func everyScenarioPathPlaysToTheEnd(_ testCase: Case) throws {
        let pack = try #require(EngineFixtures.curriculum.first { $0.id == testCase.packId })
        let lesson = try #require(pack.lessons.first { $0.id == testCase.lessonId })
        let scenarios = lesson.steps.compactMap { step -> Scenario? in
            if case .scenario(let scenario) = step.content { return scenario }
            return nil
        }
        let pathCounts = scenarios.map { ScenarioWalk.allPaths(of: $0).count }
        let runs = max(pathCounts.max() ?? 1, 1)
        for run in 0..<runs {
            let learner = Learner(age: pack.ageRange.minimum, language: "uk", country: "UA")
            var session = try LessonSession.start(
                pack: pack, lessonId: lesson.id, learner: learner, seed: UInt64(run),
                passedLessons: Set(pack.lessons.map(\.id)), at: EngineFixtures.epoch)
            let clock = EngineFixtures.Clock()
            var tookBestPaths = true
            while let presented = session.currentStep {
                switch presented.step.content {
                case .question(let question):
                    let outcome = try session.answer(EngineFixtures.rightAnswer(to: question, language: "uk"), at: clock.tick())
                    // A pre-test keeps its verdict to itself; the record has it.
                    #expect(outcome.verdict == (lesson.feedback == .shown ? .correct : .recorded), "\(presented.step.id)")
                    #expect(session.state.record(for: presented.step.id).verdict == .correct, "\(presented.step.id)")
                case .likert(let item):
                    _ = try session.answer(.likert(item.scale), at: clock.tick())
                case .vote(let vote):
                    _ = try session.answer(.vote(vote.options[0].id), at: clock.tick())
                case .scenario(let scenario):
                    let paths = ScenarioWalk.allPaths(of: scenario)
                    let path = paths[run % paths.count]
                    for choice in path { _ = try session.answer(.scenarioChoice(choice), at: clock.tick()) }
                    let record = session.state.record(for: presented.step.id)
                    #expect(record.scenarioEnding != nil, "scenario \(presented.step.id) reached no ending")
                    #expect(record.scenarioPath.count == path.count + 1, "start, then one place per choice")
                    tookBestPaths = tookBestPaths && record.pointsEarned == ScenarioWalk.maximumPoints(of: scenario)
                case .text, .discussion, .rolePlay:
                    _ = try session.continueOn(at: clock.tick())
                }
            }
            let result = session.result
            #expect(result.isComplete)
            #expect(result.skipped == 0)
            if result.maximumPoints > 0 && tookBestPaths {
                #expect(result.scaled == 1, "right answers and the best paths earn every point")
                #expect(result.passed == true)
            }
            let replayed = try LessonSession.resume(pack: pack, events: session.events)
            #expect(replayed.state == session.state)
        }
    }
}

extension CurriculumPlaythroughTests {
    /// The best score counts every choice of a loop; before issue 17 it was the best simple path.
    /// No shipped scenario's loop holds points, so no shipped score changed.
    @Test func everyShippedScenarioScoresAsItsBestSimplePath() {
        var checked = 0
        for pack in EngineFixtures.curriculum {
            for step in pack.lessons.flatMap(\.steps) {
                guard case .scenario(let scenario) = step.content else { continue }
                let nodes = Dictionary(scenario.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                let simplePathBest = ScenarioWalk.allPaths(of: scenario).map { path in
                    var (id, points) = (scenario.start.id, 0.0)
                    for index in path {
                        let choice = nodes[id]!.choices[index]
                        (id, points) = (choice.target.id, points + choice.points)
                    }
                    return points
                }.max() ?? 0
                #expect(ScenarioWalk.maximumPoints(of: scenario) == simplePathBest, "\(pack.id)/\(step.id)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }
}

/// Fixes from review, each shown by the smallest case.
@Suite struct ReviewFixTests {
    @Test func passMarkIsReachedExactlyAtTheMark() {
        #expect(LessonSession.reachesPassMark(raw: 57, maximum: 100, passMark: 57))
        #expect(LessonSession.reachesPassMark(raw: 29, maximum: 100, passMark: 29))
        #expect(!LessonSession.reachesPassMark(raw: 56.9, maximum: 100, passMark: 57))
        #expect(LessonSession.reachesPassMark(raw: 0, maximum: 5, passMark: 0))
    }

    @Test func anAgeOverrideDoesNotSkipPrerequisites() throws {
        let pack = try #require(EngineFixtures.curriculum.first { $0.id == "being-kind-online" })
        let second = try #require(pack.lessons.first { !$0.prerequisites.isEmpty && $0.kind == .lesson })
        let tooOld = Learner(age: 17, language: "en")
        #expect(throws: SessionError.locked(missing: second.prerequisites.map(\.id))) {
            try LessonSession.start(
                pack: pack, lessonId: second.id, learner: tooOld, seed: 1,
                ageOverride: AgeOverride(reason: "older group"), at: EngineFixtures.epoch)
        }
        let session = try LessonSession.start(
            pack: pack, lessonId: second.id, learner: tooOld, seed: 1,
            passedLessons: Set(second.prerequisites.map(\.id)), ageOverride: AgeOverride(reason: "older group"),
            at: EngineFixtures.epoch)
        guard case .started(let start) = session.events.first?.event else {
            Issue.record("the log starts with the start")
            return
        }
        #expect(start.ageOverride?.reason == "older group")
    }
}

extension ReviewFixTests {
    @Test func aLogIsNotReplayedOverAnotherVersionOfItsPack() throws {
        var pack = try #require(EngineFixtures.curriculum.first)
        let session = try LessonSession.start(
            pack: pack, lessonId: pack.lessons[0].id, learner: Learner(age: pack.ageRange.minimum, language: "en"),
            seed: 3, passedLessons: Set(pack.lessons.map(\.id)), at: EngineFixtures.epoch)
        pack.version = "9.9.9"
        #expect(throws: SessionError.self) { try LessonSession.resume(pack: pack, events: session.events) }
        do {
            _ = try LessonSession.resume(pack: pack, events: session.events)
        } catch {
            guard case .replayFailed(let index, let reason) = error else { throw error }
            #expect(index == 0)
            #expect(reason.contains("9.9.9"))
        }
    }
}

extension ReviewFixTests {
    @Test func aBreakIsNotTimeSpent() throws {
        let pack = try #require(EngineFixtures.curriculum.first { $0.id == "being-kind-online" })
        let lesson = try #require(pack.lessons.first { $0.kind == .lesson && $0.prerequisites.isEmpty })
        var session = try LessonSession.start(
            pack: pack, lessonId: lesson.id, learner: Learner(age: 11, language: "en"), seed: 1,
            at: EngineFixtures.epoch)
        _ = try session.continueOn(at: EngineFixtures.epoch.addingTimeInterval(30))
        // A week away, then the next step.
        _ = try? session.skip(at: EngineFixtures.epoch.addingTimeInterval(30 + 7 * 86_400))
        if session.events.count < 3 {
            _ = try session.continueOn(at: EngineFixtures.epoch.addingTimeInterval(30 + 7 * 86_400))
        }
        #expect(session.result.timeSpent == 30 + ScoringRules.idleLimit)
    }

    @Test func aHintSaysWhatTheQuestionIsWorthNow() throws {
        let pack = try #require(EngineFixtures.curriculum.first { $0.id == "being-kind-online" })
        for lesson in pack.lessons where lesson.kind == .lesson {
            var session = try LessonSession.start(
                pack: pack, lessonId: lesson.id, learner: Learner(age: 11, language: "en"), seed: 1,
                passedLessons: Set(pack.lessons.map(\.id)), at: EngineFixtures.epoch)
            let clock = EngineFixtures.Clock()
            while let presented = session.currentStep {
                if case .question(let question) = presented.step.content, !question.hints.isEmpty {
                    let outcome = try session.requestHint(at: clock.tick())
                    #expect(outcome.pointsAvailable == question.points * 0.75)
                    #expect(outcome.feedback == [question.hints[0]])
                    return
                }
                if (try? session.skip(at: clock.tick())) == nil { _ = try session.continueOn(at: clock.tick()) }
            }
        }
        Issue.record("no question with a hint in being-kind-online")
    }
}

/// The stored shape of events: named keys, so logs stay readable.
@Suite struct EventCodingTests {
    @Test func eventsAndAnswersHaveNamedKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let event = SessionEvent.answered(stepId: "q1", answer: .choices(["a", "c"]))
        let json = String(decoding: try encoder.encode(event), as: UTF8.self)
        #expect(json == #"{"answer":{"kind":"choices","options":["a","c"]},"step":"q1","type":"answered"}"#)
        let answers: [Answer] = [
            .choice("a"), .choices(["b"]), .trueFalse(true), .order(["x", "y"]), .matches(["p": "q"]),
            .text("Блок"), .likert(4), .scenarioChoice(2), .vote("yes"),
        ]
        for answer in answers {
            let decoded = try JSONDecoder().decode(Answer.self, from: try encoder.encode(answer))
            #expect(decoded == answer)
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SessionEvent.self, from: Data(#"{"type":"teleported"}"#.utf8))
        }
    }
}
