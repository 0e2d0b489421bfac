// The progress store's benchmark: how long recording one answer takes when the player
// records it as it does (one transaction each, committed before the feedback is shown),
// and how long loading a learner's history takes. Prints a Markdown table for
// docs/performance.md.
//
//   StoreBenchmark [--dir DIR] [--answers 10000] [--history 1000] [--history-runs 500]
//                  [--sync-runs 1000] [--keep]
//
// scripts/bench/store.sh builds it in release and runs it with --dir on the disk of the
// project. Progress goes to stderr, the table to stdout. Exit status: 0 measured
// (whether or not the goal is met), 1 the store failed or gave back other events than
// were written, 2 usage error.
//
// What it measures (all with ContinuousClock, release build, one thread, one process):
//   1. recording --answers answers: a new store in a new folder inside DIR (default: the
//      system's temporary folder), one cohort, one learner, one attempt started with its
//      `started` event; then each answer is one `ProgressStore.append` (its own IMMEDIATE
//      transaction, WAL), timed one by one, from the call to its return. The events are
//      a realistic mix (every answer kind, some hints and "continue"s, step ids like a
//      pack's). No warm-up: the first answer is timed too, as the player's first is.
//   2. loading a learner's history: a second learner's attempt of --history events
//      (`started` + answers, written untimed), read back with
//      `ProgressStore.events(ofAttempt:)` (fetch and JSON decoding of every event), 5
//      untimed warm-up loads, then --history-runs timed loads.
//   3. loading the whole 10,001-event attempt of step 1 the same way, 20 times.
//   4. for comparison, what the disk costs: --sync-runs times, appending 4,120 bytes (one
//      WAL frame of a 4 KiB page) to a file in the same folder and calling `fdatasync`,
//      which a commit under `PRAGMA synchronous = FULL` (as the store sets it) does at
//      least once.
// Every event read back is checked against what was written.

import Foundation
import LessonEngine
import ProgressStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - Arguments

struct Options {
    var directory = FileManager.default.temporaryDirectory.path
    var answers = 10_000
    var history = 1_000
    var historyRuns = 500
    var syncRuns = 1_000
    var keep = false
}

func fail(_ message: String, status: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("StoreBenchmark: \(message)\n".utf8))
    exit(status)
}

func note(_ message: String) {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    let usage =
        "usage: StoreBenchmark [--dir DIR] [--answers N] [--history N] [--history-runs N] [--sync-runs N] [--keep]"
    while let argument = arguments.popFirst() {
        func number(minimum: Int = 1) -> Int {
            guard let text = arguments.popFirst(), let value = Int(text.replacingOccurrences(of: "_", with: "")),
                value >= minimum
            else { fail("\(argument) takes a whole number of at least \(minimum)\n\(usage)", status: 2) }
            return value
        }
        switch argument {
        case "--dir":
            guard let directory = arguments.popFirst() else { fail("--dir takes a folder\n\(usage)", status: 2) }
            options.directory = directory
        case "--answers": options.answers = number()
        case "--history": options.history = number(minimum: 2)
        case "--history-runs": options.historyRuns = number()
        case "--sync-runs": options.syncRuns = number()
        case "--keep": options.keep = true
        case "-h", "--help":
            print(usage)
            exit(0)
        default: fail("unexpected '\(argument)'\n\(usage)", status: 2)
        }
    }
    return options
}

// MARK: - Statistics

struct Summary {
    var sorted: [Duration]

    init(_ samples: [Duration]) {
        precondition(!samples.isEmpty)
        sorted = samples.sorted()
    }

    /// Nearest-rank percentile.
    func percentile(_ p: Double) -> Duration {
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    var median: Duration { percentile(50) }
    var minimum: Duration { sorted.first! }
    var maximum: Duration { sorted.last! }
    var total: Duration { sorted.reduce(.zero, +) }
    var mean: Duration { total / sorted.count }
    func count(over limit: Duration) -> Int { sorted.count - (sorted.lastIndex { $0 <= limit }.map { $0 + 1 } ?? 0) }
}

func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1000 + Double(attoseconds) / 1e15
}

func ms(_ duration: Duration) -> String {
    let value = milliseconds(duration)
    return value < 1 ? String(format: "%.3f ms", value) : String(format: "%.2f ms", value)
}

// MARK: - Events

let epoch = Date(timeIntervalSince1970: 1_800_000_000)

