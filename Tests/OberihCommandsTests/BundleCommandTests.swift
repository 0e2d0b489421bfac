import ArgumentParser
import Foundation
import ProgressStore
import TestSupport
import Testing

@testable import OberihCommands
@testable import ProgressStore

/// `oberih export --format bundle` and `oberih import` run in process on stores in a
/// temporary folder: the file written, what the import changes, its words and exit status.
@Suite struct BundleCommandTests {
    static func options(_ store: URL, json: Bool = false) throws -> StoreOptions {
        try StoreOptions.parse(["--store", store.path] + (json ? ["--json"] : []))
    }

    @Test func aBundleExportedOnOneStoreIsImportedIntoAnotherOnceOnly() throws {
        try TemporaryFolder.with { folder in
            let laptop = folder.appendingPathComponent("laptop.sqlite")
            let trainer = folder.appendingPathComponent("trainer.sqlite")
            let bundle = folder.appendingPathComponent("7B.bundle").path
            try StoreCommandTests.run(
                ["simulate", "--cohort", "7B", "--learners", "3", "--pack", StoreCommandTests.packFile], store: laptop)
            try StoreCommandTests.run(["export", "--cohort", "7B", "--format", "bundle", "--output", bundle], store: laptop)
            let first = try String(contentsOfFile: bundle, encoding: .utf8).split(separator: "\n").first.map(String.init)
            #expect(first?.contains("\"kind\":\"oberih-bundle\"") == true)
            #expect(first?.contains("\"oberihVersion\":\"\(OberihVersion.current)\"") == true)

            try StoreCommandTests.run(["import", bundle], store: trainer)
            let codes = { (path: URL) in try ProgressStore(path: path.path, access: .readOnly).learners(inCohort: "7B").map(\.code) }
            #expect(try codes(trainer) == (try codes(laptop)))

            let again = try ImportCommand.merge(bundle, dryRun: false, options: try Self.options(trainer))
            #expect(again.isNothingNew)
            #expect(ImportCommand.text(again, bundle: bundle, dryRun: false).hasPrefix("nothing new: everything of cohort 7B"))
            let json = try StoreOutput.jsonText(ImportJSON(again, dryRun: false))
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(document["formatVersion"] as? Int == 1 && document["nothingNew"] as? Bool == true)
            #expect((document["imported"] as? [String: Any])?["attemptsAdded"] as? Int == 0)
            #expect((document["conflicts"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func aLearnerCodeConflictExitsWithOneAndNamesTheNewCode() throws {
        try TemporaryFolder.with { folder in
            let laptop = folder.appendingPathComponent("laptop.sqlite")
            let trainer = folder.appendingPathComponent("trainer.sqlite")
            let bundle = folder.appendingPathComponent("7B.bundle").path
            try StoreCommandTests.run(
                ["simulate", "--cohort", "7B", "--learners", "2", "--pack", StoreCommandTests.packFile], store: laptop)
            try StoreCommandTests.run(["export", "--cohort", "7B", "--format", "bundle", "--output", bundle], store: laptop)
            try StoreCommandTests.run(["import", bundle, "--dry-run"], store: trainer)
            #expect(!FileManager.default.fileExists(atPath: trainer.path), "a dry run creates no store")
            let code = try ProgressStore(path: laptop.path, access: .readOnly).learners(inCohort: "7B")[0].code
            // The trainer's store has another learner under the same code.
            try StoreCommandTests.run(["cohort", "create", "8A"], store: trainer)
            try ProgressStore(path: trainer.path).writer.write { db in
                try db.execute(
                    sql: "INSERT INTO learner (code, age, language, createdAt) VALUES (?, 17, 'uk', '2020-01-01 00:00:00.000')",
                    arguments: [code])
            }
            let merge = try ImportCommand.merge(bundle, dryRun: false, options: try Self.options(trainer))
            let change = try #require(merge.learnerCodeChanges.first)
            #expect(change.bundleCode == code && change.storeCode != code && change.isNew)
            let text = ImportCommand.text(merge, bundle: bundle, dryRun: false)
            #expect(text.contains("conflict: learner \(change.bundleCode) of the bundle is \(change.storeCode) here"))
            #expect(text.contains("give them the code \(change.storeCode)"))
            // Run as a command, the same bundle again: nothing new, the mapping named again, exit status 1.
            #expect(throws: ExitCode(1)) { try StoreCommandTests.run(["import", bundle, "--json"], store: trainer) }
        }
    }

    @Test func aDamagedBundleIsRefusedWithTheNextStep() throws {
        try TemporaryFolder.with { folder in
            let laptop = folder.appendingPathComponent("laptop.sqlite")
            let trainer = folder.appendingPathComponent("trainer.sqlite")
            let bundle = folder.appendingPathComponent("7B.bundle").path
            try StoreCommandTests.run(
                ["simulate", "--cohort", "7B", "--learners", "2", "--pack", StoreCommandTests.packFile], store: laptop)
            try StoreCommandTests.run(["export", "--cohort", "7B", "--format", "bundle", "--output", bundle], store: laptop)
            var bytes = try Data(contentsOf: URL(fileURLWithPath: bundle))
            bytes[bytes.count / 2] ^= 0x01
            try bytes.write(to: URL(fileURLWithPath: bundle))
            let failure = try #require(try StoreCommandTests.failure(["import", bundle], store: trainer))
            #expect(failure.exitCode == 2)
            #expect(failure.message.contains("the file is damaged or was changed; nothing was imported. Copy it again from the device"))
            #expect(!FileManager.default.fileExists(atPath: trainer.path), "nothing was created")
        }
    }
}
