import Foundation
import LessonPack
import Testing

@testable import LessonEngine

/// A pre-test shows no feedback, hints or verdict unless its pack asks (docs/scoring.md);
/// the answers are scored all the same, and logs from before the rule replay as played.
@Suite struct FeedbackPolicyTests {
    typealias Fixture = EngineTestPack

    /// The pre-test's true/false item with two tries, a hint and feedback for each verdict.
    static let teachingPack = Fixture.packChanging("pre-tf") { question in
        question.maxAttempts = 2
        question.hints = [question.prompt]
        question.feedback = [.correct: question.prompt, .wrong: question.prompt]
    }

    @Test func aPreTestHidesFeedbackByDefaultAndAPostTestShowsIt() throws {
        #expect(try Fixture.start("pre", in: Self.teachingPack).state.start.feedback == .hidden)
        #expect(try Fixture.start("post").state.start.feedback == .shown)
        #expect(try Fixture.start("single").state.start.feedback == .shown)
    }

    @Test func aWrongAnswerIsSavedWithoutVerdictAndTheTestMovesOn() throws {
        var session = try Fixture.start("pre", in: Self.teachingPack)
        let presented = try #require(session.currentStep)
        #expect(presented.attemptsLeft == 1, "one answer, though the item allows two")
        #expect(presented.hintsLeft == 0)
        let outcome = try session.answer(.trueFalse(false), at: Fixture.at(5))
        #expect(outcome.isWithheld)
        #expect(outcome.verdict == .recorded)
        #expect(outcome.feedback.isEmpty)
        #expect(outcome.pointsEarned == 0)
        #expect(outcome.next == .finished)
        // The score is kept for the report all the same.
        #expect(session.result.steps.first?.verdict == .wrong)
        #expect(session.result.scaled == 0)
    }

    @Test func aRightAnswerScoresInFullUnseen() throws {
        var session = try Fixture.start("pre", in: Self.teachingPack)
        let outcome = try session.answer(.trueFalse(true), at: Fixture.at(5))
        #expect(outcome.isWithheld && outcome.verdict == .recorded)
        #expect(session.result.scaled == 1)
    }

    @Test func noHintIsGivenInAPreTest() throws {
        var session = try Fixture.start("pre", in: Self.teachingPack)
        #expect(throws: SessionError.noHintLeft) { try session.requestHint(at: Fixture.at(1)) }
        #expect(session.events.count == 1, "a refused hint is not logged")
    }

    @Test func aPackCanAskForFeedbackInItsPreTest() throws {
        var pack = Self.teachingPack
        let index = try #require(pack.lessons.firstIndex { $0.id == "pre" })
        pack.lessons[index].declaredFeedback = .shown
        var session = try Fixture.start("pre", in: pack)
        #expect(session.currentStep?.hintsLeft == 1)
        let outcome = try session.answer(.trueFalse(false), at: Fixture.at(5))
        #expect(!outcome.isWithheld)
        #expect(outcome.verdict == .wrong)
        #expect(!outcome.feedback.isEmpty)
        #expect(outcome.next == .sameStep, "a second try is open")
    }

    @Test func aPostTestCanHideItsFeedbackToo() throws {
        var pack = Fixture.pack
        let index = try #require(pack.lessons.firstIndex { $0.id == "post" })
        pack.lessons[index].declaredFeedback = .hidden
        var session = try Fixture.start("post", in: pack)
        #expect(try session.answer(.trueFalse(false), at: Fixture.at(5)).isWithheld)
    }

    /// A log written before tests hid feedback has no policy in its start: it replays as it
    /// was played, with its hint and second try.
    @Test func anOlderLogReplaysWithFeedbackShown() throws {
        let live = try Fixture.start("pre", in: Self.teachingPack)
        var start = live.state.start
        start.feedback = nil
        let events = [
            TimedEvent(.started(start), at: Fixture.at(0)),
            TimedEvent(.hintShown(stepId: "pre-tf"), at: Fixture.at(2)),
            TimedEvent(.answered(stepId: "pre-tf", answer: .trueFalse(false)), at: Fixture.at(4)),
            TimedEvent(.answered(stepId: "pre-tf", answer: .trueFalse(true)), at: Fixture.at(6)),
        ]
        let replayed = try LessonSession.resume(pack: Self.teachingPack, events: events)
        #expect(replayed.isFinished)
        #expect(replayed.result.steps.first?.verdict == .correct)
        #expect(replayed.result.steps.first?.hintsShown == 1)
    }

    @Test func theStartKeepsItsPolicyThroughTheStoreAndOlderStartsReadAsNone() throws {
        let start = try Fixture.start("pre", in: Self.teachingPack).state.start
        let encoded = try JSONEncoder().encode(SessionEvent.started(start))
        let decoded = try JSONDecoder().decode(SessionEvent.self, from: encoded)
        guard case .started(let again) = decoded else {
            Issue.record("not a start: \(decoded)")
            return
        }
        #expect(again.feedback == .hidden)
        var older = try #require(JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        var olderStart = try #require(older["start"] as? [String: Any])
        olderStart.removeValue(forKey: "feedback")
        older["start"] = olderStart
        let olderEvent = try JSONDecoder().decode(
            SessionEvent.self, from: try JSONSerialization.data(withJSONObject: older))
        guard case .started(let olderDecoded) = olderEvent else {
            Issue.record("not a start")
            return
        }
        #expect(olderDecoded.feedback == nil)
        #expect(olderDecoded.showsFeedback)
    }
}
