import ArgumentParser
import Testing

@testable import OberihCommands

/// The commands parsed in process, as swift-argument-parser's own tests do: what each
/// takes, and the words of each usage error.
@Suite struct CommandParsingTests {
    /// The message a usage error prints (after "Error: ").
    static func usageError(_ arguments: [String]) -> String? {
        do {
            _ = try OberihCommand.parseAsRoot(arguments)
            return nil
        } catch {
            #expect(OberihCommand.exitCode(for: error) == .validationFailure, "\(arguments)")
            return OberihCommand.message(for: error)
        }
    }

    @Test func noArgumentsShowTheStatus() throws {
        #expect(try OberihCommand.parseAsRoot([]) is StatusCommand)
    }

    @Test func learnerAddTakesItsOptions() throws {
        let parsed = try OberihCommand.parseAsRoot(
            ["learner", "add", "--cohort", "7B", "--age", "12", "--count", "3", "--language", "uk", "--store", "s.sqlite"])
        let command = try #require(parsed as? LearnerAddCommand)
        #expect(command.cohort == "7B" && command.age == 12 && command.count == 3 && command.language == "uk")
        #expect(command.options.store == "s.sqlite" && !command.options.json)
    }

    @Test func learnerAddSaysWhichAgeIsMissingOrWrong() {
        let add = ["learner", "add", "--cohort", "7B"]
        #expect(Self.usageError(add)?.contains("give the learners' age with --age N or --age-band LOW-HIGH") == true)
        #expect(Self.usageError(add + ["--age", "9"])?.contains(
            "--age 9 is outside Oberih's range: its lessons are written for ages 10 to 18") == true)
        #expect(Self.usageError(add + ["--age", "12", "--age-band", "13-15"])?.contains("not both") == true)
        #expect(Self.usageError(add + ["--age", "12", "--count", "0"])?.contains("--count must be a positive number: 1 to 1000") == true)
        #expect(Self.usageError(add + ["--age", "12", "--country", "UK"])?.contains("the United Kingdom is GB") == true)
        #expect(Self.usageError(add + ["--age", "12"]) == nil)
    }

    @Test func anAgeBandIsTwoSupportedAgesLowFirst() throws {
        #expect(try LearnerAddCommand.ageBand("13 - 15") == "13-15")
        let messages = ["15-13", "14-14", "9-12", "thirteen"].map { band in
            (try? LearnerAddCommand.ageBand(band)) == nil
                ? Self.usageError(["learner", "add", "--cohort", "7B", "--age-band", band]) ?? "" : "accepted"
        }
        #expect(messages[0].contains("lower age first, such as 13-15"))
        #expect(messages[1].contains("a single age; give --age 14 instead"))
        #expect(messages[2].contains("outside Oberih's range"))
        #expect(messages[3].contains("two ages joined by a dash"))
    }

    @Test func theLanguageIsTheFlagThenTheLearnersLastThenTheEnvironment() {
        let languages = ["en", "uk", "ru"]
        let environment = ["LANG": "uk_UA.UTF-8"]
        #expect(DisplayOptions.language(flag: "en", remembered: "ru", environment: environment, languages: languages) == "en")
        #expect(DisplayOptions.language(flag: nil, remembered: "ru", environment: environment, languages: languages) == "ru")
        #expect(DisplayOptions.language(flag: nil, remembered: nil, environment: environment, languages: languages) == "uk")
        #expect(
            DisplayOptions.language(flag: nil, remembered: "pt", environment: environment, languages: languages) == "uk",
            "a remembered language the pack lacks is passed over")
    }

    @Test func languageTagsAreWrittenInTheirConventionalCase() throws {
        #expect(try LearnerAddCommand.language("PT-br") == "pt-BR")
        #expect(try LearnerAddCommand.language("sr-latn") == "sr-Latn")
        #expect(throws: ValidationError.self) { _ = try LearnerAddCommand.language("english") }
    }

    @Test func storeCommandsRefuseAnEmptyStorePath() {
        #expect(Self.usageError(["cohort", "list", "--store", ""])?.contains("--store takes the path") == true)
    }

    @Test func exportNeedsAHomePageForXAPIAndNoJSONFlag() {
        let export = ["export", "--cohort", "7B"]
        #expect(Self.usageError(export + ["--format", "xapi"])?.contains("--format xapi needs --home-page URL") == true)
        #expect(Self.usageError(export + ["--format", "xapi", "--home-page", "lms.example.org"]) != nil)
        #expect(Self.usageError(export + ["--format", "xapi", "--home-page", "https://lms.example.org"]) == nil)
        #expect(Self.usageError(export + ["--json"])?.contains("--json is for other commands") == true)
        #expect(Self.usageError(export + ["--output", ""])?.contains("--output takes a file path") == true)
    }

    @Test func simulateTakesOneToAHundredThousandLearners() {
        let simulate = ["simulate", "--cohort", "demo"]
        #expect(Self.usageError(simulate + ["--learners", "0"])?.contains("--learners must be a positive number: 1 to 100000") == true)
        #expect(Self.usageError(simulate + ["--learners", "100001"]) != nil)
        #expect(Self.usageError(simulate + ["--learners", "100000"]) == nil)
    }

    /// A negative number is read as the option's value (not as an unknown option), so
    /// the message says what the option takes, never "Missing value".
    @Test func aNegativeNumberIsCheckedNotTakenForAnOption() {
        let add = ["learner", "add", "--cohort", "7B"]
        let messages = [
            add + ["--age", "12", "--count", "-1"], add + ["--age", "-1"],
            ["play", "being-kind-online", "--age", "-3"],
            ["facilitate", "being-kind-online", "--cohort", "7B", "--present", "-2"],
            ["simulate", "--cohort", "demo", "--learners", "-5"],
            ["simulate", "--cohort", "demo", "--learners", "5", "--seed", "-1"],
        ].map { Self.usageError($0) ?? "accepted" }
        for message in messages { #expect(!message.contains("Missing value"), "\(message)") }
        #expect(messages[0].contains("--count must be a positive number: 1 to 1000 learners at a time (not -1)"))
        #expect(messages[1].contains("--age -1 is outside Oberih's range"))
        #expect(messages[2].contains("--age -3 is outside Oberih's range"))
        #expect(messages[3].contains("--present must be a positive number"))
        #expect(messages[4].contains("--learners must be a positive number"))
        #expect(messages[5].contains("'-1' is invalid for '--seed"))
    }

    @Test func simulateAnswersByAbilityUnlessToldToReadCues() throws {
        let simulate = ["simulate", "--cohort", "demo", "--learners", "5"]
        let byDefault = try #require(try OberihCommand.parseAsRoot(simulate) as? SimulateCommand)
        #expect(byDefault.strategy == .ability)
        let cues = try #require(try OberihCommand.parseAsRoot(simulate + ["--strategy", "cues"]) as? SimulateCommand)
        #expect(cues.strategy == .cues)
        let typo = try #require(Self.usageError(simulate + ["--strategy", "cue"]))
        #expect(typo.contains("ability") && typo.contains("cues"), "the message lists the choices: \(typo)")
    }

    @Test func anEmptyCohortNameIsRefused() {
        #expect(Self.usageError(["cohort", "create", " "])?.contains("a cohort needs a name") == true)
    }
}
