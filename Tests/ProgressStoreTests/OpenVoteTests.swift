import Foundation
import TestSupport
import Testing

@testable import ProgressStore

/// A group's vote taken one by one is kept vote by vote until its tally is recorded.
@Suite struct OpenVoteTests {
    @Test func aKeptVoteIsReadBackReplacedAndDiscarded() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            let store = try ProgressStore(path: path)
            var generator = SeededGenerator(seed: 3)
            _ = try store.createCohort(name: "Class 7B", organisation: nil, at: StoreFixtures.epoch)
            let learner = try #require(try store.addLearners(
                ages: [13], cohortName: "Class 7B", ageBand: nil, language: "en", country: nil,
                at: StoreFixtures.epoch, generator: &generator).first)
            let attempt = try StoreFixtures.recordAttempt(in: store, learnerCode: learner.code, events: 0)
            #expect(try store.openVote(ofAttempt: attempt.id) == nil)
            try store.keepOpenVote(["tell": 1], stepId: "v1", attemptId: attempt.id)
            try store.keepOpenVote(["tell": 1, "block": 2], stepId: "v1", attemptId: attempt.id)
            // Read again from another connection: the votes are on disk.
            let reopened = try ProgressStore(path: path)
            let kept = try #require(try reopened.openVote(ofAttempt: attempt.id))
            #expect(kept.stepId == "v1")
            #expect(kept.counts == ["tell": 1, "block": 2])
            try store.discardOpenVote(ofAttempt: attempt.id)
            #expect(try store.openVote(ofAttempt: attempt.id) == nil)
            // Erasing the learner erases the attempt's open vote with it.
            try store.keepOpenVote(["tell": 4], stepId: "v1", attemptId: attempt.id)
            _ = try store.deleteLearner(code: learner.code)
            #expect(try StoreFixtures.sqlite3(path, "SELECT COUNT(*) FROM openVote").trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        }
    }

    @Test func aDamagedKeptVoteIsNamedNotGuessed() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            let store = try ProgressStore(path: path)
            _ = try store.createCohort(name: "Class 7B", organisation: nil, at: StoreFixtures.epoch)
            var generator = SeededGenerator(seed: 4)
            let learner = try #require(try store.addLearners(
                ages: [13], cohortName: "Class 7B", ageBand: nil, language: "en", country: nil,
                at: StoreFixtures.epoch, generator: &generator).first)
            let attempt = try StoreFixtures.recordAttempt(in: store, learnerCode: learner.code, events: 0)
            try store.keepOpenVote(["tell": 1], stepId: "v1", attemptId: attempt.id)
            try StoreFixtures.sqlite3(path, "UPDATE openVote SET counts = '{\"tell\": -3}'")
            #expect(throws: StoreError.self) { try store.openVote(ofAttempt: attempt.id) }
        }
    }
}
