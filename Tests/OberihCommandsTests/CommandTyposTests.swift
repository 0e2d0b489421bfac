import Foundation
import ProgressStore
import Testing

@testable import OberihCommands

/// A mistyped command, option, cohort or pack id is named, with the nearest right one.
@Suite struct CommandTyposTests {
    /// Our words for `arguments`, as `runFromProcessArguments` prints them, if it fails to parse.
    static func typo(_ arguments: [String]) -> String? {
        do {
            _ = try OberihCommand.parseAsRoot(arguments)
            return nil
        } catch {
            return CommandTypos.message(for: arguments, parserMessage: OberihCommand.fullMessage(for: error))
        }
    }

    @Test func aMistypedCommandIsNamedAtAnyLevel() {
        #expect(Self.typo(["valdate"]) == "unknown command 'valdate'; did you mean 'validate'? (`oberih --help` lists the commands)")
        #expect(Self.typo(["reprot", "--cohort", "X"])?.hasPrefix("unknown command 'reprot'; did you mean 'report'?") == true)
        #expect(Self.typo(["cohort", "shwo"])?.hasPrefix("unknown command 'shwo'; did you mean 'show'? (`oberih cohort --help`") == true)
        #expect(Self.typo(["new", "pakc", "x"])?.hasPrefix("unknown command 'pakc'; did you mean 'pack'?") == true)
        #expect(Self.typo(["zzzzzz"]) == "unknown command 'zzzzzz'; `oberih --help` lists the commands")
    }

    @Test func theStatusStaysTheDefault() throws {
        #expect(try OberihCommand.parseAsRoot([]) is StatusCommand)
        #expect(try OberihCommand.parseAsRoot(["--store", "s.sqlite"]) is StatusCommand)
        #expect(try OberihCommand.parseAsRoot(["--json"]) is StatusCommand)
    }

    @Test func aMistypedOptionIsNamedEvenWhenARequiredOneIsMissing() {
        #expect(Self.typo(["report", "--cohrt", "7A"]) == "unknown option '--cohrt'; did you mean '--cohort'? (`oberih report --help` lists the options)")
        #expect(Self.typo(["report", "--cohort", "7A", "--jsn"])?.hasPrefix("unknown option '--jsn'; did you mean '--json'?") == true)
        #expect(Self.typo(["--stor", "x"])?.hasPrefix("unknown option '--stor'; did you mean '--store'? (`oberih status --help`") == true)
        #expect(Self.typo(["validate", "--strict=yes", "--formt=json"])?.hasPrefix("unknown option '--formt'; did you mean '--format'?") == true)
        // A hidden option is known, not a typo; a value error keeps the parser's words.
        #expect(Self.typo(["report", "--cohort", "7A", "--options-csv"]) == nil)
    }

    @Test func aMistypedCohortIsGuessedFromTheStore() throws {
        let store = try ProgressStore.makeInMemory()
        _ = try store.createCohort(name: "class-7a", organisation: nil, at: Date())
        _ = try store.createCohort(name: "Year 9", organisation: nil, at: Date())
        #expect(
            StoreOptions.noCohort("class-7b", in: store, path: "p.sqlite")
                == "no cohort 'class-7b' in the store p.sqlite; did you mean 'class-7a'? (`oberih cohort list` lists them)")
        #expect(StoreOptions.noCohort("Other", in: store, path: "p.sqlite") == "no cohort 'Other' in the store p.sqlite; `oberih cohort list` lists them")
    }

    @Test func aMistypedPackIdIsGuessedFromTheCurriculum() throws {
        let folder = OberihCommandsTestFolders.curriculum
        let curriculum = Curriculum(folders: [CurriculumFolder(path: folder, origin: .option)])
        do {
            _ = try curriculum.load("being-kind-onlin")
            Issue.record("a missing pack was found")
        } catch let failure as CommandFailure {
            #expect(failure.message.contains("no pack 'being-kind-onlin'") && failure.message.contains("did you mean 'being-kind-online'?"))
        }
    }

    @Test func guessesNeedAFewLettersInCommon() {
        #expect(NameGuessCases.closest("ab", ["xy"]) == nil)
        #expect(NameGuessCases.closest("shwo", ["show", "list"]) == "show")
        #expect(NameGuessCases.closest("--cohrt", ["--cohort", "--count"]) == "--cohort")
    }
}
