import Foundation

/// Runs the built `oberih` binary and captures what it printed.
struct OberihRun {
    var exitCode: Int32
    var standardOutput: String
    var standardError: String
}

enum OberihProcess {
    /// The `oberih` executable built next to the test bundle.
    static var binaryURL: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the runner is `.build/<config>/OberihPackageTests.xctest`; elsewhere it
        // may sit inside a bundle, so walk up until the binary is found.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("oberih")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/oberih")
    }

    /// The project's root folder (where Package.swift is).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `oberih` with `arguments`, feeding `input` on stdin, and waits for it.
    static func run(
        _ arguments: [String], input: Data = Data(), environment: [String: String]? = nil,
        currentDirectory: URL? = nil
    ) throws -> OberihRun {
        // A child that exits without reading its input must not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = binaryURL
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = currentDirectory ?? packageRoot
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Feed stdin and drain stderr in the background so no full pipe blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
        }
        DispatchQueue.global().async(group: group) {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return OberihRun(
            exitCode: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}

/// A fresh temporary folder for one test, holding its progress store (`XDG_DATA_HOME`).
enum TestFolder {
    static func make(_ prefix: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oberih-\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// For a piped run: the store in `folder`, English (`LANG=C`), 80 columns.
    static func pipedEnvironment(_ folder: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = folder.path
        environment["OBERIH_STORE"] = nil
        environment["LANG"] = "C"
        environment["LC_ALL"] = nil
        environment["COLUMNS"] = "80"
        return environment
    }

    /// For a pseudo-terminal: the store in `folder`, English, a colour terminal, and
    /// nothing that would turn colour off or fix the width.
    static func terminalEnvironment(_ folder: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["NO_COLOR", "OBERIH_STORE", "ACCESSIBLE", "COLUMNS", "LINES"] { environment[name] = nil }
        environment["XDG_DATA_HOME"] = folder.path
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "en_US.UTF-8"
        environment["LC_ALL"] = "en_US.UTF-8"
        return environment
    }
}
