import Foundation
import LessonEngine
import LessonPack
import Testing

@testable import TerminalPlayer

/// Facilitator mode: reading tallies, the screens a facilitator sees, and the loop that
/// records a group's session.
@Suite struct FacilitatorModeTests {
    private let screens = TextScreens()

    private static func style(
        _ width: Int = 80, _ language: String = "en", audience: ScreenStyle.Audience = .facilitator,
        plain: Bool = false
    ) -> ScreenStyle {
        ScreenStyle(width: width, language: language, usesColor: false, isPlain: plain, audience: audience)
    }

    /// The vote step of the group lesson, options in the order given.
    private static func vote(order: [String] = ["tell", "block", "report"]) throws -> PresentedStep {
        var session = try GroupTestPack.session()
        _ = try session.continueOn(at: Date(timeIntervalSince1970: 1))
        var presented = try #require(session.currentStep)
        presented.order = order
        return presented
    }

    private static func expectFits(_ text: String, width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in text.split(separator: "\n") where DisplayWidth.columns(of: line) > width {
            Issue.record("wider than \(width): \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func theGroupPackIsValid() {
        #expect(!GroupTestPack.validation.hasErrors, "\(GroupTestPack.validation.diagnostics)")
    }

    // MARK: - Input

    @Test func aTallyNamesOptionsByLetterOrNumber() throws {
        let vote = try Self.vote()
        #expect(FacilitatorInput.parse("a=12 b=5 c=3", for: vote) == .tally(["tell": 12, "block": 5, "report": 3]))
        #expect(FacilitatorInput.parse(" A = 12, c:3 ", for: vote) == .tally(["tell": 12, "report": 3]))
        #expect(FacilitatorInput.parse("2=4 1=0", for: vote) == .tally(["block": 4, "tell": 0]))
        let shuffled = try Self.vote(order: ["report", "tell", "block"])
        #expect(FacilitatorInput.parse("a=7", for: shuffled) == .tally(["report": 7]), "letters follow the showing order")
    }

    @Test func anythingElseAtAVoteAsksForTheTally() throws {
        let vote = try Self.vote()
        for line in ["1", "", "a", "a=", "=3", "a=1 a=2", "d=4", "a=-1", "a=1234567", "a=1b", "a=x", "a\u{1B}=1"] {
            #expect(FacilitatorInput.parse(line, for: vote) == .invalidTally, "\(line.debugDescription)")
        }
        #expect(FacilitatorInput.parse("v", for: vote) == .countVotes)
        #expect(FacilitatorInput.parse("D", for: vote) == .disclosureCard)
        #expect(FacilitatorInput.parse("h", for: vote) == .help)
        #expect(FacilitatorInput.parse("q", for: vote) == .quit)
    }

    @Test func atOtherStepsTheGroupAnswersAsOneLearnerWouldPlusTheCard() throws {
        let question = try Self.step(at: 4)
        #expect(FacilitatorInput.parse("1", for: question) == AnswerInput.parse("1", for: question))
        #expect(FacilitatorInput.parse("zzz", for: question) == AnswerInput.parse("zzz", for: question))
        #expect(FacilitatorInput.parse("d", for: question) == .disclosureCard)
        #expect(FacilitatorInput.parse("v", for: question) == AnswerInput.parse("v", for: question))
    }

    @Test func oneVoteIsALetterOrNumberOfTheShowingOrder() throws {
        let vote = try Self.vote(order: ["block", "tell", "report"])
        #expect(FacilitatorInput.vote("a", for: vote) == "block")
        #expect(FacilitatorInput.vote(" 3 ", for: vote) == "report")
        #expect(FacilitatorInput.vote("4", for: vote) == nil)
        #expect(FacilitatorInput.vote("a b", for: vote) == nil)
    }

    /// The group lesson's step at `index`, reached by moving on through the earlier ones.
    private static func step(at index: Int) throws -> PresentedStep {
        var session = try GroupTestPack.session()
        let at = Date(timeIntervalSince1970: 1)
        while let presented = session.currentStep, presented.index < index {
            switch presented.step.content {
            case .vote: _ = try session.tally(["tell": 1], at: at)
            case .discussion, .rolePlay: _ = try session.markDone(at: at)
            default: _ = try session.continueOn(at: at)
            }
        }
        return try #require(session.currentStep)
    }

    // MARK: - Screens

    @Test func theTallyIsABarChartInShowingOrder() throws {
        let vote = try Self.vote()
        let chart = screens.tally(["tell": 12, "block": 6, "report": 0], presented: vote, pack: GroupTestPack.pack,
            style: Self.style(60))
        let expected = """

            Result (votes: 18)

            a. Tell an adult
               ████████████████████████████████████████ 12 · 66%
            b. Block
               ████████████████████ 6 · 33%
            c. Report
               0 · 0%

            """
        #expect(chart == expected, "\n\(chart)")
        for width in [20, 40, 80] {
            Self.expectFits(
                screens.tally(["tell": 12, "block": 6], presented: vote, pack: GroupTestPack.pack, style: Self.style(width)),
                width: width)
        }
        let plain = screens.tally(["block": 1], presented: vote, pack: GroupTestPack.pack, style: Self.style(plain: true))
        #expect(!plain.contains("█"))
        #expect(plain.contains("b. Block: 1 · 100%"))
    }

    @Test func aFacilitatorSeesTheNoteMarkedALearnerNever() throws {
        let vote = try Self.vote()
        let lesson = GroupTestPack.pack.lessons[0]
        let forFacilitator = screens.step(vote, lesson: lesson, pack: GroupTestPack.pack, style: Self.style())
        #expect(forFacilitator.contains("VOTE"))
        #expect(forFacilitator.contains("┃ For the facilitator (not to read out):\n┃ No wrong answer here."))
        #expect(forFacilitator.contains("a. Tell an adult"))
        #expect(forFacilitator.contains("Type the tally, like a=12 b=5 c=3, or v"))
        #expect(forFacilitator.contains("d disclosure card"))
        let forLearner = screens.step(vote, lesson: lesson, pack: GroupTestPack.pack, style: Self.style(audience: .learner))
        #expect(!forLearner.contains("No wrong answer"))
        #expect(!forLearner.contains("disclosure"))
        #expect(forLearner.contains("1. Tell an adult"))
        let plain = screens.step(try Self.step(at: 2), lesson: lesson, pack: GroupTestPack.pack,
            style: Self.style(plain: true))
        #expect(plain.contains("For the facilitator (not to read out):\nCollect ideas."))
        #expect(!plain.contains("┃"))
    }

    @Test(arguments: ["en", "uk", "ru"])
    func theDisclosureCardHasEveryStepOfSafeguarding(language: String) {
        let card = screens.disclosureCard(pack: GroupTestPack.pack, country: "UA", style: Self.style(40, language))
        for (number, key) in FacilitatorWords.disclosureSteps.enumerated() {
            let first = FacilitatorWords.text(key, language: language).split(separator: " ").prefix(2).joined(separator: " ")
            #expect(card.contains("\(number + 1). " + first), "\(key)")
        }
        // Listen, believe, right to tell, no questions, no secret, no images, write down,
        // pass on, pause, after-care.
        #expect(FacilitatorWords.disclosureSteps.count == 10)
        #expect(Set(FacilitatorWords.disclosureSteps).count == 10)
        #expect(FacilitatorWords.disclosureSteps.contains(.disclosureNoImages))
        #expect(FacilitatorWords.disclosureSteps.last == .disclosureAfterCare)
        #expect(card.contains(PlayerWords.text(.helpGroupTalk, language: language)), "the numbers, grouped")
        #expect(card.contains("116 111"), "the contacts that work anywhere")
        #expect(card.contains("UKCIS"), "the card names its sources")
        Self.expectFits(card, width: 40)
    }

    @Test func everyFacilitatorKeyIsInThreeLanguages() {
        for key in FacilitatorWords.Key.allCases {
            let texts = PlayerWords.languages.map { FacilitatorWords.text(key, language: $0) }
            #expect(texts.allSatisfy { !$0.isEmpty }, "\(key)")
            #expect(Set(texts).count == 3, "\(key): \(texts)")
            let words = FacilitatorWords.words(for: key)
            let placeholders = [words.en, words.uk, words.ru].map { $0.matches(of: /\{\d\}/).map { String($0.output) }.sorted() }
            #expect(placeholders.allSatisfy { $0 == placeholders[0] }, "\(key): the same values in every language")
        }
    }

    @Test(arguments: ["en", "uk", "ru"])
    func theOpeningHasTheContentNoteAndGroundRules(language: String) {
        let opening = screens.opening(pack: GroupTestPack.pack, style: Self.style(40, language, audience: .learner))
        let pack = GroupTestPack.pack
        #expect(opening.contains(pack.contentNote!.text(in: language, fallback: "en")))
        for rule in pack.groundRules { #expect(opening.contains(rule.text(in: language, fallback: "en"))) }
        #expect(opening.contains(PlayerWords.text(.pressEnterToBegin, language: language).prefix(10)))
        Self.expectFits(opening, width: 40)
        #expect(screens.opening(pack: PlayerTestPack.pack, style: Self.style()).isEmpty, "no note, no rules: no opening")
    }

    // MARK: - The loop

    private func play(_ lines: [String], language: String = "en") throws -> (PlayLoop.End, EventLog, ScriptedIO, LessonSession) {
        var session = try GroupTestPack.session(language: language)
        let io = ScriptedIO(lines)
        let log = EventLog()
        let loop = PlayLoop(
            renderer: screens, style: Self.style(60, language), country: nil, clock: { Date(timeIntervalSince1970: 5) })
        let end = try loop.run(&session, io: io, recorder: log)
        return (end, log, io, session)
    }

    @Test func aGroupLessonRunsWithATallyDiscussionAndRolePlay() throws {
        let (end, log, io, session) = try play(["", "", "1", "a=12 b=5 c=3", "", "", "1"])
        guard case .finished = end else { Issue.record("ended \(end)"); return }
        let kinds = log.events.map { $0.0.event }
        #expect(kinds.contains(.tallied(stepId: "v1", counts: ["tell": 12, "block": 5, "report": 3])))
        #expect(kinds.contains(.markedDone(stepId: "d1")))
        #expect(kinds.contains(.markedDone(stepId: "r1")))
        #expect(log.events.map(\.1) == Array(1...log.events.count), "sequences follow the log")
        #expect(io.written.contains("Result (votes: 20)"))
        #expect(io.written.contains("Type the tally, like a=12 b=5 c=3"), "a plain number at a vote is answered")
        #expect(session.isFinished)
    }

    @Test func votesTakenOneByOneAreCountedAndStrayLinesAreNot() throws {
        let (_, log, io, _) = try play(["", "", "v", "a", "b", "zz", "2", "", "q"])
        #expect(log.events.map { $0.0.event } .contains(.tallied(stepId: "v1", counts: ["tell": 1, "block": 2])))
        #expect(io.written.contains("Counted: 3"))
        #expect(io.written.contains("That is not one of the letters"))
        #expect(io.written.contains("Result (votes: 3)"))
    }

    @Test func theDisclosureCardKeepsThePlaceAndRecordsNothing() throws {
        let (end, log, io, session) = try play(["", "d", "", "q"])
        #expect(end.isQuitForTest)
        #expect(log.events.isEmpty, "nothing recorded: \(log.events)")
        #expect(io.written.contains("If a child tells you about harm"))
        #expect(session.currentStep?.step.id == "intro")
        let (quitEnd, quitLog, _, _) = try play(["", "d", "q"])
        #expect(quitEnd.isQuitForTest, "q on the card saves and stops")
        #expect(quitLog.events.isEmpty)
    }

    @Test func theOpeningComesFirstAndQStopsThere() throws {
        let (end, log, io, _) = try play(["q"])
        #expect(end.isQuitForTest)
        #expect(log.events.isEmpty)
        #expect(io.written.contains("This talks about pressure."))
        #expect(!io.written.contains("Hello, group."))
        let (endOfInput, _, _, _) = try play([])
        guard case .endOfInput = endOfInput else { Issue.record("\(endOfInput)"); return }
    }

    @Test func zeroVotesAreNotATally() throws {
        let (_, log, io, _) = try play(["", "", "a=0 b=0", "v", "", "q"])
        #expect(!log.events.contains { if case .tallied = $0.0.event { true } else { false } })
        #expect(io.written.components(separatedBy: "No votes were counted").count == 3)
    }
}

extension PlayLoop.End {
    var isQuitForTest: Bool {
        if case .quit = self { return true }
        return false
    }
}
