import Foundation
import LessonPack
import TestSupport
import Testing

@testable import OberihCommands

/// `oberih new pack`, run in process: what it writes validates, it never overwrites
/// without --force, and it refuses ids, ages and languages the format does not take.
@Suite struct NewPackCommandTests {
    static func run(_ arguments: [String]) throws {
        var command = try OberihCommand.parseAsRoot(["new", "pack"] + arguments)
        try command.run()
    }

    @Test(arguments: [("13-16", "en,uk"), ("10-12", "en"), ("14", "uk,ru,en"), ("10-18", "ru"), ("11-13", "en,pt-br")])
    func theStarterPackValidatesWithOnlyPlaceholderWarnings(_ age: String, _ languages: String) throws {
        try TemporaryFolder.with { folder in
            let file = folder.appendingPathComponent("starter.xml").path
            try Self.run(["my-pack", "--age", age, "--lang", languages, "--output", file])
            let outcome = ValidateRun(paths: [file], strict: false, today: Date()).perform()
            #expect(outcome.exitCode == 0 && outcome.errorCount == 0)
            let codes = Set(outcome.results.flatMap(\.diagnostics).map(\.code))
            #expect(codes == [.templatePlaceholder], "\(outcome.results.flatMap(\.diagnostics).map(\.formatted))")
            let pack = try #require(outcome.results.first?.pack)
            #expect(pack.id == "my-pack")
            #expect(pack.languages == languages.split(separator: ",").map { try! LearnerAddCommand.language(String($0)) })
            // Under --strict the placeholders fail, as they should before a release.
            #expect(ValidateRun(paths: [file], strict: true, today: Date()).perform().exitCode == 1)
        }
    }

    @Test func itNeverOverwritesWithoutForce() throws {
        try TemporaryFolder.with { folder in
            let file = folder.appendingPathComponent("mine.xml").path
            try "my own work".write(toFile: file, atomically: true, encoding: .utf8)
            let arguments = ["mine", "--age", "13-16", "--output", file]
            #expect(throws: CommandFailure.self) { try Self.run(arguments) }
            #expect(try String(contentsOfFile: file, encoding: .utf8) == "my own work")
            try Self.run(arguments + ["--force"])
            #expect(try String(contentsOfFile: file, encoding: .utf8).contains("id=\"mine\""))
        }
    }

    @Test func theDefaultFileIsTheIdInTheWorkingFolder() throws {
        let parsed = try #require(try OberihCommand.parseAsRoot(["new", "pack", "abc", "--age", "13"]) as? NewPackCommand)
        #expect(parsed.output == nil && parsed.lang == "en" && !parsed.force)
        #expect(try NewPackCommand.ages("13") == AgeRange(minimum: 13, maximum: 13))
    }

    @Test func badIdsAgesAndLanguagesAreUsageErrors() {
        let start = ["new", "pack"]
        #expect(CommandParsingTests.usageError(start + ["My Pack", "--age", "13-16"])?.contains("such as my-pack") == true)
        #expect(CommandParsingTests.usageError(start + ["-x", "--age", "13-16"]) != nil)
        #expect(CommandParsingTests.usageError(start + [String(repeating: "a", count: 65), "--age", "13"]) != nil)
        #expect(CommandParsingTests.usageError(start + ["p", "--age", "9-12"])?.contains("outside Oberih's range") == true)
        #expect(CommandParsingTests.usageError(start + ["p", "--age", "16-13"])?.contains("lower age first, such as 13-16") == true)
        #expect(CommandParsingTests.usageError(start + ["p", "--age", "teen"])?.contains("two ages joined by a dash") == true)
        #expect(CommandParsingTests.usageError(start + ["p", "--age", "13", "--lang", "en,en"])?.contains("twice") == true)
        #expect(CommandParsingTests.usageError(start + ["p", "--age", "13", "--lang", "english"])?.contains("'english' is not one") == true)
        #expect(CommandParsingTests.usageError(start + ["p", "--age", "13-16", "--lang", "en,uk"]) == nil)
    }

    @Test func aPackWithPlaceholdersIsNeverShownToLearners() throws {
        try TemporaryFolder.with { folder in
            let file = folder.appendingPathComponent("draft.xml").path
            try Self.run(["draft", "--age", "13-16", "--output", file])
            let curriculum = Curriculum(folders: [CurriculumFolder(path: folder.path, origin: .option)])
            #expect(curriculum.playable().isEmpty, "no menu or help screen lists it")
            do {
                _ = try curriculum.load("draft")
                Issue.record("a pack with placeholders was loaded")
            } catch let failure as CommandFailure {
                #expect(failure.message.contains("not shown to learners") && failure.message.contains("oberih validate"))
            }
        }
    }
}
