import Foundation
import Testing

@testable import TerminalPlayer

/// The questions before a lesson on a terminal: the code, the age, and the menus.
@Suite struct MenuTests {
    private static let style = ScreenStyle(width: 40, language: "en", usesColor: false, isPlain: false)
    private let menu = Menu(renderer: TextScreens(), style: MenuTests.style, pack: PlayerTestPack.pack)

    private static let known = ["K7M-4QX"]

    private func find(_ typed: String) -> String? {
        Self.known.first { $0 == typed.uppercased() }
    }

    @Test func aKnownCodeIsTakenAfterAWrongOne() {
        let io = ScriptedIO(["ZZZ-ZZZ", "k7m-4qx"])
        #expect(menu.askLearner(io: io, find: find) == .code("K7M-4QX"))
        #expect(io.written.contains("No one has the code ZZZ-ZZZ."))
    }

    @Test func enterMeansSomeoneNewWhoIsAskedTheirAge() {
        let io = ScriptedIO(["", "nine", "9", "19", "12"])
        #expect(menu.askLearner(io: io, find: find) == .newLearner(age: 12))
        #expect(io.written.components(separatedBy: "These lessons are for ages 10 to 18").count == 4)
    }

    @Test func aQuestionLeavesRoomForItsAnswerOnItsLastLine() {
        for (width, language) in [(80, "en"), (80, "uk"), (80, "ru"), (40, "ru")] {
            let style = ScreenStyle(width: width, language: language, usesColor: false, isPlain: false)
            let io = ScriptedIO(["q"])
            _ = Menu(renderer: TextScreens(), style: style, pack: PlayerTestPack.pack).askLearner(io: io, find: find)
            let lines = io.written.components(separatedBy: "\n")
            let prompt = lines.last { !$0.isEmpty } ?? ""
            #expect(prompt.hasSuffix(": "), "\(lines)")
            #expect(DisplayWidth.columns(of: prompt) + 10 <= width, "\(width) \(language): \(prompt)")
            #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= width })
        }
    }

    @Test func helpQuitAndTheEndOfInputWorkAtEveryQuestion() {
        let helped = ScriptedIO(["h", "", "k7m-4qx"])
        #expect(menu.askLearner(io: helped, find: find) == .code("K7M-4QX"))
        #expect(helped.written.contains("UA · Child line"), "every country's contacts, marked")
        #expect(menu.askLearner(io: ScriptedIO(["q"]), find: find) == .quit)
        #expect(menu.askLearner(io: ScriptedIO([]), find: find) == .endOfInput)
        #expect(menu.askLearner(io: ScriptedIO(["", "Q"]), find: find) == .quit)
        // The same keys on a Cyrillic layout: р is h, й is q.
        let helpedInCyrillic = ScriptedIO(["р", "", "k7m-4qx"])
        #expect(menu.askLearner(io: helpedInCyrillic, find: find) == .code("K7M-4QX"))
        #expect(helpedInCyrillic.written.contains("UA · Child line"))
        #expect(menu.askLearner(io: ScriptedIO(["й"]), find: find) == .quit)
        #expect(menu.askLearner(io: ScriptedIO(["", "й"]), find: find) == .quit)
        let entries = [MenuEntry(label: "One")]
        #expect(menu.choose("Pick", entries: entries, suggested: nil, io: ScriptedIO(["q"])) == .quit)
        #expect(menu.choose("Pick", entries: entries, suggested: nil, io: ScriptedIO([])) == .endOfInput)
    }

    @Test func aMenuTakesAnOpenNumberOrEnterForTheSuggestedOne() {
        let entries = [
            MenuEntry(label: "Survey", note: "done"),
            MenuEntry(label: "Lesson two", note: "after: Lesson one", isOpen: false),
            MenuEntry(label: "Lesson one"),
        ]
        let io = ScriptedIO(["7", "x", "2", "3"])
        #expect(menu.choose("Choose a lesson:", entries: entries, suggested: 2, io: io) == .chosen(2))
        #expect(io.written.components(separatedBy: "Type a number from 1 to 3.").count == 3)
        #expect(io.written.contains("↳ Lesson two: after: Lesson one"), "a locked lesson says why")
        #expect(menu.choose("Choose", entries: entries, suggested: 2, io: ScriptedIO([""])) == .chosen(2))
        let noSuggestion = ScriptedIO(["", "1"])
        #expect(menu.choose("Choose", entries: entries, suggested: nil, io: noSuggestion) == .chosen(0))
        #expect(noSuggestion.written.contains("Type a number from 1 to 3."))
    }

    @Test func theMenuScreen() {
        let entries = [
            MenuEntry(label: "Before we start: what do you think?", note: "done"),
            MenuEntry(label: "Pressure, secrets and getting help", note: "after: Unkind online", isOpen: false),
        ]
        let text = TextScreens().menu("Choose a lesson:", entries: entries, suggested: 0, style: Self.style)
        let expected = """

            Choose a lesson:

            1. Before we start: what do you think? —
               done
            2. Pressure, secrets and getting help —
               after: Unkind online

            Type its number, or press Enter for 1
            h help · q stop

            """
        #expect(text == expected, "\n\(text)")
    }
}
