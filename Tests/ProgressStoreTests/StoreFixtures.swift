import Foundation
import LessonEngine
import TestSupport

@testable import ProgressStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary folders, stores with content, raw file helpers and the StoreStress child
/// process, shared by the store's tests. Every store is a real SQLite file on disk.
enum StoreFixtures {
    static let epoch = Date(timeIntervalSince1970: 1_800_000_000)

    /// Runs `body` with a new, empty folder (0700, as the store wants its folder), and
    /// removes the folder afterwards.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        try TemporaryFolder.with(prefix: "oberih-store-tests", body)
    }

    static let packSHA256 = String(repeating: "a", count: 64)

    /// Learner codes drawn from a fixed seed, the same every run.
    static var generator: SeededGenerator { SeededGenerator(seed: 7) }

    static func startedEvent(at time: Date = epoch) -> TimedEvent {
        let start = SessionStart(
            packId: "test-pack", packVersion: "1.0.0", lessonId: "lesson-1", learner: Learner(age: 14, language: "en"),
            language: "en", mode: .individual, seed: 1, ageOverride: nil)
        return TimedEvent(.started(start), at: time)
    }

    static func answer(_ sequence: Int) -> TimedEvent {
        TimedEvent(
            .answered(stepId: "step-\(sequence)", answer: .likert(sequence % 5 + 1)),
            at: epoch.addingTimeInterval(Double(sequence)))
    }

    /// Starts an attempt for `code` and appends `events` answers after its `started` event.
    @discardableResult
    static func recordAttempt(in store: ProgressStore, learnerCode: String, events: Int) throws -> Attempt {
        let attempt = try store.startAttempt(
            owner: .learner(code: learnerCode), packSHA256: packSHA256, startedEvent: startedEvent())
        for sequence in stride(from: 1, through: events, by: 1) {
            try store.append(answer(sequence), toAttempt: attempt.id, sequence: sequence)
        }
        return attempt
    }

    /// Makes a store at `path` with a cohort, `learners` learners and an attempt of
    /// `events` answers each, then closes it (so everything is checkpointed into the
    /// main file and the -wal file is gone).
    static func makeStore(at path: String, learners: Int = 2, events: Int = 50) throws {
        let store = try ProgressStore(path: path)
        _ = try store.createCohort(name: "Class 7B", organisation: "School 12", at: epoch)
        var generator = SeededGenerator(seed: 7)
        let added = try store.addLearners(
            ages: Array(repeating: 14, count: learners), cohortName: "Class 7B", ageBand: nil, language: "en",
            country: "UA", at: epoch, generator: &generator)
        for learner in added {
            try recordAttempt(in: store, learnerCode: learner.code, events: events)
        }
    }

    static func bytes(of path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// The permission bits of a file or folder.
    static func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as! NSNumber).intValue & 0o777
    }

    /// Runs `sqlite3` (the command-line shell) on a file, for changes made behind the
    /// store's back. Returns its stdout; fails the test through `throw` on a non-zero exit.
    @discardableResult
    static func sqlite3(_ path: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", path, sql]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError("sqlite3 \(sql) failed: \(String(decoding: errorData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static var hasSQLite3: Bool {
        ProcessInfo.processInfo.environment["PATH", default: "/usr/bin:/bin"].split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/sqlite3")
        }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

// MARK: - The StoreStress child process

/// A running `StoreStress STORE COHORT EVENTS`: opens the store, starts an attempt for a
/// new learner, then appends EVENTS events one transaction each, printing "attempt N"
/// and then each sequence number once it is committed.
final class StoreStressProcess {
    let process = Process()
    private let output = Pipe()
    private let errorFile: URL
    private var buffer = Data()
    private var reachedEnd = false
    /// The attempt id, once the child printed it.
    private(set) var attemptId: Int64?
    /// Every sequence number printed so far (each one is committed).
    private(set) var printedSequences: [Int] = []

    /// The executable built next to the test bundle (the test target depends on it).
    static var binaryURL: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the runner is `.build/<config>/OberihPackageTests.xctest`; elsewhere it
        // may sit inside a bundle, so walk up until the binary is found.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("StoreStress")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/StoreStress")
    }

    init(store: String, cohort: String, events: Int, errorFile: URL) throws {
        self.errorFile = errorFile
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.executableURL = Self.binaryURL
        process.arguments = [store, cohort, String(events)]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
    }

    var standardError: String {
        (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    }

    /// Reads the next line of stdout; nil at the end of output. Gives up (throws) when no
    /// line comes within `timeout` seconds, so a hung child cannot hang the tests.
    func nextLine(timeout: Double = 60) throws -> String? {
        let descriptor = output.fileHandleForReading.fileDescriptor
        let deadline = ContinuousClock.now + .seconds(timeout)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                record(line)
                return line
            }
            if reachedEnd {
                if buffer.isEmpty { return nil }
                let line = String(decoding: buffer, as: UTF8.self)
                buffer.removeAll()
                record(line)
                return line
            }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else {
                throw FixtureError("StoreStress printed nothing for \(timeout) s; stderr: \(standardError)")
            }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(min(remaining.components.seconds * 1000 + 1, 1000))
            let ready = poll(&poller, 1, milliseconds)
            if ready < 0 && errno != EINTR { throw FixtureError("poll failed: errno \(errno)") }
            guard ready > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(descriptor, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw FixtureError("read failed: errno \(errno)")
            }
            if count == 0 { reachedEnd = true } else { buffer.append(contentsOf: chunk[0..<count]) }
        }
    }

    private func record(_ line: String) {
        if line.hasPrefix("attempt "), let id = Int64(line.dropFirst("attempt ".count)) {
            attemptId = id
        } else if let sequence = Int(line) {
            printedSequences.append(sequence)
        }
    }

    /// Reads lines until `count` sequence numbers were printed (or the output ends).
    func waitForSequences(_ count: Int) throws {
        while printedSequences.count < count, try nextLine() != nil {}
    }

    /// Reads every line still to come, then waits for the child to exit.
    func finish() throws {
        while try nextLine() != nil {}
        process.waitUntilExit()
    }

    /// SIGKILL: no handler runs, no buffer is flushed, SQLite gets no chance to tidy up.
    func kill() {
        sendSIGKILL(process.processIdentifier)
    }
}

private func sendSIGKILL(_ pid: pid_t) {
    _ = kill(pid, SIGKILL)
}
