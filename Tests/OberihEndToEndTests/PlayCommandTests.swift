import Foundation
import Testing

/// `oberih play` through a pipe: the scripted path of the player.
@Suite final class PlayCommandTests {
    let folder: URL
    var environment: [String: String]

    init() throws {
        folder = try TestFolder.make("play")
        environment = TestFolder.pipedEnvironment(folder)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func play(_ arguments: [String], input: [String], bytes: Data = Data()) throws -> OberihRun {
        let text = input.map { $0 + "\n" }.joined()
        return try OberihProcess.run(["play"] + arguments, input: bytes + Data(text.utf8), environment: environment)
    }

    /// The code printed for a new learner.
    func code(in run: OberihRun) throws -> String {
        let match = try #require(run.standardError.firstMatch(of: #/([2-9A-Z]{3}-[2-9A-Z]{3})/#))
        return String(match.1)
    }

    @Test func aWholeLessonCanBePlayedThroughAPipeDespiteBadInput() throws {
        let bad = ["zzz", "99", String(repeating: "x", count: 10_000), "a,,,b", ""]
        var garbage = Data([0xFF, 0xFE, 0x00, 0x80])
        garbage.append(Data("\n".utf8))
        let run = try play(
            ["being-kind-online", "--age", "11", "--seed", "7"], input: bad + Array(repeating: "s", count: 80),
            bytes: garbage)
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(!run.standardOutput.contains("\u{1B}["), "no colour through a pipe")
        let learner = try code(in: run)
        let show = try OberihProcess.run(["learner", "show", learner, "--json"], environment: environment)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(show.standardOutput.utf8)) as? [String: Any])
        let attempts = try #require(document["attempts"] as? [[String: Any]])
        #expect(attempts.count == 1)
        #expect(attempts.first?["finishedAt"] is String, "the lesson ran to its end: \(attempts)")
    }

    @Test func theWayBackNamesAStoreGivenOnTheCommandLine() throws {
        let store = folder.appendingPathComponent("class 7's store.sqlite").path
        let run = try play(["being-kind-online", "--age", "11", "--store", store], input: ["", "q"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let learner = try code(in: run)
        let quoted = "'" + store.replacing("'", with: "'\\''") + "'"
        // As a shell reads it: a line ending in ` \` goes on on the next.
        let joined = run.standardError.replacing(#/ \\\n +/#, with: " ")
        #expect(joined.contains("--code \(learner) --lang en --store \(quoted)\n"), "\(run.standardError)")
        let again = try play(["being-kind-online", "--code", learner, "--store", store], input: ["", "q"])
        #expect(again.standardError.contains("Going on where you stopped."), "\(again.standardError)")
    }

    @Test func theEndOfInputSavesAndTheNextRunGoesOn() throws {
        // Enter after the opening (content note and ground rules), then three skips.
        let first = try play(["being-kind-online", "--age", "11", "--seed", "7"], input: ["", "s", "s", "s"])
        #expect(first.exitCode == 0, "\(first.standardError)")
        let learner = try code(in: first)
        #expect(
            first.standardError.contains("The input ended; your answers are saved. Your code is \(learner); to go on:\n"
                + "oberih play being-kind-online --code \(learner) --lang en\n"), "\(first.standardError)")
        let second = try play(["being-kind-online", "--code", learner.lowercased()], input: ["", "s"])
        #expect(second.exitCode == 0, "\(second.standardError)")
        #expect(second.standardError.contains("Going on where you stopped."))
        let show = try OberihProcess.run(["learner", "show", learner, "--json"], environment: environment)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(show.standardOutput.utf8)) as? [String: Any])
        let attempts = try #require(document["attempts"] as? [[String: Any]])
        #expect(attempts.count == 1, "resumed, not started again")
        #expect(attempts.first?["eventCount"] as? Int == 5, "started + 3 skips + 1 skip")
    }

    @Test func aReturningLearnerKeepsTheirLanguageUnlessLangSaysOtherwise() throws {
        let first = try play(["being-kind-online", "--age", "11", "--lang", "ru", "--seed", "7"], input: ["", "s"])
        #expect(first.exitCode == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("Твой ответ:"))
        let learner = try code(in: first)
        // LANG=C: without the learner's last language, this would be English.
        let again = try play(["being-kind-online", "--code", learner], input: ["", "s"])
        #expect(again.exitCode == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("Твой ответ:"), "\(again.standardOutput)")
        #expect(!again.standardOutput.contains("Your answer:"))
        let english = try play(["being-kind-online", "--code", learner, "--lang", "en"], input: ["", "s"])
        // The lesson is unfinished: it goes on in Russian, and --lang en says so; it is for
        // lessons started from now on.
        #expect(english.standardOutput.contains("Твой ответ:"), "\(english.standardOutput)")
        #expect(
            english.standardError.replacingOccurrences(of: "\n", with: " ")
                .contains("This lesson goes on in the language it was started in (Russian)"), "\(english.standardError)")
        #expect(english.standardError.contains("Your answers are saved") || english.standardError.contains("The input ended"))
    }

    @Test func aPipedScriptGivesOneLineForTheOpeningAndOneForEachPromptAfter() throws {
        // being-kind-online opens with a content note: the first line only begins, even a number.
        let run = try play(["being-kind-online", "--age", "11", "--lesson", "survey-before", "--seed", "7"], input: ["3", "4"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Press Enter to begin"))
        let learner = try code(in: run)
        let show = try OberihProcess.run(["learner", "show", learner, "--json"], environment: environment)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(show.standardOutput.utf8)) as? [String: Any])
        let attempts = try #require(document["attempts"] as? [[String: Any]])
        #expect(attempts.first?["eventCount"] as? Int == 2, "started, and one answer (4): \(attempts)")
    }

    @Test func usageErrorsExitTwo() throws {
        let noLearner = try play(["being-kind-online"], input: [])
        #expect(noLearner.exitCode == 2)
        #expect(noLearner.standardError.contains("--code"))
        let unknownPack = try play(["no-such-pack", "--age", "12"], input: [])
        #expect(unknownPack.exitCode == 2)
        #expect(unknownPack.standardError.contains("no pack 'no-such-pack'"))
        let tooYoung = try play(["pressure-and-threats", "--age", "11"], input: [])
        #expect(tooYoung.exitCode == 2, "\(tooYoung.standardError)")
        // The pack's ages, and the packs of ./Curriculum that fit, by id and title.
        #expect(tooYoung.standardError.contains("is for ages 13 to 18."), "\(tooYoung.standardError)")
        #expect(tooYoung.standardError.contains("For age 11 there are: being-kind-online (Being kind online"))
        #expect(!tooYoung.standardError.contains("pressure-and-threats ("), "not the pack refused")
        #expect(!tooYoung.standardError.contains("no lesson of"))
        let russian = try play(["real-and-fake", "--age", "13", "--lang", "ru"], input: [])
        #expect(russian.exitCode == 2)
        #expect(russian.standardError.contains("— для возраста от 16 до 18 лет."), "\(russian.standardError)")
        #expect(russian.standardError.contains("Для возраста 13 здесь есть: "))
        #expect(russian.standardError.contains("consent-to-share (") && !russian.standardError.contains("being-kind-online ("))
    }
}

extension PlayCommandTests {
    @Test func ctrlCSavesAndExits130() throws {
        let process = Process()
        process.executableURL = OberihProcess.binaryURL
        process.arguments = ["play", "being-kind-online", "--age", "11", "--lang", "uk"]
        process.environment = environment
        process.currentDirectoryURL = OberihProcess.packageRoot
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Give it time to show the first prompt, then interrupt while it waits for a line.
        // Bounded: a child that does not stop is killed and the test fails.
        Thread.sleep(forTimeInterval: 2)
        process.interrupt()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Issue.record("the player did not stop on SIGINT")
        }
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 130)
        let code = try #require(message.firstMatch(of: #/Твій код — ([2-9A-Z]{3}-[2-9A-Z]{3})\./#)).1
        #expect(
            // Wrapped as the other messages are (80 columns on a pipe), the command whole.
            message.contains("Збережено. Твій код — \(code); щоб продовжити:\noberih play being-kind-online --code \(code) --lang uk\n"),
            "\(message)")
    }
}
