import Foundation
import Testing

/// What a new author meets: every schema mistake in one run, worded with what to do; the
/// XSD for an editor (`oberih schema`); backup copies left alone.
@Suite final class AuthorToolkitTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("oberih-toolkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    static func samplePack() throws -> String {
        try String(
            contentsOf: OberihProcess.packageRoot.appendingPathComponent("Curriculum/being-kind-online.xml"),
            encoding: .utf8)
    }

    /// The 1-based line and column of the first `needle` in `text`.
    static func position(of needle: String, in text: String) -> (line: Int, column: Int)? {
        guard let range = text.range(of: needle) else { return nil }
        let before = text[..<range.lowerBound]
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return (before.filter { $0 == "\n" }.count + 1, text.unicodeScalars[lineStart..<range.lowerBound].count + 1)
    }

    @Test func fourMistakesAreReportedInOneRunWithWhatToDo() throws {
        var xml = try Self.samplePack()
        let title = """
                <title>
                  <t lang="en">Unkind online is still unkind</t>
                  <t lang="uk">Образа в інтернеті — теж образа</t>
                  <t lang="ru">Обида в интернете — тоже обида</t>
                </title>

            """
        for (old, new) in [
            (title, ""),  // libxml2 then skips the rest of the lesson…
            ("<text id=\"l1-intro\" objectives=", "<text id=\"l1-intro\" objective="),  // …where this is
            ("country=\"UA\"", "country=\"ua\""),
            ("<option id=\"o1\" correct=\"true\">", "<option id=\"o1\" correct=\"True\">"),
        ] {
            #expect(xml.contains(old), "the sample pack has no \(old)")
            xml = xml.replacingOccurrences(of: old, with: new, options: [], range: xml.range(of: old))
        }
        let path = folder.appendingPathComponent("four.xml").path
        try xml.write(toFile: path, atomically: true, encoding: .utf8)

        let run = try OberihProcess.run(["validate", "--as-of", "2026-12-06", path])
        #expect(run.exitCode == 1)
        let lines = run.standardError.split(separator: "\n").map(String.init)
        let schemaLines = lines.filter { $0.hasSuffix("[schema-violation]") }
        func at(_ needle: String) throws -> String {
            let place = try #require(Self.position(of: needle, in: xml))
            return "\(path):\(place.line):\(place.column): error: "
        }
        let expected = [
            try at("country=\"ua\"") + "'country' cannot be 'ua'; write the country code in capitals: UA [schema-violation]",
            try at("correct=\"True\"")
                + "'correct' cannot be 'True'; use true or false, in lower case: true [schema-violation]",
            try at("<summary>\n      <t lang=\"en\">What makes a comment bullying") + "<title> is missing before <summary>; add <title> before <summary> [schema-violation]",
            try at("objective=")
                + "attribute 'objective' is not allowed on <text>; did you mean 'objectives'? [schema-violation]",
        ]
        #expect(schemaLines == expected, "\(run.standardError)")
        // The semantic rules add what follows from the missing title (no title text in
        // any of the three languages), so the summary counts seven.
        #expect(lines.last == "checked 1 file: 7 errors, 0 warnings; invalid", "\(run.standardError)")
        #expect(!run.standardError.contains("[correct-answer-count]"), "correct=\"True\" is read as meant")

        let verbose = try OberihProcess.run(["validate", "--verbose", "--as-of", "2026-12-06", path])
        #expect(
            verbose.standardError.contains(
                "    libxml2: element 'contact', attribute 'country': [facet 'pattern'] The value 'ua' is not accepted "
                    + "by the pattern '[A-Z]{2}|international'"), "\(verbose.standardError)")

        let json = try OberihProcess.run(["validate", "--format", "json", "--as-of", "2026-12-06", path])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
        let country = try #require(diagnostics.first { ($0["message"] as? String)?.contains("'country'") == true })
        #expect(country["suggestion"] as? String == "write the country code in capitals: UA")
        #expect((country["detail"] as? String)?.contains("[facet 'pattern']") == true)
    }

    @Test func oneErrorIsOneError() throws {
        let xml = try Self.samplePack().replacingOccurrences(of: "country=\"UA\"", with: "country=\"ua\"")
        let path = folder.appendingPathComponent("one.xml").path
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try OberihProcess.run(["validate", "--as-of", "2026-12-06", path])
        // Every contact of Ukraine is wrong: one error each, and the summary agrees with its count.
        let count = xml.components(separatedBy: "country=\"ua\"").count - 1
        #expect(run.standardError.contains("checked 1 file: \(count) error\(count == 1 ? "" : "s"), 0 warnings; invalid"))
        let list = try OberihProcess.run(
            ["pack", "list", "--curriculum", folder.path], environment: ["HOME": folder.path, "XDG_DATA_DIRS": folder.path],
            currentDirectory: folder)
        #expect(list.standardOutput.contains(" \(count) error\(count == 1 ? "" : "s") "), "\(list.standardOutput)")
        #expect(!list.standardOutput.contains(" 1 errors") && !list.standardError.contains(" 1 errors"))
    }

    @Test func backupCopiesInAFolderAreNotPacks() throws {
        let xml = try Self.samplePack()
        let names = ["pack.xml", "pack.xml~", "pack.bak.xml", "pack.xml.orig", "#pack.xml#", ".pack.xml.swp", "pack.orig.xml"]
        for name in names {
            try xml.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let run = try OberihProcess.run(["validate", "--as-of", "2026-12-06", folder.path])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(!run.standardError.contains("[duplicate-pack-id]"))
        #expect(run.standardError.contains("checked 1 file: 0 errors, 0 warnings; valid"))
        for name in ["#pack.xml#", "pack.bak.xml", "pack.orig.xml", "pack.xml.orig", "pack.xml~"] {
            #expect(
                run.standardError.contains("note: \(folder.path)/\(name) looks like a backup or editor copy, so it was not checked"),
                "\(name)")
        }
        #expect(!run.standardError.contains(".pack.xml.swp"), "hidden files are skipped without a note")

        let json = try OberihProcess.run(["validate", "--format", "json", "--as-of", "2026-12-06", folder.path])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect((document["skippedBackups"] as? [String])?.count == 5)

        // The curriculum search reads folders the same way: one pack, not a duplicate.
        let list = try OberihProcess.run(
            ["pack", "list", "--curriculum", folder.path], environment: ["HOME": folder.path, "XDG_DATA_DIRS": folder.path],
            currentDirectory: folder)
        #expect(list.exitCode == 0, "\(list.standardError)")
        let listed = list.standardOutput.split(separator: "\n").filter { $0.hasPrefix("being-kind-online") }
        #expect(listed.count == 1, "\(list.standardOutput)")
        #expect(listed.first?.contains(" found ") == true && listed.first?.hasSuffix("/pack.xml") == true, "\(list.standardOutput)")

        // A backup given by its own path is checked like any file.
        let given = try OberihProcess.run(["validate", "--as-of", "2026-12-06", folder.appendingPathComponent("pack.bak.xml").path])
        #expect(given.exitCode == 0)
        #expect(given.standardError.contains("checked 1 file"))
    }

    @Test func schemaCommandWritesTheXSDAndAPackOutsideTheCurriculumPointsAtIt() throws {
        let output = folder.appendingPathComponent("schemas/oberih")
        let run = try OberihProcess.run(["schema", "--output", output.path])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let written = output.appendingPathComponent("pack-1.xsd")
        let shipped = OberihProcess.packageRoot.appendingPathComponent("Curriculum/schema/pack-1.xsd")
        #expect(try Data(contentsOf: written) == Data(contentsOf: shipped))
        #expect(run.standardOutput.contains("wrote \(written.path)"))
        // A file for editors and other people: the mode of a new file, not an export's 0600.
        #expect(try Self.mode(of: written) == 0o644 & ~Self.umaskOfThisProcess())
        let location = "xsi:schemaLocation=\"urn:oberih:pack:1 \(written.standardizedFileURL.absoluteString)\""
        #expect(run.standardOutput.contains(location), "\(run.standardOutput)")

        // The line printed works in a pack elsewhere: validate accepts it.
        // (The sample points at Curriculum/schema with a relative location.)
        let pack = try Self.samplePack().replacingOccurrences(
            of: "xsi:schemaLocation=\"urn:oberih:pack:1 schema/pack-1.xsd\"", with: location)
        #expect(pack.contains(location))
        let packPath = folder.appendingPathComponent("elsewhere.xml").path
        try pack.write(toFile: packPath, atomically: true, encoding: .utf8)
        let check = try OberihProcess.run(["validate", "--as-of", "2026-12-06", packPath])
        #expect(check.exitCode == 0, "\(check.standardError)")

        // Again: the same file is left as it is.
        let again = try OberihProcess.run(["schema", "--output", output.path])
        #expect(again.exitCode == 0)
        #expect(again.standardOutput.contains("already this oberih's schema"))

        // A different file is not replaced without --force.
        try Data("<old/>".utf8).write(to: written)
        let refused = try OberihProcess.run(["schema", "--output", output.path])
        #expect(refused.exitCode == 2)
        #expect(refused.standardError.contains("--force"))
        #expect(try Data(contentsOf: written) == Data("<old/>".utf8))
        let forced = try OberihProcess.run(["schema", "--output", output.path, "--force"])
        #expect(forced.exitCode == 0, "\(forced.standardError)")
        #expect(try Data(contentsOf: written) == Data(contentsOf: shipped))
        #expect(try Self.mode(of: written) == 0o644 & ~Self.umaskOfThisProcess())

        // Without --output, the XSD goes to stdout.
        let printed = try OberihProcess.run(["schema"])
        #expect(printed.standardOutput == (try String(contentsOf: shipped, encoding: .utf8)))

        // A file where the folder should be is refused.
        let file = folder.appendingPathComponent("a-file")
        try Data().write(to: file)
        let notFolder = try OberihProcess.run(["schema", "--output", file.path])
        #expect(notFolder.exitCode == 2)
        #expect(notFolder.standardError.contains("is a file, not a folder"))
    }

    static func mode(of file: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        return try #require((attributes[.posixPermissions] as? NSNumber)?.intValue) & 0o777
    }

    /// The umask the oberih run by the tests inherits, read without changing it (setting
    /// it to read it would race with other tests creating files); 022 where unknown.
    static func umaskOfThisProcess() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
        return line.flatMap { Int($0.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
    }
}
