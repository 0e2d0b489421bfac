import Foundation
import LessonPack
import Testing

@testable import LessonEngine

private typealias Fixture = EngineTestPack

/// How sessions start, shuffle, walk scenarios, run in group mode and resume, on the
/// purpose-built pack of `EngineTestPack` (ages 12-16; lesson `older` 14-16; lesson
/// `advanced` requires `single` and `multi`).
@Suite struct SessionRulesTests {
    /// Starting `lessonId` is refused with `expected`.
    private func expectStartRefused(
        _ expected: SessionError, _ lessonId: String, age: Int = 14, passed: Set<String> = [],
        ageOverride: AgeOverride? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            let session = try Fixture.start(lessonId, age: age, passed: passed, ageOverride: ageOverride)
            Issue.record("expected \(expected), but '\(session.lesson.id)' started", sourceLocation: sourceLocation)
        } catch {
            #expect(error as? SessionError == expected, sourceLocation: sourceLocation)
        }
    }

    private func startEvent(of session: LessonSession) throws -> SessionStart {
        let first = try #require(session.events.first)
        guard case .started(let start) = first.event else {
            Issue.record("the first event is \(first.event), not .started")
            throw SessionError.notStarted
        }
        return start
    }

    // MARK: - Age

    @Test func aLearnerTooYoungIsRefusedWithTheAllowedRange() {
        expectStartRefused(.outsideAgeRange(age: 11, allowed: 12...16), "single", age: 11)
        expectStartRefused(.outsideAgeRange(age: 10, allowed: 12...16), "mixed", age: 10)
    }

    @Test func aLearnerTooOldIsRefusedWithTheAllowedRange() {
        expectStartRefused(.outsideAgeRange(age: 17, allowed: 12...16), "single", age: 17)
        expectStartRefused(.outsideAgeRange(age: 18, allowed: 12...16), "mixed", age: 18)
    }

    @Test func theAgeRangeIncludesBothEnds() throws {
        #expect(try Fixture.start("single", age: 12).state.start.learner.age == 12)
        #expect(try Fixture.start("single", age: 16).state.start.learner.age == 16)
    }

    @Test func aLessonsOwnAgesComeBeforeThePacks() throws {
        expectStartRefused(.outsideAgeRange(age: 13, allowed: 14...16), "older", age: 13)
        expectStartRefused(.outsideAgeRange(age: 17, allowed: 14...16), "older", age: 17)
        _ = try Fixture.start("older", age: 14)
        let older = try #require(Fixture.pack.lessons.first { $0.id == "older" })
        #expect(
            Eligibility.of(older, in: Fixture.pack, for: Learner(age: 13, language: "uk"), passed: [])
                == .outsideAge(allowed: 14...16))
        #expect(Eligibility.of(older, in: Fixture.pack, for: Learner(age: 15, language: "uk"), passed: []) == .open)
    }

    @Test func aFacilitatorOverrideOpensTheLessonAndIsRecorded() throws {
        let override = AgeOverride(reason: "Facilitator: a mixed-age group in a shelter")
        let session = try Fixture.start("single", age: 11, ageOverride: override)
        #expect(try startEvent(of: session).ageOverride == override)
        #expect(session.state.start.ageOverride == override)
        #expect(session.state.start.learner.age == 11)
        #expect(session.events.count == 1)
        #expect(session.currentStep?.step.id == "q-single")
        let resumed = try LessonSession.resume(pack: Fixture.pack, events: session.events)
        #expect(resumed.state.start.ageOverride == override, "the override survives a resume")

        let plain = try Fixture.start("single", age: 14)
        #expect(try startEvent(of: plain).ageOverride == nil, "no override, none recorded")
    }

    @Test func anAgeOverrideDoesNotOpenALockedLesson() throws {
        // Failed on d90309c: Eligibility reported the age first, and an override skipped the
        // prerequisite check with it.
        let override = AgeOverride(reason: "Facilitator: older group")
        expectStartRefused(.locked(missing: ["single", "multi"]), "advanced", age: 17, ageOverride: override)
        expectStartRefused(.locked(missing: ["multi"]), "advanced", age: 11, passed: ["single"], ageOverride: override)
        // With its prerequisites passed the override opens it.
        let session = try Fixture.start("advanced", age: 17, passed: ["single", "multi"], ageOverride: override)
        #expect(session.state.start.ageOverride == override)
    }

    // MARK: - Prerequisites

    @Test func aLessonWhosePrerequisitesAreNotPassedIsLocked() throws {
        expectStartRefused(.locked(missing: ["single", "multi"]), "advanced")
        expectStartRefused(.locked(missing: ["single", "multi"]), "advanced", passed: ["truefalse", "order"])
        expectStartRefused(.locked(missing: ["single"]), "advanced", passed: ["multi"])
        expectStartRefused(.locked(missing: ["multi"]), "advanced", passed: ["single", "match"])
        let session = try Fixture.start("advanced", passed: ["single", "multi"])
        #expect(session.currentStep?.step.id == "advanced-text")
    }

    @Test func ageIsCheckedBeforePrerequisites() {
        expectStartRefused(.outsideAgeRange(age: 11, allowed: 12...16), "advanced", age: 11)
        let advanced = Fixture.pack.lessons.first { $0.id == "advanced" }!
        #expect(
            Eligibility.of(advanced, in: Fixture.pack, for: Learner(age: 14, language: "uk"), passed: ["multi"])
                == .locked(missing: ["single"]))
    }

    @Test func anUnknownLessonIsRefused() {
        expectStartRefused(.lessonNotFound("nowhere"), "nowhere")
    }

    // MARK: - Language

    @Test func theLearnersLanguageIsUsedWhenThePackHasIt() throws {
        let session = try Fixture.start("single", language: "en")
        #expect(session.state.start.language == "en")
        #expect(try startEvent(of: session).language == "en")
        #expect(session.currentStep?.language == "en")
    }

    @Test func otherwiseThePacksDefaultLanguageIsUsedAndRecorded() throws {
        let session = try Fixture.start("single", language: "de")
        #expect(session.state.start.language == "uk")
        let start = try startEvent(of: session)
        #expect(start.language == "uk")
        #expect(start.learner.language == "de", "what the learner asked for is kept too")
        #expect(session.currentStep?.language == "uk")
        #expect(try LessonSession.resume(pack: Fixture.pack, events: session.events).state.start.language == "uk")
    }

    @Test func theStartedEventRecordsHowTheSessionBegan() throws {
        let session = try Fixture.start("mixed", language: "en", mode: .group, seed: 99)
        let start = try startEvent(of: session)
        #expect(start.packId == "engine-test")
        #expect(start.packVersion == "1.0.0")
        #expect(start.lessonId == "mixed")
        #expect(start.mode == .group)
        #expect(start.seed == 99)
        #expect(start.learner == Learner(age: 14, language: "en", country: "UA"))
        #expect(session.events.first?.at == Fixture.at(0))
    }

    // MARK: - Seeded shuffles

    @Test func theSameSeedGivesTheSameOrder() throws {
        for seed: UInt64 in [0, 1, 42, .max] {
            let first = try #require(try Fixture.start("order", seed: seed).currentStep?.order)
            let second = try #require(try Fixture.start("order", seed: seed).currentStep?.order)
            #expect(first == second, "seed \(seed)")
            #expect(first.sorted() == ["first", "fourth", "second", "third"], "a permutation of the items")
        }
    }

    @Test func differentSeedsEventuallyGiveDifferentOrders() throws {
        let reference = try #require(try Fixture.start("order", seed: 0).currentStep?.order)
        var seen: Set<[String]> = [reference]
        var seed: UInt64 = 1
        while seen.count < 2 && seed < 64 {
            seen.insert(try #require(try Fixture.start("order", seed: seed).currentStep?.order))
            seed += 1
        }
        #expect(seen.count >= 2, "64 seeds gave one order of four items")
        var matchingOrders: Set<[String]> = []
        for seed: UInt64 in 0..<64 {
            matchingOrders.insert(try #require(try Fixture.start("match", seed: seed).currentStep?.order))
        }
        #expect(matchingOrders.count > 1, "the right sides of a matching shuffle too")
    }

    @Test func theOrderSurvivesAResume() throws {
        var session = try Fixture.start("order", seed: 7)
        let shown = try #require(session.currentStep?.order)
        _ = try session.answer(.order(["second", "first", "third", "fourth"]), at: Fixture.at(3))
        #expect(session.currentStep?.order == shown, "an attempt does not reshuffle")
        let resumed = try LessonSession.resume(pack: Fixture.pack, events: session.events)
        #expect(resumed.currentStep?.order == shown)
        #expect(resumed.currentStep?.attemptsUsed == 1)
        #expect(resumed.currentStep?.attemptsLeft == 1)
        #expect(resumed.state == session.state)
        #expect(resumed.events == session.events)
    }

    @Test func choiceOptionsShuffleOnlyWhenTheQuestionAsks() throws {
        var multiOrders: Set<[String]> = []
        for seed: UInt64 in 0..<32 {
            #expect(try Fixture.start("single", seed: seed).currentStep?.order == ["a", "b", "c"], "shuffle is off")
            let order = try #require(try Fixture.start("multi", seed: seed).currentStep?.order)
            #expect(order.sorted() == ["a", "b", "c", "d"])
            multiOrders.insert(order)
        }
        #expect(multiOrders.count > 1, "shuffle=\"true\" shuffles")
        #expect(
            try Fixture.start("group", seed: 5).currentStep?.order == ["yes", "no"], "vote options keep their order")
        #expect(try Fixture.start("truefalse").currentStep?.order == [])
    }

    // MARK: - Scenario with a loop that has an exit
    //
    // n1 —0 (+1)→ n2 —1 (+2)→ n3 —0 (+2)→ end-safe
    // n1 —1→ end-alone;  n2 —0 (+1)→ n1;  n3 —1→ n2

    @Test func theScenariosMaximumTakesEveryChoiceOfItsLoop() throws {
        guard case .scenario(let story) = Fixture.step("story").content else {
            Issue.record("'story' is not a scenario")
            return
        }
        // n1, n2, n3 are one loop: 1 + 1 + 2 + 0 inside, then n3 → end-safe (+2).
        #expect(ScenarioWalk.maximumPoints(of: story) == 6)
        #expect(ScenarioWalk.allPaths(of: story) == [[0, 1, 0], [1]])
        #expect(LessonSession.maximumPoints(of: Fixture.step("story")) == 6)
        #expect(try Fixture.start("scenario").result.maximumPoints == 6)
    }

    @Test func theShortestPath() throws {
        var session = try Fixture.start("scenario")
        #expect(session.currentStep?.scenarioNode?.id == "n1")
        #expect(session.currentStep?.scenarioChoiceOrder == [0, 1])
        let outcome = try session.answer(.scenarioChoice(1), at: Fixture.at(4))
        #expect(outcome.verdict == .recorded)
        #expect(outcome.pointsEarned == 0)
        #expect(outcome.pointsAvailable == 0)
        #expect(outcome.next == .finished)
        #expect(Fixture.texts(outcome.feedback) == ["Допомога поруч."], "the ending's text")
        let record = session.state.record(for: "story")
        #expect(record.scenarioPath == ["n1", "end-alone"])
        #expect(record.scenarioEnding == "end-alone")
        #expect(record.status == .done)
        let result = session.result
        #expect(result.steps[0].scenarioPath == ["n1", "end-alone"])
        #expect(result.steps[0].scenarioEnding == "end-alone")
        #expect(result.steps[0].verdict == .recorded)
        #expect(result.rawPoints == 0)
        #expect(result.maximumPoints == 6)
        #expect(result.scaled == 0)
        #expect(result.passed == false)
        #expect(result.isComplete)
    }

    @Test func theLongestSimplePath() throws {
        var session = try Fixture.start("scenario")
        let first = try session.answer(.scenarioChoice(0), at: Fixture.at(1))
        #expect((first.pointsEarned, first.pointsAvailable) == (1, 1))
        #expect(first.next == .sameStep)
        #expect(first.feedback.isEmpty)
        #expect(session.currentStep?.scenarioNode?.id == "n2")
        let second = try session.answer(.scenarioChoice(1), at: Fixture.at(2))
        #expect((second.pointsEarned, second.pointsAvailable) == (3, 2))
        #expect(second.next == .sameStep)
        #expect(session.currentStep?.scenarioNode?.id == "n3")
        let last = try session.answer(.scenarioChoice(0), at: Fixture.at(3))
        #expect((last.pointsEarned, last.pointsAvailable) == (5, 2))
        #expect(last.next == .finished)
        #expect(Fixture.texts(last.feedback) == ["Скарга допомагає платформі діяти.", "Контакт зупинено."])

        let record = session.state.record(for: "story")
        #expect(record.scenarioPath == ["n1", "n2", "n3", "end-safe"])
        #expect(record.scenarioEnding == "end-safe")
        #expect(record.answers == [.scenarioChoice(0), .scenarioChoice(1), .scenarioChoice(0)])
        let result = session.result
        #expect(result.rawPoints == 5)
        #expect(result.scaled == 5.0 / 6, "n2 → n1 (+1) was left out")
        #expect(result.passed == true)
        #expect(
            result.objectives == [.init(objectiveId: "obj-act", pointsEarned: 5, pointsMaximum: 6, mastery: 5.0 / 6)])
    }

    @Test func goingRoundTheLoopEarnsEachChoiceOnce() throws {
        var session = try Fixture.start("scenario")
        // n1 → n2 → n3 → n2 → n3 → end-safe: n2's choice 1 is taken twice.
        var earned: [Double] = []
        for (index, choice) in [0, 1, 1, 1, 0].enumerated() {
            earned.append(try session.answer(.scenarioChoice(choice), at: Fixture.at(Double(index + 1))).pointsEarned)
        }
        #expect(earned == [1, 3, 3, 3, 5])
        let record = session.state.record(for: "story")
        #expect(record.scenarioPath == ["n1", "n2", "n3", "n2", "n3", "end-safe"])
        #expect(record.scenarioChoicesTaken == ["n1#0", "n2#1", "n3#1", "n3#0"])
        #expect(record.scenarioEnding == "end-safe")
        #expect(session.result.rawPoints == 5)
        #expect(session.isFinished)
    }

    @Test func goingRoundTheLoopEarnsTheMaximumAndNoMore() throws {
        // On d90309c the walk below scored 6 of a maximum of 5 (the best simple path), and the
        // surplus made up for points lost on other steps; the maximum now counts the loop.
        var session = try Fixture.start("scenario")
        // n1 → n2 → n1 → n2 → n3 → end-safe: n2's choice 0 earns 1 on the way back to n1.
        var earned: [Double] = []
        for (index, choice) in [0, 0, 0, 1, 0].enumerated() {
            earned.append(try session.answer(.scenarioChoice(choice), at: Fixture.at(Double(index + 1))).pointsEarned)
        }
        #expect(earned == [1, 2, 2, 4, 6])
        let result = session.result
        let step = result.steps[0]
        #expect(step.scenarioPath == ["n1", "n2", "n1", "n2", "n3", "end-safe"])
        #expect(step.pointsMaximum == 6)
        #expect(step.pointsEarned == 6)
        #expect(result.rawPoints == 6)
        #expect(result.scaled == 1)
        #expect(result.objectives == [.init(objectiveId: "obj-act", pointsEarned: 6, pointsMaximum: 6, mastery: 1)])
    }

    @Test func aScenarioChoiceThatIsNotThereIsRefused() throws {
        var session = try Fixture.start("scenario")
        Fixture.expectRefusal(.outOfRange(value: 2, allowed: 0...1), on: &session) {
            try $0.answer(.scenarioChoice(2), at: Fixture.at(1))
        }
        Fixture.expectRefusal(.outOfRange(value: -1, allowed: 0...1), on: &session) {
            try $0.answer(.scenarioChoice(-1), at: Fixture.at(1))
        }
        Fixture.expectRefusal(.doesNotFit(step: "story", expected: "a scenario choice"), on: &session) {
            try $0.answer(.choice("n2"), at: Fixture.at(1))
        }
        Fixture.expectRefusal(.answerNeeded, on: &session) { try $0.continueOn(at: Fixture.at(1)) }
        #expect(session.state.record(for: "story").scenarioPath.isEmpty)
    }

    @Test func everyScenarioPathReplaysToTheSameState() throws {
        for path in [[1], [0, 1, 0], [0, 1, 1, 1, 0], [0, 0, 1], [0, 0, 0, 1, 0]] {
            var session = try Fixture.start("scenario")
            for choice in path { _ = try session.answer(.scenarioChoice(choice), at: Fixture.at(1)) }
            #expect(session.isFinished, "\(path)")
            let resumed = try LessonSession.resume(pack: Fixture.pack, events: session.events)
            #expect(resumed.state == session.state, "\(path)")
        }
    }

    // MARK: - Group mode

    @Test func aLoneLearnerVotesAndContinuesButCannotTallyOrMarkDone() throws {
        var session = try Fixture.start("group")
        Fixture.expectRefusal(.groupModeOnly, on: &session) { try $0.tally(["yes": 3], at: Fixture.at(1)) }
        Fixture.expectRefusal(.unknownOption("maybe"), on: &session) {
            try $0.answer(.vote("maybe"), at: Fixture.at(1))
        }
        Fixture.expectRefusal(.doesNotFit(step: "v1", expected: "vote"), on: &session) {
            try $0.answer(.choice("yes"), at: Fixture.at(1))
        }
        let vote = try session.answer(.vote("no"), at: Fixture.at(2))
        #expect(vote.verdict == .recorded)
        #expect(vote.pointsEarned == 0)
        #expect(vote.next == .nextStep)
        #expect(session.state.record(for: "v1").voteCounts == ["no": 1])
        #expect(session.state.record(for: "v1").answers == [.vote("no")])

        Fixture.expectRefusal(.groupModeOnly, on: &session) { try $0.markDone(at: Fixture.at(3)) }
        #expect(try session.continueOn(at: Fixture.at(4)).verdict == .recorded)
        Fixture.expectRefusal(.groupModeOnly, on: &session) { try $0.markDone(at: Fixture.at(5)) }
        let rolePlay = try session.continueOn(at: Fixture.at(6))
        #expect(rolePlay.next == .finished)
        let result = session.result
        #expect(result.isComplete)
        #expect(result.maximumPoints == 0)
        #expect(result.scaled == nil)
        #expect(result.passed == nil)
    }

    @Test func aGroupVoteIsATally() throws {
        var session = try Fixture.start("group", mode: .group)
        Fixture.expectRefusal(.individualModeOnly, on: &session) { try $0.answer(.vote("yes"), at: Fixture.at(1)) }
        Fixture.expectRefusal(.unknownOption("maybe"), on: &session) {
            try $0.tally(["yes": 4, "maybe": 2], at: Fixture.at(1))
        }
        Fixture.expectRefusal(.outOfRange(value: -1, allowed: 0...Int.max), on: &session) {
            try $0.tally(["yes": -1], at: Fixture.at(1))
        }
        Fixture.expectRefusal(.doesNotFit(step: "v1", expected: "vote"), on: &session) {
            try $0.markDone(at: Fixture.at(1))
        }
        Fixture.expectRefusal(.answerNeeded, on: &session) { try $0.continueOn(at: Fixture.at(1)) }

        let tally = try session.tally(["yes": 5, "no": 3], at: Fixture.at(2))
        #expect(tally.verdict == .recorded)
        #expect(tally.pointsEarned == 0)
        #expect(tally.next == .nextStep)
        #expect(session.events.last?.event == .tallied(stepId: "v1", counts: ["yes": 5, "no": 3]))
        let record = session.state.record(for: "v1")
        #expect(record.voteCounts == ["yes": 5, "no": 3])
        #expect(record.status == .done)
        #expect(session.result.steps[0].verdict == .recorded, "a vote is never right or wrong")
    }

    @Test func theFacilitatorMarksDiscussionAndRolePlayDone() throws {
        var session = try Fixture.start("group", mode: .group)
        _ = try session.tally(["yes": 0, "no": 7], at: Fixture.at(1))
        Fixture.expectRefusal(.individualModeOnly, on: &session) { try $0.continueOn(at: Fixture.at(2)) }
        Fixture.expectRefusal(.doesNotFit(step: "d1", expected: "discussion"), on: &session) {
            try $0.tally(["yes": 1], at: Fixture.at(2))
        }
        Fixture.expectRefusal(.doesNotFit(step: "d1", expected: "no answer; continue"), on: &session) {
            try $0.answer(.vote("yes"), at: Fixture.at(2))
        }
        let discussion = try session.markDone(at: Fixture.at(3))
        #expect(discussion.verdict == .recorded)
        #expect(discussion.next == .nextStep)
        #expect(session.events.last?.event == .markedDone(stepId: "d1"))
        Fixture.expectRefusal(.individualModeOnly, on: &session) { try $0.continueOn(at: Fixture.at(4)) }
        let rolePlay = try session.markDone(at: Fixture.at(5))
        #expect(rolePlay.next == .finished)
        #expect(session.state.record(for: "d1").status == .done)
        #expect(session.state.record(for: "r1").status == .done)
        #expect(session.result.isComplete)
        #expect(session.result.timeSpent == 5)
    }

    @Test func markDoneIsOnlyForDiscussionAndRolePlay() throws {
        var text = try Fixture.start("mixed", mode: .group)
        Fixture.expectRefusal(.doesNotFit(step: "m-intro", expected: "text"), on: &text) {
            try $0.markDone(at: Fixture.at(1))
        }
        _ = try text.continueOn(at: Fixture.at(2))
        Fixture.expectRefusal(.doesNotFit(step: "m1", expected: "single-choice"), on: &text) {
            try $0.markDone(at: Fixture.at(3))
        }
        #expect(try text.answer(.choice("all"), at: Fixture.at(4)).verdict == .correct, "questions work in a group")
    }

    // MARK: - Resume

    @Test func resumeRebuildsTheSessionExactly() throws {
        var session = try Fixture.start("mixed", language: "en", seed: 3)
        _ = try session.continueOn(at: Fixture.at(5))
        _ = try session.answer(.choice("friends"), at: Fixture.at(9))
        _ = try session.skip(at: Fixture.at(14))
        let resumed = try LessonSession.resume(pack: Fixture.pack, events: session.events)
        #expect(resumed.events == session.events)
        #expect(resumed.state == session.state)
        #expect(resumed.currentStep?.step.id == "m3")
        #expect(resumed.result.timeSpent == 14)
    }

    @Test func resumingAnEventThePackNoLongerAcceptsFailsWithItsIndex() throws {
        var session = try Fixture.start("single")
        _ = try session.requestHint(at: Fixture.at(1))
        _ = try session.answer(.choice("b"), at: Fixture.at(2))
        _ = try session.answer(.choice("c"), at: Fixture.at(3))
        let withoutC = Fixture.packChanging("q-single") { question in
            guard case .singleChoice(let options) = question.answer else { return }
            question.answer = .singleChoice(options.filter { $0.id != "c" })
        }
        #expect(throws: SessionError.replayFailed(index: 3, reason: "\(SessionError.unknownOption("c"))")) {
            try LessonSession.resume(pack: withoutC, events: session.events)
        }
        let withoutHints = Fixture.packChanging("q-single") { $0.hints = [] }
        #expect(throws: SessionError.replayFailed(index: 1, reason: "\(SessionError.noHintLeft)")) {
            try LessonSession.resume(pack: withoutHints, events: session.events)
        }
    }

    @Test func resumingALogThatDoesNotFitFailsWithItsIndex() throws {
        var session = try Fixture.start("truefalse")
        _ = try session.answer(.trueFalse(true), at: Fixture.at(1))
        let started = session.events[0]
        let tooLong =
            session.events + [TimedEvent(.answered(stepId: "q-tf", answer: .trueFalse(false)), at: Fixture.at(2))]
        #expect(throws: SessionError.replayFailed(index: 2, reason: "\(SessionError.sessionFinished)")) {
            try LessonSession.resume(pack: Fixture.pack, events: tooLong)
        }
        let secondStart = SessionError.doesNotFit(step: "q-tf", expected: "an input for a started session")
        #expect(throws: SessionError.replayFailed(index: 1, reason: "\(secondStart)")) {
            try LessonSession.resume(pack: Fixture.pack, events: [started, started])
        }
        let otherStep = SessionError.doesNotFit(step: "q-multi", expected: "the current step 'q-tf'")
        let skippingAnotherStep = [started, TimedEvent(.skipped(stepId: "q-multi"), at: Fixture.at(1))]
        #expect(throws: SessionError.replayFailed(index: 1, reason: "\(otherStep)")) {
            try LessonSession.resume(pack: Fixture.pack, events: skippingAnotherStep)
        }
    }

    @Test func resumingALogWithoutAStartFails() throws {
        #expect(throws: SessionError.notStarted) { try LessonSession.resume(pack: Fixture.pack, events: []) }
        var session = try Fixture.start("truefalse")
        _ = try session.answer(.trueFalse(false), at: Fixture.at(1))
        #expect(throws: SessionError.notStarted) {
            try LessonSession.resume(pack: Fixture.pack, events: Array(session.events.dropFirst()))
        }
    }

    @Test func resumingALessonThePackNoLongerHasFails() throws {
        let session = try Fixture.start("truefalse")
        var smaller = Fixture.pack
        smaller.lessons.removeAll { $0.id == "truefalse" }
        #expect(throws: SessionError.lessonNotFound("truefalse")) {
            try LessonSession.resume(pack: smaller, events: session.events)
        }
    }
}
