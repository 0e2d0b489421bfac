import Foundation
import Testing

/// `report` and `export` only read the store; filling in old results is `doctor --update`'s
/// explicit step. Through the built binary, with the sqlite3 shell to make an "old" store.
@Suite final class ReadOnlyStoreTests {
    let store: StoreFolder
    var folder: URL { store.folder }
    var storePath: String { store.storePath }

    init() throws {
        store = try StoreFolder(prefix: "oberih-readonly")
    }

    func oberih(_ arguments: [String]) throws -> OberihRun {
        try store.oberih(arguments)
    }

    func sqlite3(_ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", storePath, sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 \(sql)")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static var hasSQLite3: Bool {
        ProcessInfo.processInfo.environment["PATH", default: "/usr/bin:/bin"].split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/sqlite3")
        }
    }

    func bytes() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: storePath)) }

    @Test(.enabled(if: hasSQLite3, "needs the sqlite3 shell"))
    func oldResultsAreReplayedByReadersAndStoredOnlyByDoctorUpdate() throws {
        #expect(try oberih(["simulate", "--cohort", "A", "--learners", "6", "--seed", "2"]).exitCode == 0)
        let before = try oberih(["report", "--cohort", "A", "--json"])
        #expect(before.exitCode == 0, "\(before.standardError)")
        // As if these attempts had finished before results were kept.
        _ = try sqlite3("DELETE FROM stepResult; DELETE FROM attemptResult;")
        let finished = try sqlite3("SELECT count(*) FROM attempt WHERE finishedAt IS NOT NULL")
        let untouched = try bytes()

        let report = try oberih(["report", "--cohort", "A", "--json"])
        #expect(report.exitCode == 0, "\(report.standardError)")
        #expect(report.standardOutput == before.standardOutput, "the same figures, replayed")
        #expect(report.standardError.contains("\(finished) finished attempts had no stored result"))
        #expect(report.standardError.contains("oberih doctor --update"))
        let export = try oberih(["export", "--cohort", "A", "--output", folder.appendingPathComponent("a.json").path])
        #expect(export.exitCode == 0, "\(export.standardError)")
        #expect(export.standardError.contains("were replayed"))
        #expect(try bytes() == untouched, "report and export wrote nothing")
        #expect(try sqlite3("SELECT count(*) FROM attemptResult") == "0")

        let doctor = try oberih(["doctor"])
        #expect(doctor.exitCode == 1)
        #expect(doctor.standardOutput.contains("\(finished) finished attempts have no stored result"))
        let update = try oberih(["doctor", "--update"])
        #expect(update.exitCode == 0, "\(update.standardOutput)\(update.standardError)")
        #expect(update.standardError.contains("\(finished) results of finished attempts stored"))
        #expect(try sqlite3("SELECT count(*) FROM attemptResult") == finished)
        let after = try oberih(["report", "--cohort", "A", "--json"])
        #expect(after.standardOutput == before.standardOutput)
        #expect(!after.standardError.contains("no stored result"))
    }

    /// A store from before pack files were kept (schema v3): listed and checked as it
    /// is, and given its pack files by `doctor --update` from the curriculum.
    @Test(.enabled(if: hasSQLite3, "needs the sqlite3 shell"))
    func aStoreFromBeforePackFilesIsListedAsItIsAndMendedByDoctorUpdate() throws {
        #expect(try oberih(["simulate", "--cohort", "A", "--learners", "5", "--seed", "2"]).exitCode == 0)
        _ = try sqlite3(
            "DROP INDEX attemptByPackFile; DROP TABLE packFile; DELETE FROM grdb_migrations WHERE identifier LIKE 'v4%';")
        let untouched = try bytes()
        let list = try oberih(["pack", "list"])
        #expect(list.exitCode == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("(not kept: `oberih doctor` says what to do)"))
        let doctor = try oberih(["doctor"])
        #expect(doctor.exitCode == 1)
        #expect(doctor.standardOutput.contains("the store's schema is not the current one"))
        #expect(doctor.standardOutput.contains("`oberih doctor --update` keeps it from Curriculum/being-kind-online.xml"))
        #expect(try oberih(["report", "--cohort", "A"]).exitCode == 2, "an old schema is refused")
        #expect(try bytes() == untouched, "pack list, doctor and report wrote nothing")

        let update = try oberih(["doctor", "--update"])
        #expect(update.exitCode == 0 && update.standardError.contains("updated: 1 pack version kept"), "\(update.standardError)")
        #expect(try sqlite3("SELECT count(*) FROM packFile") == "1")
        #expect(try oberih(["doctor"]).exitCode == 0)
        #expect(try oberih(["report", "--cohort", "A"]).exitCode == 0)
    }

    @Test(.enabled(if: hasSQLite3, "needs the sqlite3 shell"))
    func aStoreOfAnOlderSchemaIsNotMigratedByAReport() throws {
        #expect(try oberih(["cohort", "create", "A"]).exitCode == 0)
        _ = try sqlite3(
            "DROP TABLE stepResult; DROP TABLE attemptResult; "
                + "DELETE FROM grdb_migrations WHERE identifier LIKE 'v2%';")
        let untouched = try bytes()
        let report = try oberih(["report", "--cohort", "A"])
        #expect(report.exitCode == 2)
        #expect(report.standardError.contains("written by an older version of Oberih"))
        #expect(report.standardError.contains("oberih doctor --update"))
        #expect(try bytes() == untouched)
        #expect(try oberih(["doctor", "--update"]).exitCode == 0)
        #expect(try sqlite3("SELECT count(*) FROM grdb_migrations") == "6")
    }

    /// A store the user made read-only (0444; the tests run as root, who could write it
    /// anyway): read commands work, writing ones are refused, and its mode stays.
    @Test func aReadOnlyStoreIsListedButNotChanged() throws {
        #expect(try oberih(["simulate", "--cohort", "A", "--learners", "5", "--seed", "4"]).exitCode == 0)
        #expect(chmod(storePath, 0o444) == 0)
        let untouched = try bytes()
        for read in [["cohort", "list"], ["learner", "list"], ["cohort", "show", "A"], ["report", "--cohort", "A"], ["doctor"]] {
            let run = try oberih(read)
            #expect(run.exitCode != 2, "\(read): \(run.standardError)")
        }
        let create = try oberih(["cohort", "create", "B"])
        #expect(create.exitCode == 2)
        #expect(create.standardError.contains("the store \(storePath) is read-only"))
        #expect(create.standardError.contains("chmod 600"))
        #expect(try bytes() == untouched)
        let mode = try FileManager.default.attributesOfItem(atPath: storePath)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o444)
        #expect(!FileManager.default.fileExists(atPath: storePath + "-wal"))
    }
}
