import Foundation
import Testing

/// `oberih play` through a pipe on a small pack of two short lessons (the second needs
/// the first), with no content note or ground rules, so that no opening comes first:
/// what a learner sees at the end of a lesson and when something is not open.
@Suite final class PlayCommandLearnerTests {
    let folder: URL
    var environment: [String: String]
    let packPath: String

    init() throws {
        folder = try TestFolder.make("play-learner")
        environment = TestFolder.pipedEnvironment(folder)
        let pack = folder.appendingPathComponent("two-steps.xml")
        try Self.pack.write(to: pack, atomically: true, encoding: .utf8)
        packPath = pack.path
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func play(_ arguments: [String], input: [String]) throws -> OberihRun {
        let text = input.map { $0 + "\n" }.joined()
        return try OberihProcess.run(["play"] + arguments, input: Data(text.utf8), environment: environment)
    }

    func code(in run: OberihRun) throws -> String {
        String(try #require(run.standardError.firstMatch(of: #/([2-9A-Z]{3}-[2-9A-Z]{3})/#)).1)
    }

    func occurrences(of text: String, in string: String) -> Int {
        string.components(separatedBy: text).count - 1
    }

    @Test func hAtTheEndOfALessonShowsHelpAndComesBackToTheSameLine() throws {
        let run = try play([packPath, "--age", "13"], input: ["1", "h", "", ""])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let output = run.standardOutput
        let summary = try #require(output.range(of: "You scored 1 of 1"), "\(output)")
        let after = String(output[summary.upperBound...])
        #expect(occurrences(of: "Press Enter to finish · h help", in: after) == 2, "\(after)")
        #expect(after.contains("Help is here"))
        #expect(!after.contains("Your answer:"), "no next lesson was started")
        let ended = try play([packPath, "--age", "13"], input: ["1"])
        #expect(ended.exitCode == 0, "the end of input at the last line is fine: \(ended.standardError)")
        #expect(!ended.standardError.contains("The input ended"), "the lesson had ended: \(ended.standardError)")
    }

    @Test func aLessonNotPassedSaysTryingAgainOpensTheNextAndNamesNoIds() throws {
        // Two wrong tries: not passed, and `second` needs `first` passed.
        let run = try play([packPath, "--age", "13"], input: ["2", "3"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Not passed yet"))
        #expect(run.standardOutput.contains(
            "Next: try this lesson again when you want to; once it is passed, “Next steps”\nopens."), "\(run.standardOutput)")
        #expect(!run.standardOutput.contains("Next: Next steps"))
        let learner = try code(in: run)
        let locked = try play([packPath, "--code", learner, "--lesson", "second", "--lang", "uk"], input: [])
        #expect(locked.exitCode == 2)
        #expect(
            locked.standardError.contains("«Наступні кроки» відкриється, коли буде зараховано урок «Перші кроки»"),
            "\(locked.standardError)")
        #expect(!locked.standardError.contains("second") && !locked.standardError.contains("first"), "no ids")
        let passed = try play([packPath, "--code", learner], input: ["1"])
        #expect(passed.standardOutput.contains("Passed"))
        #expect(passed.standardOutput.contains("Next: Next steps"), "\(passed.standardOutput)")
    }

    @Test func skippingEveryQuestionIsSaidKindly() throws {
        let run = try play([packPath, "--age", "13", "--lang", "uk"], input: ["s"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Усі питання пропущено — і це нормально."), "\(run.standardOutput)")
        #expect(!run.standardOutput.contains("0%"))
    }

    @Test func theCodeIsRepeatedOnQuitAndUnderTheSummary() throws {
        let quit = try play([packPath, "--age", "13", "--lang", "ru"], input: ["q"])
        #expect(quit.exitCode == 0)
        let learner = try code(in: quit)
        #expect(
            quit.standardError.contains("Твои ответы сохранены. Твой код — \(learner); чтобы продолжить:"),
            "\(quit.standardError)")
        // The long temporary path does not fit 80 columns: the command is broken between
        // its words with a shell's ` \` continuation, never inside one.
        let command = quit.standardError.replacingOccurrences(of: " \\\n  ", with: " ")
        #expect(command.contains("\noberih play /") && command.contains(" --code \(learner) --lang ru\n"), "\(quit.standardError)")
        #expect(quit.standardError.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let finished = try play([packPath, "--code", learner], input: ["1"])
        #expect(finished.standardOutput.contains("Твой код — \(learner). Чтобы вернуться:"), "\(finished.standardOutput)")
        let finishedCommand = finished.standardOutput.replacingOccurrences(of: " \\\n  ", with: " ")
        #expect(finishedCommand.contains("\noberih play /") && finishedCommand.contains(" --code \(learner) --lang ru\n"),
            "with the language last played (ru), given without --lang: \(finished.standardOutput)")
    }

    /// The learners in the store, from `oberih learner list --json`.
    func learnerCount() throws -> Int {
        let list = try OberihProcess.run(["learner", "list", "--json"], environment: environment)
        #expect(list.exitCode == 0, "\(list.standardError)")
        let document = try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [String: Any]
        return try #require(document?["learners"] as? [[String: Any]], "\(list.standardOutput)").count
    }

    @Test func aResumedLessonInAnotherLanguageSaysWhichLanguageGoesOn() throws {
        let started = try play([packPath, "--age", "13", "--lang", "ru"], input: ["q"])
        let learner = try code(in: started)
        let resumed = try play([packPath, "--code", learner, "--lang", "uk"], input: ["q"])
        #expect(
            resumed.standardError.replacingOccurrences(of: "\n", with: " ").contains(
                "Цей урок триває мовою, якою його почато (російська). Нові уроки будуть такою мовою: українська."),
            "\(resumed.standardError)")
        // And it does: the step is shown in Russian, not in the Ukrainian asked for.
        #expect(resumed.standardOutput.contains("Твой ответ:") || resumed.standardOutput.contains("шаг 1 из"), "\(resumed.standardOutput)")
        #expect(!resumed.standardOutput.contains("крок 1 з"), "\(resumed.standardOutput)")
        // The same language: nothing more than going on.
        let again = try play([packPath, "--code", learner, "--lang", "ru"], input: ["q"])
        #expect(!again.standardError.contains("Этот урок продолжается"), "\(again.standardError)")
    }

