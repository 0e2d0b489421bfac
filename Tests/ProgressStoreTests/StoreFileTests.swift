import Foundation
import GRDB
import TestSupport
import Testing

@testable import ProgressStore

/// The store's file as the user left it: refused stores get no -wal or -shm beside them,
/// a read-only store is read and never written or re-moded (checked on the mode bits, as
/// the tests run as root), a symbolic link is followed only to a file that exists, and a
/// full disk is named as such.
@Suite struct StoreFileTests {
    private func expectNoSidecars(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!StoreFixtures.exists(path + "-wal"), "a -wal was created", sourceLocation: sourceLocation)
        #expect(!StoreFixtures.exists(path + "-shm"), "a -shm was created", sourceLocation: sourceLocation)
    }

    @Test func aDamagedStoreIsRefusedWithoutCreatingAJournal() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let original = folder.appendingPathComponent("original.sqlite").path
            try StoreFixtures.makeStore(at: original, learners: 3, events: 200)
            let path = folder.appendingPathComponent("damaged.sqlite").path
            let bytes = try StoreFixtures.bytes(of: original)
            try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
            for access in [ProgressStore.Access.readWrite, .readOnly, .inspection] {
                #expect(throws: StoreError.self) { _ = try ProgressStore(path: path, access: access) }
                expectNoSidecars(path)
            }
            // Moved aside, it leaves nothing behind that looks like an orphaned journal.
            #expect(throws: StoreError.notFound(what: "store", key: path)) {
                try FileManager.default.removeItem(atPath: path)
                _ = try ProgressStore(path: path, access: .readOnly)
            }
        }
    }

    @Test func aStoreFromANewerOberihIsRefusedWithoutCreatingAJournal() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            try StoreFixtures.makeStore(at: path, learners: 1, events: 3)
            try StoreFixtures.sqlite3(path, "INSERT INTO grdb_migrations (identifier) VALUES ('v999: future')")
            expectNoSidecars(path)
            #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v999: future"])) {
                _ = try ProgressStore(path: path)
            }
            expectNoSidecars(path)
        }
    }

    @Test func aReadOnlyStoreIsReadButNeverWrittenOrReModed() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            try StoreFixtures.makeStore(at: path, learners: 2, events: 5)
            #expect(chmod(path, 0o444) == 0)
            let before = try StoreFixtures.bytes(of: path)
            #expect(ProgressStore.readingAccess(path: path) == .readOnly)
            #expect(throws: StoreError.readOnly(path: path)) { _ = try ProgressStore(path: path) }
            let store = try ProgressStore(path: path, access: ProgressStore.readingAccess(path: path))
            #expect(try store.cohorts().map(\.learnerCount) == [2])
            #expect(throws: StoreError.self) {
                _ = try store.createCohort(name: "B", organisation: nil, at: StoreFixtures.epoch)
            }
            #expect(try StoreFixtures.mode(of: path) == 0o444)
            #expect(try StoreFixtures.bytes(of: path) == before)
            expectNoSidecars(path)
            #expect(chmod(path, 0o600) == 0)
            #expect(ProgressStore.readingAccess(path: path) == .readWrite)
        }
    }

    @Test func aLinkedStoreIsReportedWithItsTargetAndADanglingLinkIsRefused() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let target = folder.appendingPathComponent("real.sqlite").path
            try StoreFixtures.makeStore(at: target, learners: 1, events: 2)
            let link = folder.appendingPathComponent("link.sqlite").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.sqlite")
            let health = try ProgressStore(path: link, access: .inspection).health()
            #expect(health.linkTarget == target)
            #expect(health.modes[target] == "600", "the target's mode, not the link's 777: \(health.modes)")
            #expect(health.modes[link] == nil)
            #expect(health.isHealthy, "\(health.problems)")

            let dangling = folder.appendingPathComponent("dangling.sqlite").path
            let nowhere = folder.appendingPathComponent("nowhere.sqlite").path
            try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: nowhere)
            for access in [ProgressStore.Access.readWrite, .readOnly] {
                #expect(throws: StoreError.danglingLink(path: dangling, target: nowhere)) {
                    _ = try ProgressStore(path: dangling, access: access)
                }
            }
            #expect(!StoreFixtures.exists(nowhere), "the link's target was created")
        }
    }

    @Test func aFullDiskIsNamedAsSuch() throws {
        let queue = try DatabaseQueue()
        let store = try ProgressStore(database: queue)
        _ = try store.createCohort(name: "7B", organisation: nil, at: StoreFixtures.epoch)
        // SQLite answers SQLITE_FULL once the file may grow no more, as on a full disk.
        try queue.write { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        var generator = SeededGenerator(seed: 1)
        let error = #expect(throws: StoreError.self) {
            _ = try store.addLearners(
                ages: Array(repeating: 13, count: 1000), cohortName: "7B", ageBand: nil, language: "en", country: nil,
                at: StoreFixtures.epoch, generator: &generator)
        }
        #expect(error == .full(path: ":memory:"))
        #expect(error?.description.contains("is full") == true)
    }
}