/// The n-th event of a realistic log: mostly answers of every kind, some hints and
/// "continue"s, with step ids as a pack has them.
func event(_ n: Int) -> TimedEvent {
    let step = "lesson-008-step-\(n % 28 + 1)"
    let kind: SessionEvent
    switch n % 10 {
    case 0: kind = .answered(stepId: step, answer: .choice("option-\(n % 4 + 1)"))
    case 1: kind = .answered(stepId: step, answer: .choices(["option-1", "option-3"]))
    case 2: kind = .answered(stepId: step, answer: .trueFalse(n % 3 == 0))
    case 3: kind = .answered(stepId: step, answer: .order(["item-3", "item-1", "item-4", "item-2"]))
    case 4: kind = .answered(stepId: step, answer: .matches(["pair-1": "pair-2", "pair-2": "pair-1", "pair-3": "pair-3"]))
    case 5: kind = .answered(stepId: step, answer: .text("Не пересилати фото без згоди"))
    case 6: kind = .answered(stepId: step, answer: .likert(n % 5 + 1))
    case 7: kind = .hintShown(stepId: step)
    case 8: kind = .continued(stepId: step)
    default: kind = .answered(stepId: step, answer: .choice("option-2"))
    }
    return TimedEvent(kind, at: epoch.addingTimeInterval(Double(n) * 7.5))
}

func startedEvent(seed: UInt64) -> TimedEvent {
    let start = SessionStart(
        packId: "bench-pack", packVersion: "1.0.0", lessonId: "lesson-008", learner: Learner(age: 14, language: "uk"),
        language: "uk", mode: .individual, seed: seed, ageOverride: nil)
    return TimedEvent(.started(start), at: epoch)
}

func startAttempt(in store: ProgressStore, learnerCode: String, seed: UInt64) throws -> Attempt {
    try store.startAttempt(
        owner: .learner(code: learnerCode), packSHA256: String(repeating: "0", count: 64),
        startedEvent: startedEvent(seed: seed))
}

/// Checks that `loaded` is the `started` event followed by events 1...(count - 1).
func check(_ loaded: [TimedEvent], count: Int, seed: UInt64) {
    guard loaded.count == count else { fail("read back \(loaded.count) events, wrote \(count)") }
    guard loaded[0] == startedEvent(seed: seed) else { fail("the started event read back differs") }
    for n in 1..<count where loaded[n] != event(n) {
        fail("event \(n) read back differs: \(loaded[n]) against \(event(n))")
    }
}

// MARK: - The disk

/// Appends one WAL frame's worth of bytes to a file and syncs it, `runs` times.
func measureSync(in folder: String, runs: Int) -> [Duration] {
    let path = folder + "/sync-probe"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    guard descriptor >= 0 else { fail("cannot create \(path): errno \(errno)") }
    defer {
        close(descriptor)
        unlink(path)
    }
    let frame = [UInt8](repeating: 0x5A, count: 24 + 4096)
    let clock = ContinuousClock()
    var samples: [Duration] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = clock.now
        let written = frame.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == frame.count, fdatasync(descriptor) == 0 else { fail("write or fdatasync failed: errno \(errno)") }
        samples.append(clock.now - start)
    }
    return samples
}

// MARK: - Run

let options = parseOptions()
let clock = ContinuousClock()
let folder = (options.directory as NSString).appendingPathComponent("oberih-store-bench-\(UUID().uuidString)")
let path = folder + "/progress.sqlite"
defer {
    if !options.keep { try? FileManager.default.removeItem(atPath: folder) }
}

let store: ProgressStore
let answersAttempt: Attempt
let historyAttempt: Attempt
let openTime: Duration
do {
    note("== store: \(path)")
    let opening = clock.now
    store = try ProgressStore(path: path)
    openTime = clock.now - opening
    _ = try store.createCohort(name: "Class 7B", organisation: "School 12", at: epoch)
    var generator = SystemRandomNumberGenerator()
    let learners = try store.addLearners(
        ages: [14, 14], cohortName: "Class 7B", ageBand: nil, language: "uk", country: "UA", at: epoch,
        generator: &generator)
    answersAttempt = try startAttempt(in: store, learnerCode: learners[0].code, seed: 1)
    historyAttempt = try startAttempt(in: store, learnerCode: learners[1].code, seed: 2)
} catch {
    fail("\(error)")
}