    @Test func aRunThatCannotStartALessonCreatesNoLearner() throws {
        let broken = folder.appendingPathComponent("broken.xml")
        try Self.pack.replacingOccurrences(of: "<licence>", with: "<licence><oops/>").write(
            to: broken, atomically: true, encoding: .utf8)
        let failing: [[String]] = [
            [packPath, "--age", "13", "--lesson", "no-such-lesson"],
            ["two-stepz", "--age", "13"],
            [broken.path, "--age", "13"],
            [packPath, "--age", "13", "--lesson", "second"],
            [packPath, "--age", "11"],
        ]
        for arguments in failing {
            // No input: the child stops before reading, and writing to it would fail.
            let run = try play(arguments, input: [])
            #expect(run.exitCode == 2, "\(arguments): \(run.standardError)")
            #expect(!run.standardError.contains("Your code is"), "\(arguments): \(run.standardError)")
        }
        #expect(try learnerCount() == 0)
        let cohorts = try OberihProcess.run(["cohort", "list"], environment: environment)
        #expect(!cohorts.standardOutput.contains("Self-study"), "no cohort made either: \(cohorts.standardOutput)")
        let started = try play([packPath, "--age", "13"], input: ["1"])
        #expect(started.exitCode == 0, "\(started.standardError)")
        #expect(try learnerCount() == 1)
    }

    /// Ages 12-16, English, Ukrainian and Russian; lesson `second` requires `first`.
    static let pack = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:oberih:pack:1" id="two-steps" version="1.0.0" default-lang="en" langs="en uk ru"
              age-min="12" age-max="16" risk="contact" topic="privacy" minutes="5">
          <title>\(t("Two steps", "Два кроки", "Два шага"))</title>
          <summary>\(t("A test pack.", "Тестовий набір.", "Тестовый набор."))</summary>
          <authors><author>Oberih tests</author></authors>
          <licence>CC-BY-SA-4.0</licence>
          <objectives><objective id="obj-block">\(t("Block", "Заблокувати", "Заблокировать"))</objective></objectives>
          <support>
            <contact id="ua-line" country="UA" source="https://example.org/ua" verified="2026-11-01" for="talk" status="published">
              <name>\(t("Child line", "Дитяча лінія", "Детская линия"))</name><phone>116 111</phone>
              <purpose>\(t("Support", "Підтримка", "Поддержка"))</purpose>
            </contact>
          </support>
          <lesson id="first" objectives="obj-block">
            <title>\(t("First steps", "Перші кроки", "Первые шаги"))</title>
            \(question("q-first"))
          </lesson>
          <lesson id="second" objectives="obj-block" requires="first">
            <title>\(t("Next steps", "Наступні кроки", "Следующие шаги"))</title>
            \(question("q-second"))
          </lesson>
        </pack>
        """

    static func t(_ en: String, _ uk: String, _ ru: String) -> String {
        "<t lang=\"en\">\(en)</t><t lang=\"uk\">\(uk)</t><t lang=\"ru\">\(ru)</t>"
    }

    /// Three options in file order: `a` (right), `b`, `c`; two tries.
    static func question(_ id: String) -> String {
        """
        <single-choice id="\(id)" objectives="obj-block" max-attempts="2">
          <prompt>\(t("What helps?", "Що допоможе?", "Что поможет?"))</prompt>
          <option id="a" correct="true"><label>\(t("Block and tell", "Заблокувати й розповісти", "Заблокировать и рассказать"))</label></option>
          <option id="b"><label>\(t("Reply", "Відповісти", "Ответить"))</label></option>
          <option id="c"><label>\(t("Wait", "Чекати", "Ждать"))</label></option>
        </single-choice>
        """
    }
}
