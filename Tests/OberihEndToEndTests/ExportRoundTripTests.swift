import Foundation
import Testing

/// `oberih export --format json` against docs/export.schema.json, and the round trip:
/// every figure of `oberih report --json` recomputed from the export alone by
/// export_roundtrip.py (with reference.py's numpy/scipy formulas), then compared.
@Suite final class ExportRoundTripTests {
    let folder: URL
    let environment: [String: String]

    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let pythonIsReady: Bool = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import numpy, scipy, jsonschema"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    init() throws {
        folder = try TestFolder.make("export")
        environment = TestFolder.pipedEnvironment(folder)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func oberih(_ arguments: [String], input: [String] = []) throws -> OberihRun {
        let text = input.map { $0 + "\n" }.joined()
        return try OberihProcess.run(arguments, input: Data(text.utf8), environment: environment)
    }

    @Test(.enabled(if: pythonIsReady || isCI, "python3 with numpy, scipy and jsonschema is not installed"))
    func theReportIsRecomputedFromTheExportAlone() throws {
        try #require(Self.pythonIsReady, "CI=true but `python3 -c 'import numpy, scipy, jsonschema'` fails")
        let simulated = try oberih(["simulate", "--cohort", "R", "--learners", "30", "--seed", "11"])
        #expect(simulated.exitCode == 0, "\(simulated.standardError)")
        // A group session left at its start: an unfinished attempt, exported by replaying it.
        let group = try oberih(["facilitate", "being-kind-online", "--cohort", "R"], input: ["", "", "q"])
        #expect(group.exitCode == 0, "\(group.standardError)")

        let exportFile = folder.appendingPathComponent("cohort.json")
        let export = try oberih(["export", "--cohort", "R", "--output", exportFile.path])
        #expect(export.exitCode == 0, "\(export.standardError)")
        #expect(export.standardOutput.isEmpty, "--output leaves stdout empty")
        #expect(!FileManager.default.fileExists(atPath: exportFile.path + ".partial"))
        let report = try oberih(["report", "--cohort", "R", "--pack", "being-kind-online", "--json"])
        #expect(report.exitCode == 0, "\(report.standardError)")
        let reportFile = folder.appendingPathComponent("report.json")
        try Data(report.standardOutput.utf8).write(to: reportFile)

        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: exportFile)) as? [String: Any])
        let attempts = try #require(document["attempts"] as? [[String: Any]])
        #expect(attempts.contains { $0["group"] as? Bool == true && $0["resultSource"] as? String == "replayed" })
        #expect(attempts.filter { $0["group"] as? Bool == false }.allSatisfy { $0["resultSource"] as? String == "stored" })
        let text = try String(contentsOf: exportFile, encoding: .utf8)
        #expect(!text.contains("nickname"), "learners by code only")

        let root = OberihProcess.packageRoot
        let check = try Self.python([
            root.appendingPathComponent("Tests/OberihEndToEndTests/export_roundtrip.py").path, exportFile.path,
            reportFile.path, root.appendingPathComponent("docs/export.schema.json").path,
            root.appendingPathComponent("Tests/CohortStatisticsTests").path,
        ])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("0 disagreements"), "\(check.output)")
    }

    @Test func anUnknownCohortOrAMissingFolderExitsTwoAndWritesNothing() throws {
        #expect(try oberih(["simulate", "--cohort", "S", "--learners", "2"]).exitCode == 0)
        let unknown = try oberih(["export", "--cohort", "Nobody"])
        #expect(unknown.exitCode == 2)
        #expect(unknown.standardError.contains("no cohort 'Nobody'"), "\(unknown.standardError)")
        let missing = folder.appendingPathComponent("no-such-folder/cohort.json").path
        let run = try oberih(["export", "--cohort", "S", "--output", missing])
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("cannot write"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
