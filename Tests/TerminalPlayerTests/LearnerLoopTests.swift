import Foundation
import LessonEngine
import LessonPack
import Testing

@testable import TerminalPlayer

/// The play loop as a learner meets it, line by line (`ScriptedIO`), on `PlayerTestPack`.
@Suite struct LearnerLoopTests {
    private let screens = TextScreens()

    private func play(_ lesson: String, _ lines: [String], language: String = "en") throws
        -> (end: PlayLoop.End, log: EventLog, io: ScriptedIO, session: LessonSession)
    {
        var session = try PlayerTestPack.session(lesson, language: language)
        let io = ScriptedIO(lines)
        let log = EventLog()
        let loop = PlayLoop(
            renderer: screens, style: ScreenStyle(width: 60, language: language, usesColor: false, isPlain: false),
            country: nil, clock: { Date(timeIntervalSince1970: 5) })
        let end = try loop.run(&session, io: io, recorder: log)
        return (end, log, io, session)
    }

    /// The position (1-based) of option `id` in the step's showing order.
    private func number(of id: String, lesson: String) throws -> String {
        let presented = try #require(try PlayerTestPack.session(lesson).currentStep)
        return String(try #require(presented.order.firstIndex(of: id)) + 1)
    }

    @Test func anEmptyLineAtASecondTryIsNoAnswerAndKeepsTheTry() throws {
        let wrong = try number(of: "b", lesson: "single")
        let right = try number(of: "a", lesson: "single")
        let (end, log, io, _) = try play("single", [wrong, "", "   ", right])
        guard case .finished(let result) = end else { Issue.record("ended \(end)"); return }
        let events = log.events.map(\.0.event)
        #expect(events == [.answered(stepId: "q-single", answer: .choice("b")), .answered(stepId: "q-single", answer: .choice("a"))])
        #expect(!events.contains(.continued(stepId: "q-single")), "Enter did not throw the try away")
        #expect(result.rawPoints > 0, "the second try counted")
        #expect(io.written.components(separatedBy: "Type the number of your answer").count == 3, "each empty line re-asks")
    }

    @Test func hAfterTheSummaryShowsHelpAndComesBackToTheSameLine() throws {
        let style = ScreenStyle(width: 60, language: "uk", usesColor: false, isPlain: false)
        let loop = PlayLoop(renderer: screens, style: style, country: "UA")
        let screen = screens.lessonEnd(
            pack: PlayerTestPack.pack, code: "K7M-4QX", command: "oberih play player-test --code K7M-4QX", style: style)
        // The command is never broken across lines.
        #expect(
            screen
                == "Твій код — K7M-4QX. Щоб повернутися:\noberih play player-test --code K7M-4QX\n"
                + "Натисни Enter, щоб завершити · h допомога\n", "\(screen)")
        let io = ScriptedIO(["h", "", "H", "", "", "left over"])
        loop.lessonEnd(PlayerTestPack.pack, screen: screen, io: io)
        #expect(io.written.components(separatedBy: "Тут є допомога").count == 3, "help twice")
        #expect(io.written.components(separatedBy: screen).count == 4, "back to the same line each time")
        #expect(io.unread == ["left over"], "Enter ends it; nothing more is read")
    }

    @Test func anOpeningTakesOneLineWhenShownAndNoneWhenThePackHasNone() throws {
        // PlayerTestPack has no content note or ground rules: the first line is the answer.
        let right = try number(of: "a", lesson: "single")
        let (end, log, io, _) = try play("single", [right])
        guard case .finished = end else { Issue.record("ended \(end)"); return }
        #expect(log.events.map(\.0.event) == [.answered(stepId: "q-single", answer: .choice("a"))])
        #expect(!io.written.contains("Press Enter to begin"))

        // GroupTestPack has both: its opening takes the first line, whatever it is, and the
        // second is the first step's.
        var session = try GroupTestPack.session(language: "en")
        let scripted = ScriptedIO(["2", "q"])
        let opened = EventLog()
        let loop = PlayLoop(
            renderer: screens, style: ScreenStyle(width: 60, language: "en", usesColor: false, isPlain: false),
            country: nil, clock: { Date(timeIntervalSince1970: 5) })
        let stopped = try loop.run(&session, io: scripted, recorder: opened)
        guard case .quit = stopped else { Issue.record("ended \(stopped)"); return }
        #expect(opened.events.isEmpty, "the line read by the opening is no answer")
        #expect(scripted.written.contains("Press Enter to begin"))
    }
}
