// Linux only, as `PseudoTerminal` is.
#if canImport(Glibc)
import Foundation
import Glibc
import Testing

/// The player's screens on a real terminal: a resized window and a long help screen.
@Suite final class InteractiveScreensTests {
    let folder: URL
    var environment: [String: String]

    init() throws {
        folder = try TestFolder.make("pty-screens")
        environment = TestFolder.terminalEnvironment(folder)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func play(rows: Int, columns: Int) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            arguments: ["play", "being-kind-online", "--age", "11", "--lesson", "unkind-online", "--lang", "en"],
            environment: environment, rows: rows, columns: columns)
        _ = try terminal.waitFor("Press Enter to begin")
        try terminal.send("\n")
        _ = try terminal.waitFor("Your answer:")
        return terminal
    }

    /// The lines a terminal shows, `\r\n` or `\n` apart.
    private static func shownLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    }

    @Test func errorsAndTheWayBackAreWrappedBetweenWordsAt40Columns() throws {
        let refused = try PseudoTerminal(
            arguments: ["play", "pressure-and-threats", "--age", "11", "--lang", "en"], environment: environment,
            rows: 30, columns: 40)
        #expect(try refused.waitForExit() == .code(2))
        let error = Self.shownLines(refused.transcript).filter { !$0.isEmpty }
        #expect(error.first == "error: “Pressure and threats” is for", "\(error)")
        #expect(error.allSatisfy { $0.count <= 40 }, "\(error)")
        #expect(error.joined(separator: " ").contains("For age 11 there are: being-kind-online (Being kind online"))

        let terminal = try play(rows: 30, columns: 40)
        try terminal.interrupt()
        #expect(try terminal.waitForExit() == .code(130))
        let shown = Self.shownLines(terminal.transcript)
        let saved = try #require(shown.lastIndex { $0.hasPrefix("Saved.") }, "\(shown)")
        let end = Array(shown[saved...]).filter { !$0.isEmpty }
        #expect(end.allSatisfy { $0.count <= 40 }, "\(end)")
        #expect(end.contains("oberih play being-kind-online \\"), "\(end)")
        #expect(end.contains { $0.hasPrefix("  --code ") && $0.hasSuffix(" --lang en") }, "\(end)")
    }

    @Test func aResizedWindowGetsScreensThatFitIt() throws {
        let terminal = try play(rows: 40, columns: 100)
        try terminal.resize(rows: 40, columns: 40)
        try terminal.send("\n")
        // The resize may redraw step 1 first (see the next test), or come after the Enter.
        let shown = try terminal.waitFor(#/step 2 of[\s\S]*?Your answer:/#, describedAs: "step 2")
        let lines = shown.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.contains("step 2 of") })
        let next = lines[header...].joined(separator: "\n")
        let widest = next.components(separatedBy: "\n").map(\.count).max() ?? 0
        #expect(widest <= 40, "a line of \(widest) columns after the resize:\n\(next)")
        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
    }

    @Test func aResizeAtAStepsPromptRedrawsTheStepToTheNewWidthAndKeepsWhatWasTyped() throws {
        let terminal = try play(rows: 40, columns: 100)
        #expect(terminal.transcript.components(separatedBy: "\n").contains { $0.count > 40 }, "a wide screen first")
        try terminal.send("zz")
        try terminal.waitFor("zz")
        // TIOCSWINSZ on the master: the kernel sends SIGWINCH to the program. No Enter.
        try terminal.resize(rows: 40, columns: 40)
        let redrawn = try terminal.waitFor("Your answer: zz")
        #expect(redrawn.contains("step 1 of"), "the same step again:\n\(redrawn)")
        let raw = terminal.rawTranscript
        let clear = try #require(raw.range(of: "\u{1B}[2J", options: .backwards), "the screen was cleared")
        let screen = PseudoTerminal.strippingEscapes(String(raw[clear.upperBound...]))
        let widest = screen.components(separatedBy: "\n").map(\.count).max() ?? 0
        #expect(widest <= 40, "a line of \(widest) columns after the resize:\n\(screen)")
        // What was typed is still the line: Ctrl-U clears it, and q quits.
        try terminal.send("\u{15}q\n")
        #expect(try terminal.waitForExit() == .code(0))
    }

    @Test func aLongHelpScreenPagesAndQComesBack() throws {
        let terminal = try play(rows: 12, columns: 80)
        try terminal.send("h\n")
        let first = try terminal.waitFor("Enter: more · q: back")
        #expect(first.components(separatedBy: "\n").count <= 12, "the first page fits the window:\n\(first)")
        try terminal.send("\n")
        _ = try terminal.waitFor("Enter: more · q: back")
        try terminal.send("q\n")
        let back = try terminal.waitFor("Your answer:")
        #expect(back.contains("step 1 of"), "back at the same step:\n\(back)")
        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
    }
}
#endif
