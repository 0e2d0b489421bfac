import Foundation
import Testing

/// Output that cannot be written: a full stdout (`/dev/full`) and `--output` paths that
/// are not regular files. Through the built binary.
@Suite final class OutputFaultsTests {
    let store: StoreFolder
    var folder: URL { store.folder }

    init() throws {
        store = try StoreFolder(prefix: "oberih-output-faults")
    }

    /// Runs `oberih` with stdout on `/dev/full`, which fails every write with ENOSPC.
    func oberihIntoFullDevice(_ arguments: [String], input: String = "") throws -> (exitCode: Int32, standardError: String) {
        let process = Process()
        process.executableURL = OberihProcess.binaryURL
        process.arguments = arguments
        process.environment = store.environment
        process.currentDirectoryURL = OberihProcess.packageRoot
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let stdin = Pipe()
        let stderr = Pipe()
        process.standardOutput = full
        process.standardInput = stdin
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let errorData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errorData, as: UTF8.self))
    }

    static let noSpace = "cannot write the output to stdout: no space left on the device; free some space"

    @Test func aFullStdoutIsAnErrorWithExitStatus2NotACrash() throws {
        #expect(try store.oberih(["cohort", "create", "A"]).exitCode == 0)
        #expect(try store.oberih(["learner", "add", "--cohort", "A", "--age", "12", "--count", "2"]).exitCode == 0)
        let runs = [
            try oberihIntoFullDevice(["validate", "Curriculum", "--format", "json"]),
            try oberihIntoFullDevice(["learner", "list"]),
            try oberihIntoFullDevice(["cohort", "list", "--json"]),
            try oberihIntoFullDevice(["export", "--cohort", "A"]),
            try oberihIntoFullDevice(["play", "being-kind-online", "--age", "12"], input: "1\n2\nq\n"),
        ]
        for run in runs {
            #expect(run.exitCode == 2, "\(run.standardError)")
            #expect(run.standardError.contains("error: " + Self.noSpace), "\(run.standardError)")
            #expect(!run.standardError.contains("Fatal error"), "\(run.standardError)")
        }
    }

    @Test func anOutputThatIsADeviceAFifoAFolderOrALinkIsRefusedAndLeftAsItWas() throws {
        #expect(try store.oberih(["cohort", "create", "A"]).exitCode == 0)
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let target = folder.appendingPathComponent("target.json").path
        try Data("kept".utf8).write(to: URL(fileURLWithPath: target))
        let link = folder.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let cases = [
            ("/dev/null", "/dev/null is a device, not a regular file"),
            (fifo, "\(fifo) is a named pipe (FIFO), not a regular file"),
            (folder.path, "\(folder.path) is a folder, not a regular file"),
            (link, "\(link) is a symbolic link (to \(target)); --output writes only a regular file"),
        ]
        for (path, message) in cases {
            let run = try store.oberih(["export", "--cohort", "A", "--output", path])
            #expect(run.exitCode == 2)
            #expect(run.standardError.contains(message), "\(run.standardError)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "kept")
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(lstat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        let csv = try store.oberih(["report", "--cohort", "A", "--pack", "being-kind-online", "--options-csv", fifo])
        #expect(csv.standardError.contains("is a named pipe (FIFO), not a regular file; give --options-csv"))
    }

    @Test func anOutputFileIsWrittenWholeAndNoOldPartialFileOrLinkIsOpened() throws {
        #expect(try store.oberih(["cohort", "create", "A"]).exitCode == 0)
        let output = folder.appendingPathComponent("a.json").path
        // The old code opened `a.json.partial` with O_TRUNC, following a link there.
        let victim = folder.appendingPathComponent("victim").path
        try Data("untouched".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.createSymbolicLink(atPath: output + ".partial", withDestinationPath: victim)
        try Data("old".utf8).write(to: URL(fileURLWithPath: output))
        let run = try store.oberih(["export", "--cohort", "A", "--output", output])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "untouched")
        let exported = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output)))
        #expect((exported as? [String: Any])?["cohort"] != nil)
        let attributes = try FileManager.default.attributesOfItem(atPath: output)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".partial") }
        #expect(left == ["a.json.partial"], "only the link that was there before")
    }
}
