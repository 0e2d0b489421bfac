import Foundation
import Testing

/// `oberih facilitate` through a pipe: a facilitator leads a cohort through a pack.
@Suite final class FacilitateCommandTests {
    let folder: URL
    var environment: [String: String]

    init() throws {
        folder = try TestFolder.make("facilitate")
        environment = TestFolder.pipedEnvironment(folder)
        let created = try OberihProcess.run(["cohort", "create", "7-B"], environment: environment)
        #expect(created.exitCode == 0, "\(created.standardError)")
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func facilitate(_ arguments: [String], input: [String]) throws -> OberihRun {
        let text = input.map { $0 + "\n" }.joined()
        return try OberihProcess.run(["facilitate"] + arguments, input: Data(text.utf8), environment: environment)
    }

    /// Enter for the opening, then, over and over: a tally (taken at a vote, answered
    /// elsewhere), Enter (goes on from a text, marks a discussion or role play done, starts
    /// the next lesson), and a skip (passes a question or scenario).
    static let wholePackInput = [""] + Array(repeating: ["a=5 b=3 c=1", "", "s"], count: 60).flatMap { $0 }

    func groupSessions() throws -> [[String: Any]] {
        let show = try OberihProcess.run(["cohort", "show", "7-B", "--json"], environment: environment)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(show.standardOutput.utf8)) as? [String: Any])
        return try #require(document["groupSessions"] as? [[String: Any]])
    }

    @Test(arguments: [("en", "This group has done every lesson of the pack."),
        ("uk", "Ця група пройшла всі уроки набору."), ("ru", "Эта группа прошла все уроки набора.")])
    func aWholePackRunsWithVotesInEachLanguage(language: String, allDone: String) throws {
        let run = try facilitate(
            ["being-kind-online", "--cohort", "7-B", "--lang", language, "--seed", "3"], input: Self.wholePackInput)
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardError.contains(allDone), "\(run.standardError)")
        // The class's screen: the tally drawn; the notes only on request (n).
        let marked = ["en": "For the facilitator", "uk": "Для ведучого", "ru": "Для ведущего"][language]!
        #expect(!run.standardOutput.contains(marked), "notes on the shared screen")
        let notesKey = ["en": "n your notes", "uk": "n ваші нотатки", "ru": "n ваши заметки"][language]!
        #expect(run.standardOutput.contains(notesKey))
        #expect(run.standardOutput.contains("█"), "a bar chart of the tally")
        let recorded = ["en": "To see them: oberih cohort show '7-B'", "uk": "Переглянути: oberih cohort show '7-B'",
            "ru": "Посмотреть: oberih cohort show '7-B'"][language]!
        #expect(Self.folded(run.standardError).contains(recorded), "\(run.standardError)")
        let sessions = try groupSessions()
        #expect(sessions.map { $0["lesson"] as? String } == ["unkind-online", "getting-help"], "the lessons, not the tests")
        #expect(sessions.allSatisfy { $0["finishedAt"] is String })
        let tallies = try #require(sessions.first?["tallies"] as? [String: [String: Int]])
        #expect(tallies["l1-vote-first-step"]?.values.reduce(0, +) == 9, "\(tallies)")
    }

    @Test func theWayOnNamesAStoreGivenOnTheCommandLine() throws {
        let store = folder.appendingPathComponent("school store.sqlite").path
        let created = try OberihProcess.run(["cohort", "create", "8-A", "--store", store], environment: environment)
        #expect(created.exitCode == 0, "\(created.standardError)")
        let run = try facilitate(["being-kind-online", "--cohort", "8-A", "--store", store], input: ["", "", "q"])
        let joined = run.standardError.replacing(#/ \\\n +/#, with: " ")
        #expect(joined.contains("--cohort '8-A' --store '\(store)'\n"), "\(run.standardError)")
    }

    @Test func quittingSavesAndTheNextRunGoesOnWhereItStopped() throws {
        let first = try facilitate(["being-kind-online", "--cohort", "7-B"], input: ["", "", "q"])
        #expect(first.exitCode == 0, "\(first.standardError)")
        let folded = first.standardError.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(folded.contains("The group's session is saved. To go on: oberih facilitate being-kind-online --cohort '7-B'"))
        let second = try facilitate(["being-kind-online", "--cohort", "7-B"], input: ["", "q"])
        #expect(second.standardError.contains("Going on where you stopped."))
        #expect(second.standardOutput.contains("step 2 of"), "\(second.standardOutput)")
        let sessions = try groupSessions()
        #expect(sessions.count == 1, "resumed, not started again")
        #expect(sessions.first?["finishedAt"] is NSNull)
    }

    static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// To the vote of the first lesson (step 6 of unkind-online): the opening, then five skips.
    static let toTheVote = ["", "s", "s", "s", "s", "s"]

    @Test func votesTakenOneByOneSurviveTheEndOfInputAndGoOnNextTime() throws {
        let arguments = ["being-kind-online", "--cohort", "7-B", "--lesson", "unkind-online", "--seed", "3"]
        let first = try facilitate(arguments, input: Self.toTheVote + ["v", "a", "b", "b"])
        #expect(first.exitCode == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("Counted: 3"))
        #expect(!first.standardOutput.contains("Result (votes"), "the vote was not closed")
        let second = try facilitate(arguments, input: ["", "c", "", "", "q"])
        #expect(Self.folded(second.standardOutput).contains("3 votes taken before were kept."), "\(second.standardOutput)")
        #expect(second.standardOutput.contains("Result (votes: 4)"))
        let tallies = try #require(try groupSessions().first?["tallies"] as? [String: [String: Int]])
        #expect(tallies["l1-vote-first-step"]?.values.sorted() == [1, 1, 2], "\(tallies)")
    }

    @Test func aTallyOverTheNumberPresentIsPointedOutAndCanBeCorrected() throws {
        let arguments = ["being-kind-online", "--cohort", "7-B", "--lesson", "unkind-online", "--present", "5"]
        let run = try facilitate(arguments, input: Self.toTheVote + ["a=5 b=3", "c", "a=3 b=2", "", "q"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(Self.folded(run.standardOutput).contains("8 votes, but 5 people are here. Check the tally; c corrects it."))
        let tallies = try #require(try groupSessions().first?["tallies"] as? [String: [String: Int]])
        #expect(tallies["l1-vote-first-step"]?.values.reduce(0, +) == 5, "the corrected tally: \(tallies)")
        let zero = try facilitate(["being-kind-online", "--cohort", "7-B", "--present", "0"], input: [])
        #expect(zero.exitCode == 2)
        #expect(zero.standardError.contains("--present must be a positive number"))
    }

    @Test func notesAndTheCardGoToTheNotesScreenAndNeverToTheClass() throws {
        let notes = folder.appendingPathComponent("notes.txt")
        FileManager.default.createFile(atPath: notes.path, contents: nil)
        let arguments = ["being-kind-online", "--cohort", "7-B", "--lesson", "unkind-online", "--notes-on", notes.path]
        let run = try facilitate(arguments, input: Self.toTheVote + ["d", "q"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let written = try String(contentsOf: notes, encoding: .utf8)
        #expect(written.contains("For the facilitator (not to read out)"))
        #expect(written.contains("step 6 of 10"))
        #expect(written.contains("If a child tells you about harm"))
        #expect(!run.standardOutput.contains("For the facilitator"))
        #expect(!run.standardOutput.contains("If a child tells you about harm"))
        #expect(!run.standardOutput.contains("n your notes · d disclosure card"), "the notes are on the other screen already")
        #expect(run.standardOutput.contains("(on your notes screen)"))
        let nowhere = try facilitate(
            ["being-kind-online", "--cohort", "7-B", "--notes-on", folder.appendingPathComponent("no/such").path],
            input: [])
        #expect(nowhere.exitCode == 2)
        #expect(nowhere.standardError.contains("run `tty` there"), "\(nowhere.standardError)")
    }

    @Test func theDisclosureCardIsOneKeyAwayAndChangesNothing() throws {
        // At the opening, then at the first step; Enter goes back each time.
        let run = try facilitate(["being-kind-online", "--cohort", "7-B"], input: ["d", "", "", "d", "", "q"])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.components(separatedBy: "If a child tells you about harm").count == 3)
        #expect(run.standardOutput.contains("Never promise to keep it secret"))
        #expect(run.standardOutput.contains("Do not look at, copy or forward any image"))
        #expect(run.standardOutput.components(separatedBy: "step 1 of").count == 3, "back at the first step")
        #expect(try groupSessions().count == 1)
    }

    @Test func theDisclosureCardGivesTheNumbersOfTheGroupsCountry() throws {
        let run = try facilitate(["being-kind-online", "--cohort", "7-B", "--country", "kz"], input: ["d", "", "q"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let card = run.standardOutput
        #expect(card.contains("Numbers to call"))
        #expect(card.contains("Police — 102"), "Kazakhstan's police")
        #expect(card.contains("— 111 —"), "Kazakhstan's contact centre")
        #expect(!card.contains("Telefonul Copilului"), "not Moldova's")
        #expect(card.contains("116 111: children's helplines in Europe"), "and the international ones")
        let wrong = try facilitate(["being-kind-online", "--cohort", "7-B", "--country", "Kazakhstan"], input: [])
        #expect(wrong.exitCode == 2)
        #expect(wrong.standardError.contains("ISO 3166 alpha-2"), "\(wrong.standardError)")
    }

    @Test func unknownCohortLessonOrPackExitTwo() throws {
        let noCohort = try facilitate(["being-kind-online", "--cohort", "8-Z"], input: [])
        #expect(noCohort.exitCode == 2)
        #expect(noCohort.standardError.contains("no cohort '8-Z'"), "\(noCohort.standardError)")
        let noLesson = try facilitate(["being-kind-online", "--cohort", "7-B", "--lesson", "nope"], input: [])
        #expect(noLesson.exitCode == 2)
        #expect(noLesson.standardError.contains("has no lesson 'nope'; its lessons are"))
        let locked = try facilitate(["being-kind-online", "--cohort", "7-B", "--lesson", "getting-help"], input: [])
        #expect(locked.exitCode == 2)
        #expect(locked.standardError.contains("needs unkind-online first"), "\(locked.standardError)")
        let noPack = try facilitate(["nope", "--cohort", "7-B"], input: [])
        #expect(noPack.exitCode == 2)
    }
}
