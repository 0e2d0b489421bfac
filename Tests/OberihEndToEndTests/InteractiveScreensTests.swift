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

    @Test func aResizedWindowGetsScreensThatFitIt() throws {
        let terminal = try play(rows: 40, columns: 100)
        try terminal.resize(rows: 40, columns: 40)
        try terminal.send("\n")
        let next = try terminal.waitFor("Your answer:")
        #expect(next.contains("step 2 of"))
        let widest = next.components(separatedBy: "\n").map(\.count).max() ?? 0
        #expect(widest <= 40, "a line of \(widest) columns after the resize:\n\(next)")
        try terminal.send("q\n")
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
