// Linux only, as `PseudoTerminal` is.
#if canImport(Glibc)
import Foundation
import Testing

/// `oberih play` with no arguments on a pseudo-terminal: the code, the age, the pack
/// and lesson menus; then `oberih facilitate` on a terminal.
@Suite final class InteractiveMenuTests {
    let folder: URL
    var environment: [String: String]

    init() throws {
        folder = try TestFolder.make("menu")
        environment = TestFolder.terminalEnvironment(folder)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func aFirstTimerAnswersTheQuestionsAndAReturnerIsOfferedTheLessonTheyStarted() throws {
        let first = try PseudoTerminal(arguments: ["play"], environment: environment, columns: 60)
        _ = try first.waitFor("first time:")
        try first.send("\n")
        _ = try first.waitFor("How old are you?")
        try first.send("30\n")
        _ = try first.waitFor("These lessons are for ages 10 to 18")
        try first.send("11\n")
        let packs = try first.waitFor("Choose a topic:")
        #expect(!packs.contains("Your code is"), "no learner is stored before a lesson can start")
        let menu = try first.waitFor("Your answer:")
        #expect(menu.contains("Being kind online"), "a pack for 11")
        #expect(!menu.contains("Pressure and threats"), "no pack outside the age: \(menu)")
        try first.send("1\n")
        let lessons = try first.waitFor("Your answer:")
        #expect(lessons.contains("press Enter for 1"))
        #expect(lessons.contains("after: "), "a locked lesson says what comes first")
        try first.send("4\n")
        let refused = try first.waitFor("Your answer:")  // a locked lesson is not started
        #expect(refused.contains("↳ ") && refused.contains("after: "), "\(refused)")
        try first.send("\n")
        // The new learner's code, once the lesson can start.
        let opening = try first.waitFor("Press Enter to begin")
        let code = String(try #require(opening.firstMatch(of: #/Your code is ([2-9A-Z]{3}-[2-9A-Z]{3})/#)).1)
        try first.send("\n")
        _ = try first.waitFor("Your answer:")
        try first.send("3\n")
        _ = try first.waitFor("Your answer:")
        try first.send("q\n")
        #expect(try first.waitForExit() == .code(0))

        let again = try PseudoTerminal(arguments: ["play"], environment: environment, columns: 60)
        _ = try again.waitFor("first time:")
        try again.send(code.lowercased().replacingOccurrences(of: "-", with: "") + "\n")
        _ = try again.waitFor("Choose a topic:")
        _ = try again.waitFor("Your answer:")
        try again.send("1\n")
        let offered = try again.waitFor("Your answer:")
        #expect(offered.contains("started") && offered.contains("press Enter for 1"), "the unfinished lesson: \(offered)")
        try again.send("\n")
        _ = try again.waitFor("Going on where you stopped.")
        _ = try again.waitFor("Press Enter to begin")
        try again.send("\n")
        let resumed = try again.waitFor("Your answer:")
        #expect(resumed.contains("step 2 of"), "at the step after the one answered: \(resumed)")
        try again.send("q\n")
        #expect(try again.waitForExit() == .code(0))
    }

    @Test func aFacilitatorTalliesAVoteOnATerminal() throws {
        #expect(try OberihProcess.run(["cohort", "create", "7-B"], environment: environment).exitCode == 0)
        let terminal = try PseudoTerminal(
            arguments: ["facilitate", "being-kind-online", "--cohort", "7-B", "--lang", "uk"], environment: environment,
            columns: 80)
        _ = try terminal.waitFor("пропустити.\n> ")
        try terminal.send("7\n")
        _ = try terminal.waitFor("d якщо дитина розповідає")
        try terminal.send("\n")
        // Skip to the vote: Enter on texts, s on questions; the vote asks for a tally.
        var shown = ""
        for _ in 0..<12 {
            shown = try terminal.waitFor("Відповідь групи:")
            if shown.contains("ГОЛОСУВАННЯ") { break }
            try terminal.send(shown.contains("Натисни Enter") ? "\n" : "s\n")
        }
        #expect(shown.contains("ГОЛОСУВАННЯ"))
        #expect(!shown.contains("Для ведучого"), "the notes are not on the class's screen")
        #expect(shown.contains("n ваші нотатки"))
        try terminal.send("a=4 b=4\n")
        let chart = try terminal.waitFor("Enter: зберегти результат і йти далі · c: виправити")
        #expect(chart.contains("Результат (голосів: 8)"))
        #expect(chart.contains("█"))
        #expect(chart.contains("Голосів: 8, а присутніх: 7."), "\(chart)")
        try terminal.send("\n")
        let next = try terminal.waitFor("Відповідь групи:")
        #expect(!next.contains("ГОЛОСУВАННЯ"), "on to the next step")
        try terminal.send("q\n")
        #expect(try terminal.waitForExit() == .code(0))
    }
}
#endif
