import Foundation
import Testing

@testable import ProgressStore

/// "An answer is committed before its feedback is shown": `append` returns once the event
/// is on disk.
@Suite struct DurabilityTests {
    /// In WAL mode, `synchronous = NORMAL` (GRDB's choice for a DatabasePool) would not
    /// sync the -wal file at each commit, so an answer would survive a killed program
    /// (see CrashTests) but not a power cut. The store sets `FULL` (2), which does.
    @Test func eachCommitIsSyncedToDisk() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let store = try ProgressStore(path: folder.appendingPathComponent("progress.sqlite").path)
            let synchronous = try store.writer.writeWithoutTransaction { db in
                try Int.fetchOne(db, sql: "PRAGMA synchronous")
            }
            #expect(synchronous.map { $0 >= 2 } == true, "PRAGMA synchronous is \(String(describing: synchronous))")
        }
    }
}
