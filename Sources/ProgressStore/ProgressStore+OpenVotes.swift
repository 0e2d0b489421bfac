import Foundation
import GRDB

extension ProgressStore {
    /// The votes counted so far at a group's vote taken one by one (`facilitate`, `v`),
    /// replacing any kept before; synced like an event, so a vote once counted survives
    /// Ctrl-C, a killed process or the end of input.
    public func keepOpenVote(_ counts: [String: Int], stepId: String, attemptId: Int64) throws(StoreError) {
        let text = try encodeCounts(counts)
        try write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO openVote (attemptId, stepId, counts) VALUES (?, ?, ?)",
                arguments: [attemptId, stepId, text])
        }
    }

    /// The vote being taken at an attempt, if one was left open.
    public func openVote(ofAttempt attemptId: Int64) throws(StoreError) -> (stepId: String, counts: [String: Int])? {
        let row = try read { db in
            try Row.fetchOne(db, sql: "SELECT stepId, counts FROM openVote WHERE attemptId = ?", arguments: [attemptId])
        }
        guard let row else { return nil }
        let stepId: String = row[0]
        let text: String = row[1]
        guard let counts = try? JSONDecoder().decode([String: Int].self, from: Data(text.utf8)),
            counts.values.allSatisfy({ $0 >= 0 })
        else {
            throw .corrupt(path: path, detail: "the open vote of attempt \(attemptId) cannot be read")
        }
        return (stepId, counts)
    }

    /// Forgets the open vote of an attempt (its tally is recorded, or it is taken again).
    public func discardOpenVote(ofAttempt attemptId: Int64) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM openVote WHERE attemptId = ?", arguments: [attemptId]) }
    }

    private func encodeCounts(_ counts: [String: Int]) throws(StoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(counts) else { throw .invalid("a vote's counts cannot be written") }
        return String(decoding: data, as: UTF8.self)
    }
}
