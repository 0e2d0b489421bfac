import Foundation
import Testing

@testable import ProgressStore

/// Two processes writing to one store at once (two terminals of one trainer): both
/// succeed, and neither loses an event.
@Suite struct ConcurrencyTests {
    static let eventsPerWriter = 500

    /// Runs two StoreStress children on `path` at once and checks what they wrote.
    private func runTwoWriters(on path: String, in folder: URL) throws {
        let first = try StoreStressProcess(
            store: path, cohort: "Class 7B", events: Self.eventsPerWriter,
            errorFile: folder.appendingPathComponent("first-stderr.txt"))
        let second = try StoreStressProcess(
            store: path, cohort: "Class 7B", events: Self.eventsPerWriter,
            errorFile: folder.appendingPathComponent("second-stderr.txt"))
        // Drain both pipes as they go, so neither child blocks on a full pipe.
        var firstDone = false
        var secondDone = false
        while !firstDone || !secondDone {
            if !firstDone { firstDone = try first.nextLine() == nil }
            if !secondDone { secondDone = try second.nextLine() == nil }
        }
        first.process.waitUntilExit()
        second.process.waitUntilExit()
        #expect(first.process.terminationStatus == 0, "first writer: \(first.standardError)")
        #expect(second.process.terminationStatus == 0, "second writer: \(second.standardError)")
        #expect(first.printedSequences == Array(1...Self.eventsPerWriter))
        #expect(second.printedSequences == Array(1...Self.eventsPerWriter))

        let store = try ProgressStore(path: path)
        #expect(try store.health().integrity == ["ok"])
        for child in [first, second] {
            let attemptId = try #require(child.attemptId)
            let events = try store.events(ofAttempt: attemptId)
            #expect(events.count == Self.eventsPerWriter + 1)
            guard case .started = events.first?.event else {
                Issue.record("attempt \(attemptId) does not begin with `started`")
                continue
            }
        }
        #expect(first.attemptId != second.attemptId)
        let learners = try store.learners(inCohort: "Class 7B")
        #expect(learners.count >= 2)
    }

    @Test func twoProcessesWriteToOneExistingStore() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            try StoreFixtures.makeStore(at: path, learners: 1, events: 1)
            try runTwoWriters(on: path, in: folder)
        }
    }

    /// Both processes find no store and create it at the same moment (two terminals
    /// started together on a fresh machine).
    @Test func twoProcessesCreateOneNewStoreAtOnce() throws {
        for _ in 0..<10 {
            try StoreFixtures.withTemporaryFolder { folder in
                let path = folder.appendingPathComponent("progress.sqlite").path
                try runTwoWriters(on: path, in: folder)
            }

        }
    }
}
