import Foundation
import Testing

@testable import PackTranslation

/// What GNU gettext makes of an export, when its tools are installed (skipped otherwise).
@Suite struct GettextToolsTests {
    static func tool(_ name: String) -> String? {
        ["/usr/bin/\(name)", "/usr/local/bin/\(name)", "/opt/homebrew/bin/\(name)"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Under `CI=true` the tools must be there (.ci/run installs gettext).
    @Test(.enabled(if: (tool("msgfmt") != nil && tool("msgcat") != nil) || ProcessInfo.processInfo.environment["CI"] == "true"))
    func msgfmtAcceptsTheExportAndMsgcatsRewrapChangesNothing() throws {
        let msgfmt = try #require(Self.tool("msgfmt"), "install gettext (msgfmt, msgcat)")
        let msgcat = try #require(Self.tool("msgcat"), "install gettext (msgfmt, msgcat)")
        let source = try RoundTripTests.source("pressure-and-threats")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oberih-po-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let po = folder.appendingPathComponent("ru.po").path
        let rewrapped = folder.appendingPathComponent("ru.cat.po").path
        try POWriter.write(try TranslationExport.catalog(of: source, language: "ru")).write(
            toFile: po, atomically: true, encoding: .utf8)
        #expect(try Self.run(msgfmt, ["--check", "-o", "/dev/null", po]) == 0)
        #expect(try Self.run(msgcat, ["-w", "40", po, "-o", rewrapped]) == 0)
        let text = try String(contentsOfFile: rewrapped, encoding: .utf8)
        #expect(text != (try String(contentsOfFile: po, encoding: .utf8)))
        let outcome = try TranslationImport.apply(try POReader.read(text), file: rewrapped, to: source)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.bytes == source.bytes)
        #expect(outcome.unchanged > 100)
    }
}
