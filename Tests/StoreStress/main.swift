// A child process for ProgressStoreTests: opens the store at argv[1], starts an attempt
// for a new learner in cohort argv[2], then appends argv[3] events one transaction at a
// time, printing each sequence number once it is committed. The test kills it, or runs
// two at once, and checks what the store holds.
import Foundation
import LessonEngine
import ProgressStore

/// Writes a line to stdout at once (unbuffered), so the parent sees every commit.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]), count >= 1 else {
    FileHandle.standardError.write(Data("usage: StoreStress STORE COHORT EVENTS\n".utf8))
    exit(2)
}
do {
    let store = try ProgressStore(path: arguments[1])
    let now = Date()
    var generator = SystemRandomNumberGenerator()
    if (try? store.cohort(named: arguments[2])) == nil {
        _ = try? store.createCohort(name: arguments[2], organisation: nil, at: now)
    }
    let learner = try store.addLearners(
        ages: [14], cohortName: arguments[2], ageBand: nil, language: "en", country: nil, at: now,
        generator: &generator)[0]
    let start = SessionStart(
        packId: "stress", packVersion: "1.0.0", lessonId: "l", learner: Learner(age: 14, language: "en"),
        language: "en", mode: .individual, seed: 1, ageOverride: nil)
    let attempt = try store.startAttempt(
        owner: .learner(code: learner.code), packSHA256: String(repeating: "0", count: 64),
        startedEvent: TimedEvent(.started(start), at: now))
    say("attempt \(attempt.id)")
    for sequence in 1...count {
        try store.append(
            TimedEvent(.answered(stepId: "s\(sequence)", answer: .likert(3)), at: Date()), toAttempt: attempt.id,
            sequence: sequence)
        say("\(sequence)")
    }
} catch {
    FileHandle.standardError.write(Data("StoreStress: \(error)\n".utf8))
    exit(1)
}
