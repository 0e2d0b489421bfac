import Foundation
import ProgressStore
import TestSupport
import Testing

@testable import OberihCommands

/// Store commands run in process on a store in a temporary folder: where the store is,
/// what they change, and how a store's error is worded for the command line.
@Suite struct StoreCommandTests {
    static let packFile = ProjectFolder.curriculumFile("being-kind-online.xml")

    /// Parses and runs `arguments` (with `--store` added), as `oberih` does; prints as it does.
    static func run(_ arguments: [String], store: URL) throws {
        var command = try OberihCommand.parseAsRoot(arguments + ["--store", store.path])
        try command.run()
    }

    /// The `CommandFailure` the command ends with, or nil if it succeeds.
    static func failure(_ arguments: [String], store: URL) throws -> CommandFailure? {
        do {
            try run(arguments, store: store)
            return nil
        } catch let failure as CommandFailure {
            return failure
        }
    }

    @Test func theStoreIsTheOptionElseTheEnvironmentElseTheXDGFolder() {
        let environment = ["OBERIH_STORE": "/srv/o.sqlite", "XDG_DATA_HOME": "/data", "HOME": "/home/t"]
        #expect(StoreLocation.resolve(explicit: "a.sqlite", environment: environment) == "a.sqlite")
        #expect(StoreLocation.resolve(explicit: nil, environment: environment) == "/srv/o.sqlite")
        #expect(
            StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/data", "OBERIH_STORE": ""])
                == "/data/oberih/progress.sqlite")
        #expect(
            StoreLocation.resolve(explicit: nil, environment: ["HOME": "/home/t", "XDG_DATA_HOME": ""])
                == "/home/t/.local/share/oberih/progress.sqlite")
    }

    @Test func aStoreErrorGetsTheCommandLinesNextStep() {
        let path = "/tmp/p.sqlite"
        #expect(
            StoreOptions.describe(.notFound(what: "cohort", key: "7C"), path: path)
                == "no cohort '7C' in the store /tmp/p.sqlite; `oberih cohort list` lists them")
        let older = StoreOptions.describe(.olderSchema(path: path, missingMigrations: ["v2"]), path: path)
        #expect(older.hasPrefix(StoreError.olderSchema(path: path, missingMigrations: ["v2"]).description))
        #expect(older.hasSuffix("Run `oberih doctor --update --store /tmp/p.sqlite` once to update it"))
        let corrupt = StoreOptions.describe(.corrupt(path: path, detail: "bad page"), path: path)
        #expect(corrupt.hasSuffix("then run `oberih doctor --store /tmp/p.sqlite` for the next step"))
    }

    @Test func cohortAndLearnersAreAddedToTheGivenStore() throws {
        try TemporaryFolder.with { folder in
            let store = folder.appendingPathComponent("progress.sqlite")
            try Self.run(["cohort", "create", "7B", "--organisation", "School 5"], store: store)
            try Self.run(["learner", "add", "--cohort", "7B", "--age-band", "13-15", "--count", "3"], store: store)
            let opened = try ProgressStore(path: store.path, access: .readOnly)
            let learners = try opened.learners(inCohort: "7B")
            #expect(learners.count == 3 && learners.allSatisfy { $0.age == nil && $0.ageBand == "13-15" })
            #expect(try opened.cohort(named: "7B").organisation == "School 5")
            #expect(Set(learners.map(\.code)).count == 3)
        }
    }

    @Test func readingCommandsNeedAStoreAndNameWhatIsMissing() throws {
        try TemporaryFolder.with { folder in
            let store = folder.appendingPathComponent("progress.sqlite")
            let missing = try #require(try Self.failure(["report", "--cohort", "7B"], store: store))
            #expect(missing.message.hasPrefix("there is no store at \(store.path) yet"))
            #expect(!FileManager.default.fileExists(atPath: store.path), "a read does not create the store")

            try Self.run(["cohort", "create", "7B"], store: store)
            let noCohort = try #require(try Self.failure(["report", "--cohort", "7C"], store: store))
            #expect(
                noCohort.message
                    == "no cohort '7C' in the store \(store.path); did you mean '7B'? (`oberih cohort list` lists them)")
            let farOff = try #require(try Self.failure(["report", "--cohort", "Year 11"], store: store))
            #expect(farOff.message == "no cohort 'Year 11' in the store \(store.path); `oberih cohort list` lists them")
            let noSessions = try #require(try Self.failure(["report", "--cohort", "7B"], store: store))
            #expect(noSessions.message.contains("has no sessions yet; give --pack ID"))
            #expect(noSessions.exitCode == 2)
        }
    }

    @Test func aFolderIsNotTakenForAStore() throws {
        try TemporaryFolder.with { folder in
            let failure = try #require(try Self.failure(["cohort", "list"], store: folder))
            #expect(failure.message.hasPrefix("\(folder.path) is a folder, not a store file"))
            #expect(failure.message.hasSuffix(folder.appendingPathComponent("progress.sqlite").path))
        }
    }

    @Test func simulateStoresACohortThatReportReads() throws {
        try TemporaryFolder.with { folder in
            let store = folder.appendingPathComponent("progress.sqlite")
            try Self.run(["simulate", "--cohort", "demo", "--learners", "6", "--pack", Self.packFile], store: store)
            let opened = try ProgressStore(path: store.path, access: .readOnly)
            let learners = try opened.learners(inCohort: "demo")
            #expect(learners.count == 6)
            let attempts = try learners.flatMap { try opened.attempts(ofLearner: $0.code) }
            #expect(attempts.count >= 6 * CohortFixture.pack.lessons.count, "every lesson, some tried again")
            #expect(try attempts.allSatisfy { try !$0.isFinished || opened.result(ofAttempt: $0.id) != nil })
            try Self.run(["report", "--cohort", "demo", "--pack", Self.packFile], store: store)
        }
    }

    @Test func simulateGivesANewCohortItsOrganisationAndRefusesAnotherOrganisationsCohort() throws {
        try TemporaryFolder.with { folder in
            let store = folder.appendingPathComponent("progress.sqlite")
            try Self.run(
                ["simulate", "--cohort", "demo", "--learners", "2", "--pack", Self.packFile, "--organisation", "School 12",
                 "--learning-effect", "1.2"], store: store)
            #expect(try ProgressStore(path: store.path, access: .readOnly).cohort(named: "demo").organisation == "School 12")
            let failure = try #require(
                try Self.failure(
                    ["simulate", "--cohort", "demo", "--learners", "2", "--pack", Self.packFile, "--organisation", "Other"],
                    store: store))
            #expect(failure.message.contains("already exists for 'School 12'"))
            // Without --organisation, learners are added to the cohort as it is.
            try Self.run(["simulate", "--cohort", "demo", "--learners", "2", "--pack", Self.packFile], store: store)
            #expect(try ProgressStore(path: store.path, access: .readOnly).learners(inCohort: "demo").count == 4)
        }
    }

    @Test(arguments: ["-0.5", "3.5", "nan"])
    func simulateRefusesALearningEffectOutOfRange(_ effect: String) throws {
        #expect(throws: (any Error).self) {
            try OberihCommand.parseAsRoot(["simulate", "--cohort", "x", "--learners", "1", "--learning-effect", effect])
        }
    }
}

