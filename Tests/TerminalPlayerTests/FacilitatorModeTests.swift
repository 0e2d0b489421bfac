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

    @Test func anythingElseAtAVoteSaysWhatIsWrongWithTheTally() throws {
        let vote = try Self.vote()
        let problems: [(String, TallyProblem)] = [
            ("1", .notATally), ("", .notATally), ("a", .notATally), ("=3", .notATally), ("a\u{1B}=1", .notATally),
            ("a=", .notANumber("a=")), ("a=-1", .notANumber("a=-1")), ("a=1234567", .notANumber("a=1234567")),
            ("a=1b", .notANumber("a=1b")), ("b=abc", .notANumber("b=abc")), ("d=4", .notAnOption("d")),
            ("a=1 a=2", .givenTwice("a")), ("a=1 b=2 zzzzzzzzzzzzzzzzzz=1", .notAnOption("zzzzzzzzzzz…")),
            ("c 1", .missingEquals("c 1", meant: "c=1")), ("c1", .missingEquals("c1", meant: "c=1")),
            ("a=2, b 13", .missingEquals("b 13", meant: "b=13")), ("\u{0441} 4", .missingEquals("\u{0441} 4", meant: "\u{0441}=4")),
            ("d 1", .notATally), ("a b=1", .notATally), ("ab1", .notATally),
        ]
        for (line, problem) in problems {
            #expect(FacilitatorInput.parse(line, for: vote) == .invalidTally(problem), "\(line.debugDescription)")
        }
        #expect(FacilitatorInput.parse("v", for: vote) == .countVotes)
        #expect(FacilitatorInput.parse("D", for: vote) == .disclosureCard)
        #expect(FacilitatorInput.parse("n", for: vote) == .facilitatorNotes)
        #expect(FacilitatorInput.parse("h", for: vote) == .help)
        #expect(FacilitatorInput.parse("q", for: vote) == .quit)
    }

    @Test func atOtherStepsTheGroupAnswersAsOneLearnerWouldPlusTheCard() throws {
        let question = try Self.step(at: 4)
        #expect(FacilitatorInput.parse("1", for: question) == AnswerInput.parse("1", for: question))
        #expect(FacilitatorInput.parse("zzz", for: question) == AnswerInput.parse("zzz", for: question))
        #expect(FacilitatorInput.parse("d", for: question) == .disclosureCard)
        #expect(FacilitatorInput.parse("v", for: question) == AnswerInput.parse("v", for: question))
        #expect(FacilitatorInput.parse("n", for: question) == AnswerInput.parse("n", for: question), "no notes here")
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
               ████████████████████████████████████████ 12 · 67%
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

    @Test func votePercentagesAreWholeAndAddUpToOneHundred() {
        #expect(TextScreens.wholePercents([1, 1, 1]) == [34, 33, 33])
        #expect(TextScreens.wholePercents([12, 6, 0]) == [67, 33, 0])
        #expect(TextScreens.wholePercents([0, 0]) == [0, 0])
        #expect(TextScreens.wholePercents([5]) == [100])
        for counts in [[1, 2, 4], [3, 3, 1, 0], [7, 7, 7, 7, 7, 7], [1, 997, 2], [13, 0, 5, 5]] {
            #expect(TextScreens.wholePercents(counts).reduce(0, +) == 100, "\(counts)")
        }
    }

    @Test func theNotesAreOnRequestOnlyAndALearnerNeverSeesThem() throws {
        let vote = try Self.vote()
        let lesson = GroupTestPack.pack.lessons[0]
        let forFacilitator = screens.step(vote, lesson: lesson, pack: GroupTestPack.pack, style: Self.style())
        #expect(forFacilitator.contains("VOTE"))
        #expect(!forFacilitator.contains("No wrong answer"), "the class reads this screen")
        #expect(forFacilitator.contains("n your notes · d disclosure card"))
        #expect(forFacilitator.contains("a. Tell an adult"))
        #expect(forFacilitator.contains("Type the tally, like a=12 b=5 c=3, or v"))
        var withNotesScreen = Self.style()
        withNotesScreen.hasNotesScreen = true
        let shared = screens.step(vote, lesson: lesson, pack: GroupTestPack.pack, style: withNotesScreen)
        #expect(!shared.contains("n your notes"), "the notes are on the other screen already")
        let notes = screens.facilitatorNotes(vote, lesson: lesson, pack: GroupTestPack.pack, style: Self.style())
        #expect(notes.contains("Together · step 2 of 5"))
        #expect(notes.contains("For the facilitator (not to read out):\n\nNo wrong answer here."))
        #expect(screens.facilitatorNotes(try Self.step(at: 0), lesson: lesson, pack: GroupTestPack.pack,
            style: Self.style()) == "", "a text has no notes")
        let forLearner = screens.step(vote, lesson: lesson, pack: GroupTestPack.pack, style: Self.style(audience: .learner))
        #expect(!forLearner.contains("No wrong answer"))
        #expect(!forLearner.contains("disclosure"))
        #expect(!forLearner.contains("notes"))
        #expect(forLearner.contains("1. Tell an adult"))
    }

    @Test(arguments: ["en", "uk", "ru"])
    func theGroupSummaryIsAddressedToTheGroup(language: String) throws {
        let (end, _, _, _) = try play(["", "", "a=12 b=5 c=3", "", "", "", "1"], language: language)
        guard case .finished(let result) = end else { Issue.record("ended \(end)"); return }
        let summary = screens.summary(result, lesson: GroupTestPack.pack.lessons[0], pack: GroupTestPack.pack,
            style: Self.style(60, language))
        let group = ["en": "The group's answers: 1 of 1 points (100%)", "uk": "Відповіді групи: 1 з 1 балів (100%)",
            "ru": "Ответы группы: 1 из 1 баллов (100%)"][language]!
        #expect(summary.contains(group), "\n\(summary)")
        for singular in ["You scored", "Твій", "Твой", "Well done", "молодець", "молодец", "Passed", "Next:"] {
            #expect(!summary.contains(singular), "\(singular) in\n\(summary)")
        }
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
    func theOpeningHasTheContentNoteAndGroundRules(language: String) throws {
        let opening = screens.opening(pack: GroupTestPack.pack, style: Self.style(40, language, audience: .learner))
        let pack = GroupTestPack.pack
        #expect(opening.contains(pack.contentNote!.text(in: language, fallback: "en")))
        for rule in pack.groundRules where rule.audience != .group {
            #expect(opening.contains(rule.text.text(in: language, fallback: "en")))
        }
        let groupRule = try #require(pack.groundRules.first { $0.audience == .group }).text.text(in: language, fallback: "en")
        #expect(!Self.folded(opening).contains(groupRule), "a rule for a group, shown to a learner alone")
        let forGroup = screens.opening(pack: pack, style: Self.style(80, language))
        #expect(Self.folded(forGroup).contains(groupRule))
        #expect(opening.contains(PlayerWords.text(.pressEnterToBegin, language: language).prefix(10)))
        Self.expectFits(opening, width: 40)
        #expect(screens.opening(pack: PlayerTestPack.pack, style: Self.style()).isEmpty, "no note, no rules: no opening")
    }

    // MARK: - The loop

    /// Text with each run of white space as one space, as a wrapped line reads.
    private static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func loop(language: String = "en") -> PlayLoop {
        PlayLoop(
            renderer: TextScreens(), style: Self.style(60, language), country: nil,
            clock: { Date(timeIntervalSince1970: 5) })
    }

    private func play(
        _ lines: [String], language: String = "en", present: Int? = nil, votes: MemoryVotes? = nil
    ) throws -> (PlayLoop.End, EventLog, ScriptedIO, LessonSession) {
        var session = try GroupTestPack.session(language: language)
        let io = ScriptedIO(lines)
        let log = EventLog()
        var loop = Self.loop(language: language)
        loop.present = present
        let end = try loop.run(&session, io: io, recorder: log, votes: votes)
        return (end, log, io, session)
    }

    @Test func aGroupLessonRunsWithATallyDiscussionAndRolePlay() throws {
        let (end, log, io, session) = try play(["", "", "1", "a=12 b=5 c=3", "", "", "", "1"])
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

    @Test func votesTakenOneByOneAreSecretCountedAndStrayLinesAreNot() throws {
        let (_, log, io, _) = try play(["", "", "v", "a", "b", "zz", "2", "", "", "q"])
        #expect(log.events.map { $0.0.event } .contains(.tallied(stepId: "v1", counts: ["tell": 1, "block": 2])))
        #expect(io.written.contains("Counted: 3"))
        #expect(io.written.contains("That is not one of the letters"))
        #expect(io.written.contains("Result (votes: 3)"))
        #expect(io.secretLines == ["a", "b", "zz", "2", ""], "every line of the vote is read unseen")
        let counted = try #require(io.written.range(of: "Counted: 3"))
        #expect(!io.written[..<counted.lowerBound].contains("Result"), "no tally before the vote is closed")
    }

    @Test func specificTallyProblemsAreNamed() throws {
        let (_, _, io, _) = try play(["", "", "b=abc", "d=4", "a=1 a=2", "a=2 c 1", "q"])
        let shown = Self.folded(io.written)
        #expect(shown.contains("b=abc: the count is not a number. Type the tally like a=12 b=5 c=3."))
        #expect(shown.contains("d is not an option of this vote; its options are a, b, c."))
        #expect(shown.contains("a is given twice; give each option once, like a=12 b=5 c=3."))
        #expect(shown.contains("c 1: put = between the option and its count, like c=1."))
    }

    @Test func theChartStaysUntilEnterAndCCorrectsTheTally() throws {
        let votes = MemoryVotes()
        let (end, log, io, _) = try play(["", "", "a=30", "c", "a=3 b=2", "", "q"], present: 25, votes: votes)
        #expect(end.isQuitForTest)
        let tallies = log.events.compactMap { if case .tallied(_, let counts) = $0.0.event { counts } else { nil } }
        #expect(tallies == [["tell": 3, "block": 2]], "the corrected tally only")
        #expect(Self.folded(io.written).contains("30 votes, but 25 people are here. Check the tally; c corrects it."))
        #expect(io.written.components(separatedBy: "but 25 people are here").count == 2, "only the tally over 25")
        #expect(io.written.contains("Enter: keep this result and go on · c: correct it"))
        #expect(votes.kept == nil, "nothing kept once the tally is recorded")
    }

    @Test func votesTakenOneByOneSurviveTheEndOfInputAndAStop() throws {
        let votes = MemoryVotes()
        let (end, log, _, session) = try play(["", "", "v", "a", "b", "b"], votes: votes)
        guard case .endOfInput = end else { Issue.record("ended \(end)"); return }
        #expect(!log.events.contains { if case .tallied = $0.0.event { true } else { false } })
        #expect(votes.kept?.stepId == "v1")
        #expect(votes.kept?.counts == ["tell": 1, "block": 2])
        // The next run goes on with the votes kept, and a stop at the chart keeps them too.
        var again = session
        var loop = Self.loop()
        loop.showsOpening = false
        let stopped = ScriptedIO(["c", "", "q"])
        #expect(try loop.run(&again, io: stopped, recorder: log, votes: votes).isQuitForTest)
        #expect(Self.folded(stopped.written).contains("3 votes taken before were kept. Go on taking votes one by one."))
        #expect(stopped.written.contains("Result (votes: 4)"))
        #expect(votes.kept?.counts == ["tell": 1, "block": 2, "report": 1])
        let closed = ScriptedIO(["", "", "q"])
        _ = try loop.run(&again, io: closed, recorder: log, votes: votes)
        #expect(log.events.contains { $0.0.event == .tallied(stepId: "v1", counts: ["tell": 1, "block": 2, "report": 1]) })
        #expect(votes.kept == nil)
    }

    @Test func theCardAndHelpAreOpenDuringAVoteAndTheCardIsShownAside() throws {
        let (_, log, io, _) = try play(["", "", "v", "a", "!", "", "?", "", "b", "", "", "q"])
        #expect(log.events.contains { $0.0.event == .tallied(stepId: "v1", counts: ["tell": 1, "block": 1]) })
        #expect(io.aside.contains("If a child tells you about harm"), "the card is shown aside")
        #expect(!io.shared.contains("If a child tells you about harm"), "never on the class's screen")
        #expect(io.shared.contains("116 111"), "help, on the class's screen")
        #expect(io.secretLines == ["a", "!", "?", "b", ""])
    }

    @Test func notesGoToTheNotesScreenWhenThereIsOne() throws {
        var session = try GroupTestPack.session()
        var loop = Self.loop()
        var notes: [String] = []
        loop.notesScreen = { notes.append($0) }
        let io = ScriptedIO(["", "", "d", "q"])
        _ = try loop.run(&session, io: io, recorder: EventLog())
        #expect(notes.count == 2)
        #expect(notes.first?.contains("No wrong answer here.") == true)
        #expect(notes.last?.contains("If a child tells you about harm") == true)
        #expect(!io.written.contains("No wrong answer here."))
        #expect(!io.written.contains("If a child tells you about harm"))
        #expect(io.written.contains("(on your notes screen)"))
        // Without one, n shows them aside.
        let (_, _, aside, _) = try play(["", "", "n", "", "q"])
        #expect(aside.aside.contains("No wrong answer here."))
        #expect(!aside.shared.contains("No wrong answer here."))
    }

    @Test func theNotesScreenIsDrawnToItsOwnWidthAndTheCardThereAsksForNothing() throws {
        var session = try GroupTestPack.session()
        var loop = Self.loop()
        loop.style.width = 120
        var notes: [String] = []
        loop.notesScreen = { notes.append($0) }
        loop.notesWidth = { 30 }
        _ = try loop.run(&session, io: ScriptedIO(["", "", "d", "q"]), recorder: EventLog())
        let card = try #require(notes.last)
        #expect(Self.folded(card).contains("If a child tells you about harm"))
        let lines = notes.flatMap { $0.components(separatedBy: "\n") }
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= 30 }, "\(lines)")
        #expect(!card.contains("Press Enter"), "nothing is typed on the notes screen: \(card)")
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