// 1. Recording answers, one transaction each.
note("== recording \(options.answers) answers, one transaction each")
var appendSamples: [Duration] = []
appendSamples.reserveCapacity(options.answers)
do {
    let attemptId = answersAttempt.id
    for n in 1...options.answers {
        let timed = event(n)
        let start = clock.now
        try store.append(timed, toAttempt: attemptId, sequence: n)
        appendSamples.append(clock.now - start)
    }
} catch {
    fail("append failed after \(appendSamples.count) answers: \(error)")
}

// 2. A learner's history of --history events.
note("== writing a history of \(options.history) events, then loading it \(options.historyRuns) times")
var historySamples: [Duration] = []
do {
    for n in 1..<options.history {
        try store.append(event(n), toAttempt: historyAttempt.id, sequence: n)
    }
    check(try store.events(ofAttempt: historyAttempt.id), count: options.history, seed: 2)
    for _ in 0..<5 { _ = try store.events(ofAttempt: historyAttempt.id) }
    for _ in 0..<options.historyRuns {
        let start = clock.now
        let loaded = try store.events(ofAttempt: historyAttempt.id)
        historySamples.append(clock.now - start)
        if loaded.count != options.history { fail("loaded \(loaded.count) events") }
    }
} catch {
    fail("\(error)")
}

// 3. The whole attempt of step 1.
note("== loading the \(options.answers + 1)-event attempt 20 times")
var longSamples: [Duration] = []
do {
    check(try store.events(ofAttempt: answersAttempt.id), count: options.answers + 1, seed: 1)
    for _ in 0..<20 {
        let start = clock.now
        _ = try store.events(ofAttempt: answersAttempt.id)
        longSamples.append(clock.now - start)
    }
} catch {
    fail("\(error)")
}

let fileSizes = ["", "-wal"].map { suffix -> String in
    let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
    let size = (attributes?[.size] as? NSNumber)?.intValue
    return "\(suffix.isEmpty ? "store" : "-wal") \(size.map { "\($0 / 1024) KiB" } ?? "absent")"
}

// 4. The disk's own sync cost.
note("== \(options.syncRuns) × (append 4,120 bytes + fdatasync) in \(folder)")
let syncSamples = measureSync(in: folder, runs: options.syncRuns)

// MARK: - Report

let goal = Duration.milliseconds(5)
let appends = Summary(appendSamples)
let history = Summary(historySamples)
let long = Summary(longSamples)
let sync = Summary(syncSamples)

print("Store: `\(path)` (opened in \(ms(openTime)), new). After the run: \(fileSizes.joined(separator: ", ")).")
print()
print("| measurement | runs | median | p90 | p99 | p99.9 | max | mean |")
print("|---|---|---|---|---|---|---|---|")
func row(_ name: String, _ summary: Summary) {
    print(
        "| \(name) | \(summary.sorted.count) | \(ms(summary.median)) | \(ms(summary.percentile(90))) | "
            + "\(ms(summary.percentile(99))) | \(ms(summary.percentile(99.9))) | \(ms(summary.maximum)) | "
            + "\(ms(summary.mean)) |")
}
row("`append`: one answer, its own transaction", appends)
row("`events(ofAttempt:)`: \(options.history) events", history)
row("`events(ofAttempt:)`: \(options.answers + 1) events", long)
row("disk: append 4,120 bytes + `fdatasync`", sync)
print()
print(
    "Recording \(options.answers) answers took \(ms(appends.total)) in all; "
        + "\(appends.count(over: goal)) of them took over 5 ms, the first took \(ms(appendSamples[0])). "
        + "Loading \(options.history) events costs \(String(format: "%.2f", milliseconds(history.median) * 1000 / Double(options.history))) µs an event (median).")
let slowest = appendSamples.indices.sorted { appendSamples[$0] > appendSamples[$1] }.prefix(10).sorted()
print(
    "The 10 slowest answers were numbers "
        + slowest.map { "\($0 + 1) (\(ms(appendSamples[$0])))" }.joined(separator: ", ") + ".")
print()
let p99 = appends.percentile(99)
print(
    "Goal: an answer recorded in under 5 ms at the 99th percentile: p99 \(ms(p99)) → "
        + "\(p99 < goal ? "MET" : "MISSED") (commits as the store makes them: WAL, synchronous = FULL, "
        + "synced at every commit; one fdatasync on this disk costs \(ms(sync.median)) median, "
        + "\(ms(sync.percentile(99))) p99).")
