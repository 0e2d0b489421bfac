// Linux only, as `PseudoTerminal` is.
#if canImport(Glibc)
import Foundation
import Glibc
import Testing

/// `oberih play` on a pseudo-terminal: the interactive path of the player.
@Suite final class InteractivePlayTests {
    static let pack = "being-kind-online"
    /// A lesson of short steps that all take a number from 1 to 5.
    static let survey = "survey-before"
    /// A lesson of long texts, questions and feedback.
    static let lesson = "unkind-online"
    /// What the player says on a resume and on Ctrl-C, in English.
    static let goingOn = "Going on where you stopped."
    /// In a lesson, Ctrl-C gives the learner's code and the command to go on.
    static let savedOnInterrupt = "Saved. Your code is "

    let folder: URL
    var environment: [String: String]

    init() throws {
        folder = try TestFolder.make("pty")
        environment = TestFolder.terminalEnvironment(folder)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: - Helpers

    /// `oberih play PACK arguments --lang language` on a new terminal, tall enough that
    /// help is one page (paging has its own tests in `InteractiveScreensTests`).
    func play(
        _ arguments: [String], language: Words = .en, columns: Int = 80, rows: Int = 400,
        changing changes: [String: String?] = [:]
    ) throws -> PseudoTerminal {
        var environment = environment
        environment["LANG"] = language.locale
        environment["LC_ALL"] = language.locale
        for (name, value) in changes { environment[name] = value }
        return try PseudoTerminal(
            arguments: ["play", Self.pack] + arguments + ["--lang", language.code], environment: environment,
            rows: rows, columns: columns)
    }

    /// Waits for the answer prompt, pressing Enter at the session's opening screen (the
    /// pack's content note and ground rules) if there is one. Returns what was shown.
    func reachAnswerPrompt(_ terminal: PseudoTerminal, _ words: Words = .en) throws -> String {
        var shown = ""
        for _ in 0..<3 {
            shown += try terminal.waitFor(words.answerOrOpening)
            if shown.hasSuffix(words.answerPrompt) { return shown }
            try terminal.send("\n")
        }
        throw PseudoTerminal.Failure("no answer prompt after the opening:\n\(terminal.transcript)")
    }

    /// Types `line` and Enter, and waits for the next answer prompt.
    func answer(_ line: String, on terminal: PseudoTerminal, _ words: Words = .en) throws -> String {
        try terminal.send(line + "\n")
        return try terminal.waitFor(words.answerPrompt)
    }

    func learnerCode(in shown: String) throws -> String {
        String(try #require(shown.firstMatch(of: #/Your code is ([2-9A-Z]{3}-[2-9A-Z]{3})/#)).1)
    }

    /// The learner's attempts, from `oberih learner show CODE --json`.
    func attempts(of code: String) throws -> [[String: Any]] {
        let show = try OberihProcess.run(["learner", "show", code, "--json"], environment: environment)
        let document = try JSONSerialization.jsonObject(with: Data(show.standardOutput.utf8)) as? [String: Any]
        return try #require(document?["attempts"] as? [[String: Any]], "\(show.standardError)")
    }

    // MARK: - Tests

    @Test func ctrlCAtAPromptSavesExits130AndTheNextRunGoesOnAtTheSameStep() throws {
        let first = try play(["--age", "11", "--lesson", Self.survey])
        let code = try learnerCode(in: try reachAnswerPrompt(first))
        let second = try #require(Step(in: try answer("3", on: first)), "\(first.transcript)")
        #expect(second.number == 2)

        try first.interrupt()
        try first.waitFor(Self.savedOnInterrupt + code)
        #expect(try first.waitForExit() == .code(130))
        let settings = try first.attributes()
        for (flag, name) in [(ICANON, "ICANON"), (ECHO, "ECHO"), (ISIG, "ISIG")] {
            #expect(settings.c_lflag & tcflag_t(flag) != 0, "\(name) is off after Ctrl-C")
        }
        let colours = first.rawTranscript.matches(of: #/\x{1B}\[([0-9;]*)m/#).map { String($0.1) }
        #expect(colours.isEmpty || ["", "0"].contains(colours.last!), "a colour is left on: \(colours)")

        let again = try play(["--code", code, "--lesson", Self.survey])
        let shown = try reachAnswerPrompt(again)
        #expect(shown.contains(Self.goingOn), "\(shown)")
        let resumed = try #require(Step(in: shown), "\(shown)")
        #expect(resumed == second, "\(shown)")
    }

    @Test func afterSIGKILLTheNextRunGoesOnAtTheStepItWasKilledAtWithTheAnswersKept() throws {
        let first = try play(["--age", "11", "--lesson", Self.survey])
        let code = try learnerCode(in: try reachAnswerPrompt(first))
        _ = try answer("3", on: first)
        let third = try #require(Step(in: try answer("3", on: first)), "\(first.transcript)")
        #expect(third.number == 3)
        first.kill(SIGKILL)
        #expect(try first.waitForExit() == .signal(SIGKILL))

        let again = try play(["--code", code, "--lesson", Self.survey])
        let shown = try reachAnswerPrompt(again)
        #expect(try #require(Step(in: shown), "\(shown)") == third, "\(shown)")
        try again.send("q\n")
        #expect(try again.waitForExit() == .code(0))
        let attempts = try attempts(of: code)
        #expect(attempts.count == 1, "resumed, not started again: \(attempts)")
        #expect(attempts.first?["eventCount"] as? Int == 3, "started and the two answers: \(attempts)")
    }

    @Test func theHelpKeyShowsTheContactsAndEnterGoesBackToTheSameStep() throws {
        let terminal = try play(["--age", "11", "--lesson", Self.survey])
        let code = try learnerCode(in: try reachAnswerPrompt(terminal))
        let second = try #require(Step(in: try answer("3", on: terminal)), "\(terminal.transcript)")

        try terminal.send("h\n")
        try terminal.waitFor(try Self.anyContactName(language: "en"))
        let back = try answer("", on: terminal)
        #expect(Step(in: back) == second, "\(back)")
        let next = try answer("3", on: terminal)
        #expect(Step(in: next)?.number == 3, "\(next)")

        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
        #expect(try attempts(of: code).first?["eventCount"] as? Int == 3, "started and two answers, no more")
    }

    @Test(arguments: [Words.uk, .ru], [40, 80])
    func cyrillicScreensFitTheTerminalWidth(words: Words, columns: Int) throws {
        let terminal = try play(["--age", "11", "--lesson", Self.lesson], language: words, columns: columns)
        _ = try reachAnswerPrompt(terminal, words)
        // A text step or a question, help and back, input that does not fit, an answer.
        for line in ["", "h\n", "zzz", "1"] { _ = try answer(line, on: terminal, words) }
        let beforeQuit = terminal.transcript
        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
        let afterQuit = String(terminal.transcript.dropFirst(beforeQuit.count))

        // The screens: everything after the line with the new learner's code.
        let codeLine = try #require(beforeQuit.firstRange(of: #/[^\n]*[2-9A-Z]{3}-[2-9A-Z]{3}[^\n]*\n/#))
        let screens = beforeQuit[codeLine.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
        let tooWide = screens.filter { Self.columns(of: $0) > columns }
        #expect(tooWide.isEmpty, "wider than \(columns) columns:\n\(tooWide.joined(separator: "\n"))")
        let cyrillic = screens.joined().unicodeScalars.filter { (0x0400...0x04FF).contains($0.value) }
        #expect(cyrillic.count > 500, "the lesson was shown in \(words.code)")
        #expect(screens.map { Self.columns(of: $0) }.max()! > columns * 3 / 4, "text is wrapped near the width")

        // oberih's own messages too (the new code, the way back).
        let messages = beforeQuit[codeLine].split(separator: "\n") + afterQuit.split(separator: "\n")
        let wide = messages.filter { Self.columns(of: $0) > columns }
        #expect(wide.isEmpty, "wider than \(columns) columns:\n\(wide.joined(separator: "\n"))")
    }

    @Test(arguments: ColourCase.all)
    func colourOnlyWhereWanted(_ colourCase: ColourCase) throws {
        let terminal = try play(
            ["--age", "11", "--lesson", Self.survey] + colourCase.arguments, changing: colourCase.environment)
        _ = try reachAnswerPrompt(terminal)
        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
        let shown = terminal.rawTranscript
        if colourCase.isColoured {
            #expect(shown.contains("\u{1B}[1m") || shown.contains("\u{1B}[2m"), "no bold or dim:\n\(shown)")
        } else {
            #expect(shown.firstMatch(of: #/\x{1B}\[[0-9;]*m/#) == nil, "coloured:\n\(shown)")
        }
        #expect(shown.contains("▓") == colourCase.hasBars && shown.contains("░") == colourCase.hasBars, "\(shown)")
    }
}

// MARK: - What the tests read on the screen

extension InteractivePlayTests {
    /// The player's words the tests look for, in one language.
    struct Words: Sendable, CustomTestStringConvertible {
        var code: String
        var locale: String
        var answerPrompt: String
        /// The last line of the opening screen ("Press Enter to begin · …").
        var openingPrompt: String

        static let en = Words(
            code: "en", locale: "en_US.UTF-8", answerPrompt: "Your answer:", openingPrompt: "Enter to begin")
        static let uk = Words(
            code: "uk", locale: "uk_UA.UTF-8", answerPrompt: "Твоя відповідь:", openingPrompt: "Enter, щоб почати")
        static let ru = Words(
            code: "ru", locale: "ru_RU.UTF-8", answerPrompt: "Твой ответ:", openingPrompt: "Enter, чтобы начать")

        var answerOrOpening: Regex<AnyRegexOutput> {
            try! Regex([answerPrompt, openingPrompt].map(InteractivePlayTests.escaped).joined(separator: "|"))
        }

        var testDescription: String { code }
    }

    /// The step a screen shows: its progress counter and the first line of its text.
    struct Step: Equatable {
        var number: Int
        var count: Int
        var firstLine: String

        /// The last step screen in `shown`, in English ("… · step 2 of 5").
        init?(in shown: String) {
            guard let counter = shown.matches(of: #/step (\d+) of (\d+)/#).last,
                let number = Int(counter.1), let count = Int(counter.2)
            else { return nil }
            // The counter's line may go on with the bar; the step's text starts after it.
            let lines = shown[counter.range.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            guard let line = lines.dropFirst().first(where: { !$0.allSatisfy(\.isWhitespace) }) else { return nil }
            (self.number, self.count, firstLine) = (number, count, String(line))
        }
    }

    /// How a run is started, and whether its screens should be coloured and drawn.
    struct ColourCase: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var arguments: [String] = []
        var environment: [String: String?] = [:]
        var isColoured = false
        var hasBars = true

        static let all = [
            ColourCase(testDescription: "a terminal, --color auto", isColoured: true),
            ColourCase(testDescription: "NO_COLOR=1", environment: ["NO_COLOR": "1"]),
            ColourCase(testDescription: "TERM=dumb", environment: ["TERM": "dumb"]),
            ColourCase(testDescription: "--color never", arguments: ["--color", "never"]),
            ColourCase(testDescription: "--plain", arguments: ["--plain"], hasBars: false),
        ]
    }
}

extension InteractivePlayTests {
    /// Display columns: 0 for a cluster of combining marks or controls, 2 for East Asian
    /// wide and emoji, else 1 (Latin and Cyrillic). Measured without the project's
    /// `DisplayWidth`, which this target does not depend on.
    static func columns(of line: Substring) -> Int {
        line.reduce(0) { total, character in
            let zeroWidth: Set<Unicode.GeneralCategory> = [.nonspacingMark, .enclosingMark, .format, .control]
            let scalars = character.unicodeScalars
            guard let base = scalars.first(where: { !zeroWidth.contains($0.properties.generalCategory) }) else {
                return total
            }
            let wide: [ClosedRange<UInt32>] = [
                0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
            ]
            let isWide = base.properties.isEmojiPresentation || wide.contains { $0.contains(base.value) }
            return total + (isWide ? 2 : 1)
        }
    }

    /// A pattern that matches the name of any of the pack's support contacts in `language`,
    /// however the screen wraps it.
    static func anyContactName(language: String) throws -> Regex<AnyRegexOutput> {
        let file = OberihProcess.packageRoot.appendingPathComponent("Curriculum/\(pack).xml")
        let xml = try String(contentsOf: file, encoding: .utf8)
        let names = xml.matches(of: #/<contact\b[\s\S]*?<name>([\s\S]*?)</name>/#).compactMap { contact in
            contact.1.firstMatch(of: try! Regex(#"<t lang="\#(language)">([\s\S]*?)</t>"#))?[1].substring
        }
        let patterns = names.map { name in
            name.replacing("&apos;", with: "'").replacing("&quot;", with: "\"").replacing("&amp;", with: "&")
                .split(whereSeparator: \.isWhitespace).map { escaped(String($0)) }.joined(separator: #"\s+"#)
        }
        try #require(!patterns.isEmpty, "no contacts in \(file.path)")
        return try Regex(patterns.joined(separator: "|"))
    }

    /// `text` as a regular expression that matches it literally.
    static func escaped(_ text: String) -> String {
        String(text.flatMap { #"\^$.|?*+()[]{}-/"#.contains($0) ? ["\\", $0] : [$0] })
    }
}
#endif
