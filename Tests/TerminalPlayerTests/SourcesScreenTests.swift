import Foundation
import LessonEngine
import LessonPack
import Testing

@testable import TerminalPlayer

/// `i` at a step that has sources (`step/@sources`): read only there, offered only there,
/// shown as "Where this comes from", and back to the same step with nothing recorded.
/// On `PlayerTestPack`'s lesson "sourced": a text naming two sources, then a question of
/// ten options naming one.
@Suite struct SourcesScreenTests {
    private let screens = TextScreens()

    private static func style(_ width: Int, _ language: String, plain: Bool = false) -> ScreenStyle {
        ScreenStyle(width: width, language: language, usesColor: false, isPlain: plain)
    }

    /// The text step, or the question after it.
    private static func sourced(question: Bool = false, language: String = "en", mode: SessionMode = .individual)
        throws -> PresentedStep
    {
        var session = try LessonSession.start(
            pack: PlayerTestPack.pack, lessonId: "sourced", learner: Learner(age: 14, language: language, country: "UA"),
            mode: mode, seed: 1, at: Date(timeIntervalSince1970: 0))
        if question { _ = try session.continueOn(at: Date(timeIntervalSince1970: 1)) }
        return try #require(session.currentStep)
    }

    // MARK: - Reading `i`

    @Test func iIsTheSourcesAtAStepThatHasThem() throws {
        let info = try Self.sourced()
        for line in ["i", "I", " i ", "і"] {
            #expect(AnswerInput.parse(line, for: info) == .sources, "\(line.debugDescription)")
        }
        // Ten options: the option letter i (9) is taken by the command, so 9 is typed as 9.
        let question = try Self.sourced(question: true)
        #expect(AnswerInput.parse("i", for: question) == .sources)
        #expect(AnswerInput.parse("9", for: question) == .answer(.choice("s9")))
        #expect(FacilitatorInput.parse("i", for: question) == .sources, "a group has it too")
    }

    @Test func iIsNoCommandAtAStepWithoutSources() throws {
        let many = try PlayerTestPack.presented("many", order: (1...20).map { "o\($0)" })
        #expect(AnswerInput.parse("i", for: many) == .answer(.choice("o9")), "the option letter i, as before")
        #expect(AnswerInput.parse("і", for: many) == .answer(.choice("o9")))
        let info = try PlayerTestPack.presented("info")
        #expect(AnswerInput.parse("i", for: info) == .invalid(.pressEnter))
        #expect(!AnswerInput.commandLine(for: info).contains("i "))
    }

    @Test func theCommandLineOffersSourcesOnlyWhereThereAreSome() throws {
        #expect(AnswerInput.commandLine(for: try Self.sourced()) == "h help · i sources · s skip · q save and quit")
        #expect(
            AnswerInput.commandLine(for: try Self.sourced(language: "uk"))
                == "h допомога · i джерела · s пропустити · q зберегти й вийти")
        #expect(AnswerInput.commandLine(for: try Self.sourced(language: "ru")).contains("i источники"))
        let step = screens.step(
            try Self.sourced(), lesson: PlayerTestPack.pack.lessons.first { $0.id == "sourced" }!,
            pack: PlayerTestPack.pack, style: Self.style(60, "en"))
        #expect(step.contains("i sources"), "\(step)")
    }

    // MARK: - The screen

    @Test func theScreenListsEachSourceWithItsAddress() throws {
        let screen = screens.sources(try Self.sourced(), pack: PlayerTestPack.pack, style: Self.style(40, "en"))
        let expected = """

            Where this comes from

            • National Cyber Security Centre (UK),
              "Top tips for staying secure online".
              https://www.ncsc.gov.uk/collection/top
              -tips-for-staying-secure-online

            • Child Helpline International: 116 111
              is kept for child helplines across the
              EU (2007).
              https://childhelplineinternational.org
              /

            Press Enter to go back to where you were

            """
        #expect(screen == expected, "\n--- got:\n\(screen)--- expected:\n\(expected)")
    }

    @Test func theHeadingIsInThePlayersLanguageAndPlainModeHasNoBullets() throws {
        let uk = screens.sources(
            try Self.sourced(language: "uk"), pack: PlayerTestPack.pack, style: Self.style(60, "uk", plain: true))
        #expect(uk.hasPrefix("\nЗвідки це відомо\n"), "\(uk)")
        #expect(uk.contains("Натисни Enter, щоб повернутися на те саме місце"))
        #expect(!uk.contains("•"), "no decoration in plain mode")
        let ru = screens.sources(try Self.sourced(language: "ru"), pack: PlayerTestPack.pack, style: Self.style(60, "ru"))
        #expect(ru.hasPrefix("\nОткуда это известно\n"), "\(ru)")
        // Only the step's own sources: the question names one.
        let question = screens.sources(
            try Self.sourced(question: true), pack: PlayerTestPack.pack, style: Self.style(60, "en"))
        #expect(question.contains("National Cyber Security Centre"))
        #expect(!question.contains("Child Helpline International"))
    }

    // MARK: - In the loop

    private func play(_ lines: [String], mode: SessionMode = .individual) throws -> (PlayLoop.End, EventLog, ScriptedIO) {
        var session = try LessonSession.start(
            pack: PlayerTestPack.pack, lessonId: "sourced", learner: Learner(age: 14, language: "en", country: "UA"),
            mode: mode, seed: 1, at: Date(timeIntervalSince1970: 0))
        let io = ScriptedIO(lines)
        let log = EventLog()
        var style = Self.style(60, "en")
        if mode == .group { style.audience = .facilitator }
        let loop = PlayLoop(renderer: screens, style: style, country: nil, clock: { Date(timeIntervalSince1970: 5) })
        return (try loop.run(&session, io: io, recorder: log), log, io)
    }

    @Test func iThenEnterComesBackToTheSameStepAndRecordsNothing() throws {
        // i, Enter (back), Enter (on from the text), i, Enter (back), 9 (the answer).
        let (end, log, io) = try play(["i", "", "", "i", "", "9"])
        guard case .finished = end else { Issue.record("ended \(end)"); return }
        #expect(
            log.events.map(\.0.event) == [
                .continued(stepId: "sourced-info"), .answered(stepId: "q-sourced", answer: .choice("s9")),
            ])
        #expect(io.written.components(separatedBy: "Where this comes from").count == 3, "shown twice")
        #expect(io.written.components(separatedBy: "Three random words").count == 3, "the text again after it")
        #expect(io.unread.isEmpty)
    }

    @Test func aGroupSeesTheSourcesOnTheSharedScreen() throws {
        let (end, log, io) = try play(["i", "", "", "9"], mode: .group)
        guard case .finished = end else { Issue.record("ended \(end)"); return }
        #expect(log.events.map(\.0.event).count == 2, "the text and the group's answer, nothing for i")
        #expect(io.written.contains("Where this comes from"))
        #expect(!io.aside.contains("Where this comes from"), "sources are no secret")
    }

    @Test func theEndOfInputOnTheSourcesScreenSavesAndStops() throws {
        let (end, log, _) = try play(["i"])
        guard case .endOfInput = end else { Issue.record("ended \(end)"); return }
        #expect(log.events.isEmpty)
    }
}
