import Foundation
import Testing

/// `oberih translate` as a translator runs it: the built binary, its streams and exit status.
@Suite final class TranslateCommandTests {
    let folder: URL
    let environment: [String: String]

    init() throws {
        folder = try TestFolder.make("translate")
        environment = TestFolder.pipedEnvironment(folder)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func run(_ arguments: [String]) throws -> OberihRun {
        try OberihProcess.run(["translate"] + arguments, environment: environment)
    }

    /// Every msgstr of a PO text filled with `KK ` and its msgid (multi-line msgids too).
    static func translated(_ po: String) -> String {
        var lines: [String] = []
        var id: [String] = []
        var inID = false
        for line in po.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("msgid ") {
                inID = true
                id = [String(line.dropFirst(6))]
            } else if inID, line.hasPrefix("\"") {
                id.append(line)
            } else if line.hasPrefix("msgstr "), inID {
                inID = false
                if id == ["\"\""] {
                    lines.append(line)
                    continue
                }
                let quoted = id.filter { $0 != "\"\"" }
                lines.append("msgstr \"KK \"")
                lines += quoted
                continue
            } else {
                inID = false
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    @Test func exportTranslateImportValidate() throws {
        let po = path("bko.kk.po")
        let export = try run(["export", "being-kind-online", "--lang", "kk", "--output", po])
        #expect(export.exitCode == 0, "\(export.standardError)")
        #expect(export.standardError.contains("wrote \(po)"))
        let text = try String(contentsOfFile: po, encoding: .utf8)
        #expect(text.contains("\"Language: kk\\n\""))
        #expect(text.contains("\"X-Source-Language: en\\n\""))
        #expect(text.contains("#. Shown to the facilitator only."))
        #expect(text.contains("#. source-hash: "))
        #expect(text.contains("#: being-kind-online.xml:"))

        let again = try run(["export", "being-kind-online", "--lang", "kk", "--output", po])
        #expect(again.exitCode == 2)
        #expect(again.standardError.contains("--force"))

        try Self.translated(text).write(toFile: po, atomically: true, encoding: .utf8)
        let output = path("bko-kk.xml")
        let imported = try run(["import", "Curriculum/being-kind-online.xml", po, "--output", output])
        #expect(imported.exitCode == 0, "\(imported.standardError)")
        #expect(imported.standardError.contains("'kk' added to langs"), "\(imported.standardError)")
        let validate = try OberihProcess.run(["validate", "--as-of", "2026-12-06", output], environment: environment)
        #expect(validate.exitCode == 0, "\(validate.standardError)")

        let status = try run(["status", output, "--po", po, "--json"])
        #expect(status.exitCode == 0, "\(status.standardError)")
        let rows = try JSONSerialization.jsonObject(with: Data(status.standardOutput.utf8)) as? [[String: Any]]
        let kk = try #require(rows?.first { $0["language"] as? String == "kk" })
        #expect(kk["missing"] as? Int == 0)
        #expect(kk["stale"] as? Int == 0)

        let exists = try run(["import", "being-kind-online", po, "--output", output])
        #expect(exists.exitCode == 2)
        #expect(exists.standardError.contains("exists"))
    }

    /// A pack and a PO smaller than the output buffer (64 KiB) are written whole: the
    /// starter pack of `oberih new pack` round trips through a PO file in place.
    @Test func aSmallPackAndItsPOAreWrittenWhole() throws {
        let pack = path("small.xml")
        let created = try OberihProcess.run(["new", "pack", "small", "--age", "13-16", "--lang", "en", "--output", pack], environment: environment)
        #expect(created.exitCode == 0, "\(created.standardError)")
        let before = try String(contentsOfFile: pack, encoding: .utf8)
        #expect(before.utf8.count < 64 * 1024 && before.hasSuffix("</pack>\n"))

        let po = path("small.kk.po")
        let export = try run(["export", pack, "--lang", "kk", "--output", po])
        #expect(export.exitCode == 0, "\(export.standardError)")
        let text = try String(contentsOfFile: po, encoding: .utf8)
        #expect(text.contains("\"Language: kk\\n\""))
        let toStdout = try run(["export", pack, "--lang", "kk"])
        #expect(toStdout.standardOutput == text)

        try Self.translated(text).write(toFile: po, atomically: true, encoding: .utf8)
        let imported = try run(["import", pack, po, "--in-place"])
        #expect(imported.exitCode == 0, "\(imported.standardError)")
        // The starter pack's own TODO: warnings are the author's, not the import's: counted, not listed.
        #expect(!imported.standardError.contains("[template-placeholder]"), "\(imported.standardError)")
        #expect(imported.standardError.contains("the pack had before the import not repeated here"))
        let after = try String(contentsOfFile: pack, encoding: .utf8)
        #expect(after.hasSuffix("</pack>\n") && after.utf8.count > before.utf8.count)
        #expect(after.contains("<t lang=\"kk\">KK "))
        // A pack and a PO are for other people: the mode a new file gets, not an export's 0600.
        let shared = 0o644 & ~AuthorToolkitTests.umaskOfThisProcess()
        for file in [pack, po] {
            #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == shared)
        }
    }

    @Test func staleEntriesAreNamedWithTheirLineAndFailTheImport() throws {
        let po = path("u.kk.po")
        #expect(try run(["export", "upstanders", "--lang", "kk", "--output", po]).exitCode == 0)
        var text = Self.translated(try String(contentsOfFile: po, encoding: .utf8))
        // The first text's msgid, as if the pack's title had been reworded since.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("msgctxt \"title\"") })
        var edited = lines
        edited[index + 1] = "msgid \"An older title\""
        text = edited.joined(separator: "\n")
        try text.write(toFile: po, atomically: true, encoding: .utf8)
        let entryLine = index + 1

        let output = path("u-kk.xml")
        let imported = try run(["import", "upstanders", po, "--output", output])
        #expect(imported.exitCode == 1)
        #expect(imported.standardError.contains("\(po):\(entryLine): stale"), "\(imported.standardError)")
        #expect(imported.standardError.contains("not added to langs"), "\(imported.standardError)")

        let status = try run(["status", "upstanders", "--po", po])
        #expect(status.exitCode == 1)
        #expect(status.standardOutput.contains("stale"))
        #expect(status.standardError.contains("stale entries at lines \(entryLine)"))
    }

    /// A copy of a shipped pack in the test's folder.
    func copy(_ name: String) throws -> String {
        let target = path(name + ".xml")
        try FileManager.default.copyItem(
            atPath: OberihProcess.packageRoot.appendingPathComponent("Curriculum/\(name).xml").path, toPath: target)
        return target
    }

    @Test func inPlaceWritesThePackAndRefusesToBreakIt() throws {
        let pack = try copy("upstanders")
        let original = try Data(contentsOf: URL(fileURLWithPath: pack))
        let po = path("up.uk.po")
        #expect(try run(["export", pack, "--lang", "uk", "--output", po]).exitCode == 0)
        let text = try String(contentsOfFile: po, encoding: .utf8)
        let report = "msgstr \"Поскаржся на фото в застосунку.\""
        #expect(text.contains(report))

        // Two ordering items that read the same: the import would make the pack invalid.
        try text.replacingOccurrences(of: report, with: "msgstr \"Не реагуй на нього, не зберігай і не пересилай.\"")
            .write(toFile: po, atomically: true, encoding: .utf8)
        let broken = try run(["import", pack, po, "--in-place"])
        #expect(broken.exitCode == 1)
        #expect(broken.standardError.contains("[ordering-malformed]"), "\(broken.standardError)")
        #expect(broken.standardError.contains("not written"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pack)) == original)

        try text.replacingOccurrences(of: report, with: "msgstr \"Поскаржся на це фото в застосунку.\"")
            .write(toFile: po, atomically: true, encoding: .utf8)
        let fixed = try run(["import", pack, po, "--output", pack])
        #expect(fixed.exitCode == 0, "\(fixed.standardError)")
        #expect(fixed.standardError.contains("1 replaced"))
        let written = try String(contentsOfFile: pack, encoding: .utf8)
        #expect(written.contains("<t lang=\"uk\">Поскаржся на це фото в застосунку.</t>"))
        #expect(!written.contains("Поскаржся на фото в застосунку."))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".partial") }
        #expect(leftovers.isEmpty)
    }

    @Test func usageErrors() throws {
        let none = try run(["import", "upstanders", "missing.po"])
        #expect(none.exitCode == 2)
        #expect(none.standardError.contains("--output"))
        let noPO = try run(["import", "upstanders", path("missing.po"), "--output", path("x.xml")])
        #expect(noPO.exitCode == 2)
        #expect(noPO.standardError.contains("cannot read"))
        let bad = path("bad.po")
        try "msgid \"a\"\nmsgstr \"unterminated\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let badRun = try run(["import", "upstanders", bad, "--output", path("x.xml")])
        #expect(badRun.exitCode == 2)
        #expect(badRun.standardError.contains("\(bad):2: "), "\(badRun.standardError)")
        let source = try run(["export", "upstanders", "--lang", "en"])
        #expect(source.exitCode == 2)
        #expect(source.standardError.contains("source language"))
        let table = try run(["status", "upstanders"])
        #expect(table.exitCode == 0)
        #expect(table.standardOutput.contains("upstanders  uk"))
    }
}
