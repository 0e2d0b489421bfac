import Foundation
import Testing

@testable import ProgressStore

/// A writer killed with SIGKILL in the middle of a run of writes: the store opens again,
/// passes SQLite's integrity check and holds every event that was reported committed.
@Suite struct CrashTests {
    /// Kills StoreStress once it has printed `killAfter` committed sequence numbers.
    @Test(arguments: [1, 57, 300])
    func killedWriterLosesNoCommittedEvent(killAfter: Int) throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            let child = try StoreStressProcess(
                store: path, cohort: "Class 7B", events: 1_000_000,
                errorFile: folder.appendingPathComponent("stderr.txt"))
            try child.waitForSequences(killAfter)
            child.kill()
            // Lines already in the pipe were committed too: read them all.
            try child.finish()
            #expect(child.process.terminationReason == .uncaughtSignal, "stderr: \(child.standardError)")
            #expect(child.process.terminationStatus == SIGKILL)
            let attemptId = try #require(child.attemptId, "no attempt printed; stderr: \(child.standardError)")
            let printed = child.printedSequences
            try #require(printed.count >= killAfter, "stderr: \(child.standardError)")
            #expect(printed == Array(1...printed.count))

            let store = try ProgressStore(path: path)
            let health = try store.health()
            #expect(health.integrity == ["ok"])
            #expect(health.problems.isEmpty)
            let events = try store.events(ofAttempt: attemptId)
            let stored = events.compactMap { event -> Int? in
                guard case .answered(let stepId, _) = event.event else { return nil }
                return Int(stepId.dropFirst(1))  // StoreStress names step n "sn"
            }
            guard case .started = events.first?.event else {
                Issue.record("the attempt's first event is not `started`")
                return
            }
            // Every printed sequence is there; at most one more (committed, killed before
            // it was printed); nothing missing in between.
            #expect(Set(printed).isSubset(of: Set(stored)))
            #expect(stored == Array(1...stored.count))
            #expect(stored.count <= printed.count + 1)

            // The store takes the next event after the crash.
            try store.append(StoreFixtures.answer(stored.count + 1), toAttempt: attemptId, sequence: stored.count + 1)
            #expect(try store.events(ofAttempt: attemptId).count == stored.count + 2)
        }
    }

    /// SIGKILL at a few moments while the child is still creating and migrating a new
    /// store: whatever it left behind opens as a store afterwards.
    @Test(arguments: [0, 5, 15, 30, 60])
    func killedWhileCreatingTheStoreLeavesAUsableStore(afterMilliseconds delay: Int) throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("store/progress.sqlite").path
            let child = try StoreStressProcess(
                store: path, cohort: "Class 7B", events: 1_000_000,
                errorFile: folder.appendingPathComponent("stderr.txt"))
            Thread.sleep(forTimeInterval: Double(delay) / 1000)
            child.kill()
            try child.finish()
            #expect(child.process.terminationReason == .uncaughtSignal, "stderr: \(child.standardError)")

            let store = try ProgressStore(path: path)
            let health = try store.health()
            #expect(health.integrity == ["ok"])
            #expect(health.appliedMigrations == health.knownMigrations)
            if let attemptId = child.attemptId {
                let count = try store.events(ofAttempt: attemptId).count
                #expect(count >= child.printedSequences.count + 1)
            }
        }
    }
}