/// `oberih report --format html|json --output FILE`, in process on a temporary store.
@Suite struct ReportFormatTests {
    @Test func anHTMLReportIsWrittenToTheOutputFileInTheLanguageAsked() throws {
        try TemporaryFolder.with { folder in
            let store = folder.appendingPathComponent("progress.sqlite")
            try StoreCommandTests.run(
                ["simulate", "--cohort", "demo", "--learners", "8", "--pack", StoreCommandTests.packFile], store: store)
            let page = folder.appendingPathComponent("report.html")
            try StoreCommandTests.run(
                ["report", "--cohort", "demo", "--format", "html", "--output", page.path, "--lang", "uk"], store: store)
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"uk\">"))
            #expect(html.contains("Звіт про групу") && html.contains("<svg role=\"img\"") && !html.contains("<script"))
            let attributes = try FileManager.default.attributesOfItem(atPath: page.path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "a report holds learners' results")

            let json = folder.appendingPathComponent("report.json")
            try StoreCommandTests.run(["report", "--cohort", "demo", "--format", "json", "--output", json.path], store: store)
            let document = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
            #expect(document?["cohort"] as? String == "demo" && document?["objectives"] is [Any])
        }
    }

    @Test func twoFormatsOrAnEmptyOutputAreRefused() {
        for arguments in [
            ["report", "--cohort", "7B", "--json", "--format", "html"],
            ["report", "--cohort", "7B", "--format", "html", "--output", ""],
            ["report", "--cohort", "7B", "--format", "pdf"],
            ["report", "--cohort", "7B", "--lang", "de"],
        ] {
            #expect(throws: (any Error).self, "\(arguments)") { try OberihCommand.parseAsRoot(arguments) }
        }
        #expect(throws: Never.self) { try OberihCommand.parseAsRoot(["report", "--cohort", "7B", "--json", "--format", "json"]) }
    }
}
