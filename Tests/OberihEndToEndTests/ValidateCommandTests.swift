import Foundation
import Testing

/// `oberih validate` as a user runs it: the built binary, its streams and exit status.
@Suite final class ValidateCommandTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("oberih-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A copy of the sample pack with `edit` applied, written into the test's folder.
    func writePack(named name: String, replacing original: String? = nil, with replacement: String = "") throws -> String {
        let samplePath = OberihProcess.packageRoot.appendingPathComponent("Curriculum/being-kind-online.xml")
        var xml = try String(contentsOf: samplePath, encoding: .utf8)
        if let original {
            #expect(xml.contains(original), "the sample pack has no '\(original)'")
            xml = xml.replacingOccurrences(of: original, with: replacement, options: [], range: xml.range(of: original))
        }
        let url = folder.appendingPathComponent(name)
        try xml.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func curriculumPassesStrictValidation() throws {
        // The day the contacts were last checked is fixed, so the test does not start
        // failing when they go stale; `oberih validate --strict` without --as-of will.
        let run = try OberihProcess.run(["validate", "--strict", "--as-of", "2026-12-06", "Curriculum"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardError.contains(" files: 0 errors, 0 warnings"), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }

    /// A warning is enough to fail under --strict, and the line names its rule.
    @Test func strictFailsOnAWarning() throws {
        let path = try writePack(named: "stale.xml", replacing: "verified=\"2026-11-20\"", with: "verified=\"2025-01-10\"")
        let lenient = try OberihProcess.run(["validate", "--as-of", "2026-12-06", path])
        #expect(lenient.exitCode == 0, "\(lenient.standardError)")
        let run = try OberihProcess.run(["validate", "--strict", "--as-of", "2026-12-06", path])
        #expect(run.exitCode == 1)
        #expect(run.standardError.contains("invalid under --strict"))
        #expect(run.standardError.contains("was last verified on 2025-01-10, more than a year ago"))
        #expect(run.standardError.contains("[contact-stale]"))
    }

    @Test func noPathMeansTheCurriculumFolder() throws {
        let run = try OberihProcess.run(["validate", "--as-of", "2026-12-06"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardError.contains("checked "))
    }

    @Test func invalidPackExitsOneWithCompilerStyleLines() throws {
        let path = try writePack(named: "broken.xml", replacing: "pass-mark=\"", with: "pass-mark=\"1")
        let run = try OberihProcess.run(["validate", path])
        #expect(run.exitCode == 1)
        let lines = run.standardError.split(separator: "\n").map(String.init)
        let diagnostic = try #require(lines.first { $0.contains("[pass-mark-range]") })
        let pattern = #/^(.+):(\d+):(\d+): error: .+; .+ \[pass-mark-range\]$/#
        let match = try #require(diagnostic.wholeMatch(of: pattern))
        #expect(String(match.1) == path)
        #expect(lines.last?.contains("invalid") == true)
    }

    @Test func jsonGoesToStdoutWithTheDocumentedShape() throws {
        let path = try writePack(named: "broken.xml", replacing: "pass-mark=\"", with: "pass-mark=\"1")
        let run = try OberihProcess.run(["validate", "--format", "json", path])
        #expect(run.exitCode == 1)
        #expect(run.standardError.isEmpty)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(document["formatVersion"] as? Int == 1)
        #expect(document["valid"] as? Bool == false)
        let files = try #require(document["files"] as? [[String: Any]])
        let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
        let first = try #require(diagnostics.first { $0["code"] as? String == "pass-mark-range" })
        #expect(first["line"] as? Int != nil)
        #expect(first["column"] as? Int != nil)
        #expect(first["severity"] as? String == "error")
        #expect((first["suggestion"] as? String)?.isEmpty == false)
    }

    @Test func warningsFailOnlyUnderStrict() throws {
        let path = try writePack(named: "stale.xml", replacing: "verified=\"2026-", with: "verified=\"2020-")
        let lenient = try OberihProcess.run(["validate", path])
        #expect(lenient.exitCode == 0, "\(lenient.standardError)")
        #expect(lenient.standardError.contains("[contact-stale]"))
        let strict = try OberihProcess.run(["validate", "--strict", path])
        #expect(strict.exitCode == 1)
        #expect(strict.standardError.contains("invalid under --strict"))
    }

    @Test func asOfMovesTheVerificationClock() throws {
        let run = try OberihProcess.run(["validate", "--strict", "--as-of", "2040-01-01", "Curriculum"])
        #expect(run.exitCode == 1)
        #expect(run.standardError.contains("[contact-stale]"))
        let bad = try OberihProcess.run(["validate", "--as-of", "tomorrow"])
        #expect(bad.exitCode == 2)
        #expect(bad.standardError.contains("YYYY-MM-DD"))
    }

    @Test func missingPathAndUsageErrorsExitTwo() throws {
        let missing = try OberihProcess.run(["validate", folder.appendingPathComponent("nope.xml").path])
        #expect(missing.exitCode == 2)
        #expect(missing.standardError.contains("no such file or folder"))
        let emptyFolder = try OberihProcess.run(["validate", folder.path])
        #expect(emptyFolder.exitCode == 2)
        #expect(emptyFolder.standardError.contains("no .xml pack files"))
        let emptyBesideValid = try OberihProcess.run(["validate", "--as-of", "2026-12-06", "Curriculum", folder.path])
        #expect(emptyBesideValid.exitCode == 2, "an empty folder is not skipped quietly beside a valid one")
        #expect(emptyBesideValid.standardError.contains("\(folder.path):1:1: error: no .xml pack files in this folder"))
        #expect(emptyBesideValid.standardError.contains("[file-unreadable]"))
        let usage = try OberihProcess.run(["validate", "--format", "yaml"])
        #expect(usage.exitCode == 2)
        #expect(usage.standardError.contains("--format"))
    }

    @Test func colourOnlyWhenAskedOrOnATerminal() throws {
        let path = try writePack(named: "broken.xml", replacing: "pass-mark=\"", with: "pass-mark=\"1")
        let piped = try OberihProcess.run(["validate", path])
        #expect(!piped.standardError.contains("\u{1B}["))
        let forced = try OberihProcess.run(["validate", "--color", "always", path])
        #expect(forced.standardError.contains("\u{1B}[31m"))
    }

    @Test func folderIsSearchedRecursivelyAndDuplicateIdsFound() throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("more"), withIntermediateDirectories: true)
        _ = try writePack(named: "a.xml")
        _ = try writePack(named: "more/b.xml")
        let run = try OberihProcess.run(["validate", folder.path])
        #expect(run.exitCode == 1)
        #expect(run.standardError.contains("more/b.xml:"))
        #expect(run.standardError.contains("[duplicate-pack-id]"))
        #expect(run.standardError.contains("checked 2 files"))
    }
}

/// `oberih` alone: the packs of ./Curriculum and a store created on first use.
@Suite struct StatusCommandTests {
    @Test func theDefaultCommandListsThePacksAndCreatesTheStore() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("oberih-status-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.path
        environment["OBERIH_STORE"] = nil
        let run = try OberihProcess.run([], environment: environment)
        #expect(run.exitCode == 0, "\(run.standardError)")
        for id in ["being-kind-online", "who-is-really-there", "consent-to-share", "pressure-and-threats", "upstanders"] {
            #expect(run.standardOutput.contains(id))
        }
        let store = home.appendingPathComponent("oberih/progress.sqlite").path
        #expect(run.standardOutput.contains("Progress store: \(store)"))
        let mode = try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)

        let json = try OberihProcess.run(["--json"], environment: environment)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect((document["packs"] as? [[String: Any]])?.count == 6)
        #expect((document["store"] as? [String: Any])?["path"] as? String == store)

        // From a folder with no Curriculum/ and nothing installed, nothing is found, and that is said.
        environment["XDG_DATA_DIRS"] = home.path
        let noPacks = try OberihProcess.run(["status"], environment: environment, currentDirectory: home)
        #expect(noPacks.exitCode == 2)
        #expect(noPacks.standardError.contains("no lesson packs found (searched ./Curriculum, "))
        #expect(noPacks.standardError.contains("give --curriculum DIR, set OBERIH_CURRICULUM, install a pack with"))
    }
}
