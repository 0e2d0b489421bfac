import Foundation
import Testing

/// `oberih validate` on hostile packs, through the built binary: exit status 1 (an
/// invalid pack, not a usage error), a `file:line:col: error: … [code]` diagnostic on
/// stderr, valid JSON with `--format json`, and never the content of a file the pack
/// tried to pull in.
@Suite("oberih validate on hostile input")
struct HostileInputEndToEndTests {
    /// A hostile pack; `secretURL` is a `file://` URL of a file holding the marker.
    enum HostileFile: String, CaseIterable, CustomTestStringConvertible {
        case externalFileEntity
        case xincludeOfSecret
        case billionLaughs
        case binaryGarbage
        case emptyFile

        var testDescription: String { rawValue }

        func bytes(secretURL: String) -> [UInt8] {
            switch self {
            case .externalFileEntity:
                return Array(
                    """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE pack [<!ENTITY xxe SYSTEM "\(secretURL)">]>
                    <pack xmlns="urn:oberih:pack:1" id="x">&xxe;</pack>
                    """.utf8)
            case .xincludeOfSecret:
                return Array(
                    """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <pack xmlns="urn:oberih:pack:1" xmlns:xi="http://www.w3.org/2001/XInclude" id="x">
                      <xi:include href="\(secretURL)" parse="text"/>
                    </pack>
                    """.utf8)
            case .billionLaughs:
                var declarations = "<!ENTITY lol0 \"lol\">\n"
                for level in 1...9 {
                    declarations +=
                        "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">\n"
                }
                return Array(
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE pack [\n\(declarations)]>\n<pack>&lol9;</pack>\n".utf8)
            case .binaryGarbage:
                // Deterministic pseudo-random bytes (a linear congruential generator).
                var state: UInt64 = 0x0BE4_1
                return (0..<16 * 1024).map { _ in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return UInt8(truncatingIfNeeded: state >> 33)
                }
            case .emptyFile:
                return []
            }
        }
    }

    /// A temporary folder with a secret file and one hostile pack; removed afterwards.
    final class Workspace {
        let folder: URL
        let marker: String
        let packPath: String

        init(_ file: HostileFile) throws {
            let unique = UUID().uuidString
            folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("oberih-e2e-hostile-\(unique)", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            marker = "SECRET-MARKER-\(unique)"
            let secret = folder.appendingPathComponent("secret.txt")
            try Data(marker.utf8).write(to: secret)
            let pack = folder.appendingPathComponent("\(file.rawValue).xml")
            try Data(file.bytes(secretURL: secret.absoluteString)).write(to: pack)
            packPath = pack.path
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    @Test("text output: exit 1, a located error with a code, no secret", arguments: HostileFile.allCases)
    func textOutput(_ file: HostileFile) throws {
        let workspace = try Workspace(file)
        let run = try OberihProcess.run(["validate", workspace.packPath])
        #expect(run.exitCode == 1, "exit status; stderr: \(run.standardError)")
        let located = Self.diagnosticLines(in: run.standardError, for: workspace.packPath)
        #expect(
            !located.isEmpty,
            "no `path:line:col: error: message [code]` line on stderr: \(run.standardError)")
        #expect(!run.standardError.contains(workspace.marker), "secret leaked on stderr")
        #expect(!run.standardOutput.contains(workspace.marker), "secret leaked on stdout")
    }

    @Test("JSON output: exit 1, parseable JSON on stdout, no secret", arguments: HostileFile.allCases)
    func jsonOutput(_ file: HostileFile) throws {
        let workspace = try Workspace(file)
        let run = try OberihProcess.run(["validate", "--format", "json", workspace.packPath])
        #expect(run.exitCode == 1, "exit status; stderr: \(run.standardError)")
        #expect(
            (try? JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))) != nil,
            "stdout is not JSON: \(run.standardOutput.prefix(2000))")
        #expect(!run.standardOutput.contains(workspace.marker), "secret leaked on stdout")
        #expect(!run.standardError.contains(workspace.marker), "secret leaked on stderr")
    }

    /// Lines of the form `<path>:<line>:<col>: error: <message> [<code>]`, where the code
    /// is lowercase words joined by dashes and the path is the one given on the command line.
    static func diagnosticLines(in standardError: String, for path: String) -> [Substring] {
        let paths = Set([path, URL(fileURLWithPath: path).resolvingSymlinksInPath().path])
        let shape = #/^(?<path>.+):(?<line>[1-9][0-9]*):(?<column>[1-9][0-9]*): error: .+ \[[a-z][a-z0-9]*(-[a-z0-9]+)*\]$/#
        return standardError.split(separator: "\n", omittingEmptySubsequences: true).filter { line in
            guard let match = try? shape.wholeMatch(in: line) else { return false }
            return paths.contains(String(match.output.path))
        }
    }
}
