import Foundation
import Testing

/// Oberih run from a folder with no Curriculum/: packs come from the installed curriculum
/// or --curriculum, and results from the pack files the store keeps.
@Suite struct CurriculumAnywhereTests {
    let folder: URL
    /// The working folder: nothing in it.
    let elsewhere: URL
    var environment: [String: String]

    init() throws {
        folder = try TestFolder.make("anywhere")
        elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        environment = TestFolder.pipedEnvironment(folder)
        environment["OBERIH_CURRICULUM"] = nil
        environment["XDG_DATA_DIRS"] = folder.appendingPathComponent("no-system-data").path
    }

    var installed: String { folder.appendingPathComponent("oberih/packs").path }
    var storePath: String { folder.appendingPathComponent("oberih/progress.sqlite").path }

    func oberih(_ arguments: [String], input: [String] = [], in directory: URL? = nil) throws -> OberihRun {
        try OberihProcess.run(
            arguments, input: Data(input.map { $0 + "\n" }.joined().utf8), environment: environment,
            currentDirectory: directory ?? elsewhere)
    }

    static var curriculumFiles: [URL] {
        let curriculum = OberihProcess.packageRoot.appendingPathComponent("Curriculum")
        return (try? FileManager.default.contentsOfDirectory(at: curriculum, includingPropertiesForKeys: nil))?
            .filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path } ?? []
    }

    /// A copy of being-kind-online with another version and English title, in `name`/;
    /// `renaming` gives a post-test item another id.
    func otherVersion(_ version: String, title: String, in name: String, renaming item: String? = nil) throws -> String {
        let original = try String(
            contentsOf: OberihProcess.packageRoot.appendingPathComponent("Curriculum/being-kind-online.xml"), encoding: .utf8)
        let changed = original.replacingOccurrences(of: "version=\"1.0.0\"", with: "version=\"\(version)\"")
            .replacingOccurrences(of: "<t lang=\"en\">Being kind online and getting help</t>", with: "<t lang=\"en\">\(title)</t>")
            .replacingOccurrences(of: "id=\"post-support-others-1\"", with: "id=\"\(item ?? "post-support-others-1")\"")
        #expect(changed.contains("version=\"\(version)\"") && changed.contains(title))
        let packs = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
        let path = packs.appendingPathComponent("being-kind-online.xml").path
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        return packs.path
    }

    func sqlite(_ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", storePath, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 \(sql)")
    }

    static func csvRows(_ text: String) -> [[String]] {
        text.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func everyCommandWorksFromAFolderWithoutCurriculumOnceThePacksAreInstalled() throws {
        let before = try oberih([])
        #expect(before.exitCode == 2 && before.standardError.contains("no lesson packs found"), "\(before.standardError)")
        for file in Self.curriculumFiles {
            let install = try oberih(["pack", "install", file.path])
            #expect(install.exitCode == 0, "\(install.standardError)")
            #expect(install.standardOutput.contains("installed ") && install.standardOutput.contains(installed))
        }
        let again = try oberih(["pack", "install", Self.curriculumFiles[0].path])
        #expect(again.standardOutput.contains("is already installed"))

        let status = try oberih([])
        #expect(status.exitCode == 0, "\(status.standardError)")
        #expect(status.standardOutput.contains("Lesson packs in \(installed) (installed with `oberih pack install`)"))
        #expect(status.standardOutput.contains("being-kind-online") && status.standardOutput.contains("upstanders"))
        let validate = try oberih(["validate"])
        #expect(validate.exitCode == 0 && validate.standardError.contains("checked 6 files: 0 errors"), "\(validate.standardError)")

        let play = try oberih(["play", "being-kind-online", "--age", "11"], input: ["", "q"])
        #expect(play.exitCode == 0, "\(play.standardError)")
        #expect((play.standardOutput + play.standardError).contains("Your answers are saved"))
        #expect(try oberih(["cohort", "create", "A"]).exitCode == 0)
        let facilitate = try oberih(["facilitate", "being-kind-online", "--cohort", "A", "--present", "20"], input: ["", "q"])
        #expect(facilitate.exitCode == 0, "\(facilitate.standardError)")
        #expect(try oberih(["cohort", "show", "A"]).standardOutput.contains("unkind-online"), "the group's session is stored")
        #expect(try oberih(["simulate", "--cohort", "A", "--learners", "6", "--seed", "2"]).exitCode == 0)
        let report = try oberih(["report", "--cohort", "A"])
        #expect(report.exitCode == 0, "\(report.standardError)")
        #expect(report.standardOutput.contains("Being kind online and getting help (being-kind-online 1.0.0)"))
        let csv = try oberih(["export", "--cohort", "A", "--format", "csv"])
        #expect(csv.exitCode == 0, "\(csv.standardError)")
        let rows = Self.csvRows(csv.standardOutput)
        #expect(!rows.isEmpty && rows.allSatisfy { !$0[6].isEmpty }, "every row has its lesson kind")
        let doctor = try oberih(["doctor"])
        #expect(doctor.exitCode == 0, "\(doctor.standardOutput)")
        let list = try oberih(["pack", "list"])
        #expect(list.exitCode == 0)
        #expect(list.standardOutput.contains("Pack versions played, in the store \(storePath)"))
        let played = list.standardOutput.split(separator: "\n").filter { $0.hasPrefix("being-kind-online ") && $0.contains(" 1.0.0 ") }
        #expect(played.count == 2, "found, and played: \(list.standardOutput)")
        #expect(played.last?.hasSuffix("yes") == true, "the played version is kept")
    }

    @Test func aCohortThatPlayedTwoVersionsIsReportedAndExportedForBothAfterTheOldFileIsDeleted() throws {
        let first = try otherVersion("1.0.0", title: "Being kind online and getting help", in: "v1")
        let second = try otherVersion(
            "1.1.0", title: "Kind online, second edition", in: "v2", renaming: "post-support-others-1b")
        #expect(try oberih(["simulate", "--cohort", "A", "--learners", "6", "--seed", "2", "--curriculum", first]).exitCode == 0)
        #expect(try oberih(["simulate", "--cohort", "A", "--learners", "4", "--seed", "3", "--curriculum", second]).exitCode == 0)
        let play = try oberih(["play", "being-kind-online", "--age", "11", "--curriculum", second], input: ["", "q"])
        #expect(play.exitCode == 0, "\(play.standardError)")
        #expect((play.standardOutput + play.standardError).contains("--curriculum \(second)"), "the way back finds the pack")
        try FileManager.default.removeItem(atPath: first)
        try FileManager.default.removeItem(atPath: second)

        // No pack file anywhere now: everything comes from the store.
        let older = try oberih(["report", "--cohort", "A"])
        #expect(older.exitCode == 0, "\(older.standardError)")
        #expect(older.standardOutput.contains("Being kind online and getting help (being-kind-online 1.0.0)"))
        #expect(older.standardOutput.contains("Learners: 10 enrolled, 6 started"))
        #expect(older.standardError.contains("the cohort also played being-kind-online 1.1.0"))
        #expect(older.standardError.contains("`--pack-version 1.1.0` reports on it"))
        let newer = try oberih(["report", "--cohort", "A", "--pack-version", "1.1.0"])
        #expect(newer.exitCode == 0, "\(newer.standardError)")
        #expect(newer.standardOutput.contains("Kind online, second edition (being-kind-online 1.1.0)"))
        #expect(newer.standardOutput.contains("Learners: 10 enrolled, 4 started"))
        // Each version's items are its own.
        #expect(newer.standardOutput.contains("post-support-others-1b "))
        #expect(older.standardOutput.contains("post-support-others-1 ") && !older.standardOutput.contains("-1b"))
        let unknown = try oberih(["report", "--cohort", "A", "--pack-version", "2.0.0"])
        #expect(unknown.exitCode == 2 && unknown.standardError.contains("played being-kind-online in version 1.0.0, 1.1.0, not 2.0.0"))

        let csv = try oberih(["export", "--cohort", "A", "--format", "csv"])
        #expect(csv.exitCode == 0, "\(csv.standardError)")
        let rows = Self.csvRows(csv.standardOutput)
        #expect(Set(rows.map { $0[4] }) == ["1.0.0", "1.1.0"])
        let renamed = rows.filter { $0[11] == "post-support-others-1b" }
        #expect(!renamed.isEmpty && renamed.allSatisfy { $0[4] == "1.1.0" && $0[6] == "post-test" })
        #expect(rows.filter { $0[11] == "post-support-others-1" }.allSatisfy { $0[4] == "1.0.0" })
        #expect(rows.allSatisfy { !$0[6].isEmpty }, "every row has its lesson kind")
        let json = try oberih(["export", "--cohort", "A"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let packs = try #require(document["packs"] as? [[String: Any]])
        #expect(packs.map { $0["version"] as? String } == ["1.0.0", "1.1.0"])
        #expect(packs.allSatisfy { $0["available"] as? Bool == true })
        #expect(packs.map { ($0["title"] as? [String: Any])?["en"] as? String } == [
            "Being kind online and getting help", "Kind online, second edition",
        ])
    }

    @Test(.enabled(if: ReadOnlyStoreTests.hasSQLite3, "needs the sqlite3 shell"))
    func aStoreFromBeforePackFilesWereKeptIsMendedByDoctorAndNothingIsExportedHalfKnown() throws {
        let root = OberihProcess.packageRoot
        #expect(try oberih(["simulate", "--cohort", "A", "--learners", "5", "--seed", "2"], in: root).exitCode == 0)
        try sqlite("DELETE FROM packFile")

        let output = elsewhere.appendingPathComponent("a.csv").path
        let refused = try oberih(["export", "--cohort", "A", "--format", "csv", "--output", output])
        #expect(refused.exitCode == 2)
        #expect(refused.standardError.contains("the pack version being-kind-online 1.0.0 (SHA-256 "))
        #expect(refused.standardError.contains("is not kept in the store and no pack file found has it; nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let marked = try oberih(["export", "--cohort", "A", "--format", "csv", "--allow-missing-packs"])
        #expect(marked.exitCode == 0 && marked.standardError.contains("they are written marked"))
        #expect(Self.csvRows(marked.standardOutput).allSatisfy { $0[6] == "pack-unavailable" })
        let report = try oberih(["report", "--cohort", "A"])
        #expect(report.exitCode == 2 && report.standardError.contains("no report was made"))
        let doctor = try oberih(["doctor"])
        #expect(doctor.exitCode == 1)
        #expect(doctor.standardOutput.contains("no pack file found has its SHA-256"))

        // From the project folder, the file with that SHA-256 is at hand.
        let atHand = try oberih(["doctor"], in: root)
        #expect(atHand.standardOutput.contains("`oberih doctor --update` keeps it from Curriculum/being-kind-online.xml"))
        let update = try oberih(["doctor", "--update"], in: root)
        #expect(update.exitCode == 0 && update.standardError.contains("updated: 1 pack version kept"), "\(update.standardError)")
        #expect(try oberih(["doctor"]).exitCode == 0)
        let exported = try oberih(["export", "--cohort", "A", "--format", "csv"])
        #expect(exported.exitCode == 0 && exported.standardError.isEmpty, "\(exported.standardError)")
        #expect(Self.csvRows(exported.standardOutput).allSatisfy { !$0[6].isEmpty && $0[6] != "pack-unavailable" })

        // Playing also keeps the files of old versions the curriculum has.
        try sqlite("DELETE FROM packFile")
        let play = try oberih(["play", "upstanders", "--age", "14"], input: ["", "q"], in: root)
        #expect(play.exitCode == 0, "\(play.standardError)")
        let kept = try oberih(["pack", "list", "--json"])
        let listing = try #require(try JSONSerialization.jsonObject(with: Data(kept.standardOutput.utf8)) as? [String: Any])
        let versions = try #require((listing["store"] as? [String: Any])?["versions"] as? [[String: Any]])
        #expect(Set(versions.compactMap { $0["id"] as? String }) == ["being-kind-online", "upstanders"])
        #expect(versions.allSatisfy { $0["kept"] as? Bool == true })
    }

    @Test func packInstallRefusesAPackWithErrorsAndSaysWhichFileHidesIt() throws {
        let broken = folder.appendingPathComponent("broken.xml").path
        try "<pack xmlns=\"urn:oberih:pack:1\" id=\"x\"/>".write(toFile: broken, atomically: true, encoding: .utf8)
        let refused = try oberih(["pack", "install", broken])
        #expect(refused.exitCode == 1)
        #expect(refused.standardError.contains("not installed: \(broken) has errors"))
        #expect(!FileManager.default.fileExists(atPath: installed + "/x.xml"))

        // From the project folder, ./Curriculum is searched before the user's packs.
        let edited = try otherVersion("1.2.0", title: "Kind online, edited", in: "drafts")
        let install = try oberih(["pack", "install", edited + "/being-kind-online.xml"], in: OberihProcess.packageRoot)
        #expect(install.exitCode == 0, "\(install.standardError)")
        #expect(install.standardError.contains("note: Curriculum/being-kind-online.xml has the same id and is found first"))
        let list = try oberih(["pack", "list"], in: OberihProcess.packageRoot)
        #expect(list.standardOutput.contains("hidden  \(installed)/being-kind-online.xml"), "\(list.standardOutput)")
        let status = try oberih([], in: OberihProcess.packageRoot)
        #expect(status.standardOutput.contains("being-kind-online.xml (hidden)"))
        // Elsewhere the installed one is found.
        let report = try oberih(["pack", "list"])
        #expect(report.standardOutput.contains("1.2.0    found"))
    }

    @Test func aPackInstalledByTheUserHidesTheShippedOneWithoutReplacingIt() throws {
        var environment = environment
        // The curriculum installed for everyone, searched after the user's packs.
        let shipped = folder.appendingPathComponent("system/oberih/curriculum")
        try FileManager.default.createDirectory(at: shipped, withIntermediateDirectories: true)
        let original = OberihProcess.packageRoot.appendingPathComponent("Curriculum/being-kind-online.xml")
        try FileManager.default.copyItem(at: original, to: shipped.appendingPathComponent("being-kind-online.xml"))
        environment["XDG_DATA_DIRS"] = folder.appendingPathComponent("system").path
        func run(_ arguments: [String]) throws -> OberihRun {
            try OberihProcess.run(arguments, environment: environment, currentDirectory: elsewhere)
        }

        let newer = try otherVersion("1.2.0", title: "Kind online, 1.2", in: "newer")
        let install = try run(["pack", "install", newer + "/being-kind-online.xml"])
        #expect(install.exitCode == 0 && install.standardOutput.contains("installed being-kind-online 1.2.0: \(installed)"))
        #expect(install.standardError.contains("which stays as it is; remove \(installed)/being-kind-online.xml to go back to it"))
        #expect(FileManager.default.contentsEqual(
            atPath: shipped.appendingPathComponent("being-kind-online.xml").path, andPath: original.path))
        let list = try run(["pack", "list"])
        #expect(list.standardOutput.contains("1.2.0    found"), "\(list.standardOutput)")
        #expect(list.standardOutput.contains("1.0.0    hidden"))
        let validate = try run(["validate"])
        #expect(validate.exitCode == 0, "a hidden pack is no duplicate: \(validate.standardError)")
        #expect(validate.standardError.contains("checked 2 files: 0 errors"))

        let older = try otherVersion("1.1.0", title: "Kind online, 1.1", in: "older")
        let downgrade = try run(["pack", "install", older + "/being-kind-online.xml"])
        #expect(downgrade.standardOutput.contains("(replacing the newer version 1.2.0)"))

        // Removing the user's file brings the shipped pack back.
        try FileManager.default.removeItem(atPath: installed + "/being-kind-online.xml")
        #expect(try run(["pack", "list"]).standardOutput.contains("1.0.0    found"))

        // A file of that name holding another pack is not written over.
        try FileManager.default.copyItem(
            atPath: OberihProcess.packageRoot.appendingPathComponent("Curriculum/upstanders.xml").path,
            toPath: installed + "/being-kind-online.xml")
        let refused = try run(["pack", "install", newer + "/being-kind-online.xml"])
        #expect(refused.exitCode == 2)
        #expect(refused.standardError.contains("holding the pack upstanders 1.0.0; nothing was replaced"))
    }
}
