// Linux only, as `PseudoTerminal` is.
#if canImport(Glibc)
import Foundation
import Glibc
import Testing

/// Line editing at the answer prompt on a terminal: keys as a keyboard sends them.
extension InteractivePlayTests {
    static let left = "\u{1B}[D"
    static let up = "\u{1B}[A"

    @Test func leftArrowAndBackspaceFixATypoAndTheFixedAnswerIsTaken() throws {
        let terminal = try play(["--age", "11", "--lesson", Self.survey])
        let code = try learnerCode(in: try reachAnswerPrompt(terminal))
        // "x3": Left, Backspace takes the x; "3" is an answer, "x" and "x3" are not.
        let next = try answer("x3" + Self.left + "\u{7F}", on: terminal)
        #expect(Step(in: next)?.number == 2, "the fixed answer moved on:\n\(next)")
        #expect(!next.contains("↳"), "no line about what fits:\n\(next)")
        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
        #expect(try attempts(of: code).first?["eventCount"] as? Int == 2, "started and one answer")
    }

    @Test func upRecallsThePreviousLine() throws {
        let terminal = try play(["--age", "11", "--lesson", Self.survey])
        _ = try reachAnswerPrompt(terminal)
        _ = try answer("4", on: terminal)
        try terminal.send(Self.up)
        let recalled = try terminal.waitFor("4")
        #expect(recalled.trimmingCharacters(in: .whitespaces) == "4", "the prompt shows it: \(recalled.debugDescription)")
        let next = try answer("", on: terminal)
        #expect(Step(in: next)?.number == 3, "the recalled 4 answered step 2:\n\(next)")
        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
        // Put back after the last line: the shell gets its terminal as it was.
        let settings = try terminal.attributes()
        for (flag, name) in [(ICANON, "ICANON"), (ECHO, "ECHO"), (ISIG, "ISIG")] {
            #expect(settings.c_lflag & tcflag_t(flag) != 0, "\(name) is off after q")
        }
    }

    @Test func ctrlCAtTheFirstQuestionPutsTheTerminalBack() throws {
        let terminal = try play([])
        _ = try terminal.waitFor("Type your code")
        try terminal.send("K7")
        // The echo, not the prompt's own "(like K7M-4QX)".
        try terminal.waitFor("first time: K7")
        try terminal.interrupt()
        #expect(try terminal.waitForExit() == .code(130))
        let settings = try terminal.attributes()
        for (flag, name) in [(ICANON, "ICANON"), (ECHO, "ECHO"), (ISIG, "ISIG")] {
            #expect(settings.c_lflag & tcflag_t(flag) != 0, "\(name) is off after Ctrl-C")
        }
    }

    /// Waits until the terminal's echo is `on` (or off), as a stop or a `fg` leaves it.
    private func waitForEcho(_ on: Bool, on terminal: PseudoTerminal) throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if (try terminal.attributes().c_lflag & tcflag_t(ECHO) != 0) == on { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @Test func ctrlZGivesTheShellItsEchoAndFgTakesItBackAndRedraws() throws {
        let terminal = try play(["--age", "11", "--lesson", Self.survey])
        _ = try reachAnswerPrompt(terminal)
        terminal.kill(SIGTSTP)
        #expect(try waitForEcho(true, on: terminal), "stopped: the shell's settings are back")
        terminal.kill(SIGCONT)
        #expect(try waitForEcho(false, on: terminal), "on fg the editor's settings are back before anything is typed")
        // The step is drawn again, and an answer still works.
        _ = try terminal.waitFor(#/step 1 of[\s\S]*Your answer:/#, describedAs: "step 1 redrawn")
        let next = try answer("3", on: terminal)
        #expect(Step(in: next)?.number == 2, "\(next)")
        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
        #expect(try terminal.attributes().c_lflag & tcflag_t(ECHO) != 0)
    }

    @Test func arrowAndFunctionKeysAreNotTypedIntoTheAnswer() throws {
        let terminal = try play(["--age", "11", "--lesson", Self.survey])
        _ = try reachAnswerPrompt(terminal)
        // Right at the end, Ctrl-Left, F1, Page Up: none of them is text.
        let next = try answer("\u{1B}[C\u{1B}[1;5D\u{1B}OP\u{1B}[5~3", on: terminal)
        #expect(Step(in: next)?.number == 2, "3 was the answer:\n\(next)")
        #expect(!next.contains("↳"), "not an invalid line:\n\(next)")
        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
    }
}
#endif
