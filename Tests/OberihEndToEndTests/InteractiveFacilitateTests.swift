// Linux only, as `PseudoTerminal` is.
#if canImport(Glibc)
import Foundation
import Glibc
import Testing

/// `oberih facilitate` on a pseudo-terminal: a class's secret vote as the projected screen
/// shows it, an aside, and Ctrl-C in the middle of the vote.
@Suite final class InteractiveFacilitateTests {
    let folder: URL
    var environment: [String: String]

    init() throws {
        folder = try TestFolder.make("pty-facilitate")
        environment = TestFolder.terminalEnvironment(folder)
        let created = try OberihProcess.run(["cohort", "create", "7-B"], environment: environment)
        #expect(created.exitCode == 0, "\(created.standardError)")
        let added = try OberihProcess.run(
            ["learner", "add", "--cohort", "7-B", "--age", "13", "--count", "4"], environment: environment)
        #expect(added.exitCode == 0, "\(added.standardError)")
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    static let arguments = ["facilitate", "being-kind-online", "--cohort", "7-B", "--lesson", "unkind-online"]

    /// Answers the question of how many are here, then goes from the opening to the vote
    /// (step 6: five skips).
    func reachTheVote(_ terminal: PseudoTerminal) throws {
        _ = try terminal.waitFor("Enter for 4 (the whole cohort)")
        try terminal.send("\n")
        _ = try terminal.waitFor("Press Enter to begin")
        try terminal.send("\n")
        for _ in 0..<5 {
            _ = try terminal.waitFor("The group's answer:")
            try terminal.send("s\n")
        }
        _ = try terminal.waitFor("step 6 of 10")
        _ = try terminal.waitFor("The group's answer:")
    }

    @Test func aVoteIsSecretTheCardIsAsideAndCtrlCKeepsTheVotes() throws {
        let terminal = try PseudoTerminal(arguments: Self.arguments, environment: environment, columns: 80)
        try reachTheVote(terminal)
        try terminal.send("v\n")
        _ = try terminal.waitFor("An empty line ends the vote.")
        try terminal.send("b\n")
        let first = try terminal.waitFor("Counted: 1")
        #expect(!first.contains("b"), "the vote was echoed: \(first.debugDescription)")
        try terminal.send("d\n")
        let second = try terminal.waitFor("Counted: 2")
        #expect(!second.contains("d\n") && !second.hasPrefix("d"), "the vote was echoed: \(second.debugDescription)")
        // The card, on the alternate screen, and back.
        try terminal.send("!\n")
        _ = try terminal.waitFor("If a child tells you about harm")
        #expect(terminal.rawTranscript.contains("\u{1B}[?1049h"), "the class's screen is put away")
        // The card is longer than 24 rows: it pages, and q comes back from any page.
        _ = try terminal.waitFor("Enter: more · q: back")
        try terminal.send("q\n")
        _ = try terminal.waitFor("An empty line ends the vote.")
        #expect(terminal.rawTranscript.contains("\u{1B}[?1049l"), "and brought back")
        try terminal.send("a\n")
        _ = try terminal.waitFor("Counted: 3")
        // Ctrl-C while the next vote is typed unseen: echo comes back, the votes are kept.
        try terminal.interrupt()
        // The way on, with the options given (the default store is found again).
        _ = try terminal.waitFor(
            #/The group's session is saved\. To go on:\s+oberih facilitate being-kind-online --lesson unkind-online --cohort '7-B'\s/#)
        #expect(try terminal.waitForExit() == .code(130))
        let settings = try terminal.attributes()
        #expect(settings.c_lflag & tcflag_t(ECHO) != 0, "echo is off after Ctrl-C")
        #expect(!terminal.transcript.contains("Result (votes"), "no tally before the vote is closed")

        let again = try PseudoTerminal(arguments: Self.arguments + ["--present", "4"], environment: environment, columns: 80)
        _ = try again.waitFor("Press Enter to begin")
        try again.send("\n")
        _ = try again.waitFor("3 votes taken before were kept.")
        try again.send("\n")
        _ = try again.waitFor("Result (votes: 3)")
        try again.send("\n")
        _ = try again.waitFor("step 7 of 10")
        try again.send("q\n")
        #expect(try again.waitForExit() == .code(0))
    }

    @Test func secretVotesStaySecretWithLineEditingAndTypedAheadVotesAreNotEchoed() throws {
        let terminal = try PseudoTerminal(arguments: Self.arguments, environment: environment, columns: 80)
        try reachTheVote(terminal)
        try terminal.send("v\n")
        _ = try terminal.waitFor("An empty line ends the vote.")
        // A typo rubbed out, then b: counted, and nothing of it drawn.
        try terminal.send("x\u{7F}b\n")
        _ = try terminal.waitFor("Counted: 1")
        // Two more at once, typed ahead while the first is counted.
        try terminal.send("a\nc\n")
        _ = try terminal.waitFor("Counted: 3")
        let raw = terminal.rawTranscript
        // After the vote's instructions ("… q save and stop"): only the counts.
        let start = try #require(raw.range(of: "and stop", options: .backwards)).upperBound
        let duringTheVote = String(raw[start...])
        #expect(duringTheVote.contains("Counted: 2"))
        for typed in ["x", "b", "a", "c"] {
            #expect(!duringTheVote.contains(typed), "\(typed) was shown: \(duringTheVote.debugDescription)")
        }
        try terminal.send("\n")
        _ = try terminal.waitFor("Result (votes: 3)")
        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
        let settings = try terminal.attributes()
        for (flag, name) in [(ICANON, "ICANON"), (ECHO, "ECHO"), (ISIG, "ISIG")] {
            #expect(settings.c_lflag & tcflag_t(flag) != 0, "\(name) is off after q")
        }
    }

    @Test func whatIsTypedAheadPastTheEndOfASecretVoteIsLetGo() throws {
        let terminal = try PseudoTerminal(arguments: Self.arguments, environment: environment, columns: 80)
        try reachTheVote(terminal)
        try terminal.send("v\n")
        _ = try terminal.waitFor("An empty line ends the vote.")
        try terminal.send("b\n")
        _ = try terminal.waitFor("Counted: 1")
        // The empty line ends the vote; a "c" typed right after it (a vote, not meant for
        // the result's prompt) must not correct the tally nor show on the class's screen.
        try terminal.send("\nc\n")
        _ = try terminal.waitFor("Result (votes: 1)")
        _ = try terminal.waitFor("c: correct it")
        try terminal.send("\n")
        _ = try terminal.waitFor("step 7 of 10")
        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
    }
}
#endif
