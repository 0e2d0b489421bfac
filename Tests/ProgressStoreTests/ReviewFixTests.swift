import Foundation
import GRDB
import Testing

@testable import ProgressStore

/// Behaviours fixed after review, each shown by its smallest case.
@Suite struct StoreReviewFixTests {
    @Test func anotherProgramsDatabaseIsRefusedAndLeftAlone() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("notes.db").path
            try StoreFixtures.sqlite3(path, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me');")
            let before = try StoreFixtures.bytes(of: path)
            #expect(throws: StoreError.foreignDatabase(path: path)) { _ = try ProgressStore(path: path) }
            #expect(try StoreFixtures.bytes(of: path) == before)
            // The store says what happened; the command line adds `--store` (StoreOptions.describe).
            #expect(!StoreError.foreignDatabase(path: path).description.contains("--store"))
        }
    }

    @Test func aWalWithoutItsStoreIsNotThrownAway() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            FileManager.default.createFile(atPath: path + "-wal", contents: Data("frames".utf8))
            #expect(throws: StoreError.orphanJournal(path: path)) { _ = try ProgressStore(path: path) }
            #expect(!StoreFixtures.exists(path), "no new store was made over it")
        }
    }

    @Test func inspectionChangesNothing() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            try StoreFixtures.makeStore(at: path, learners: 1, events: 3)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
            let before = try StoreFixtures.bytes(of: path)
            let health = try ProgressStore(path: path, access: .inspection).health()
            #expect(health.problems.contains { $0.contains("chmod 600 \(path)") }, "\(health.problems)")
            #expect(try StoreFixtures.mode(of: path) == 0o644, "inspection does not change modes")
            #expect(try StoreFixtures.bytes(of: path) == before)
            let missing = folder.appendingPathComponent("none.sqlite").path
            #expect(throws: StoreError.notFound(what: "store", key: missing)) {
                _ = try ProgressStore(path: missing, access: .inspection)
            }
            #expect(!StoreFixtures.exists(missing))
        }
    }

    @Test func erasureDoesNotDependOnSecureDelete() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            try StoreFixtures.makeStore(at: path, learners: 2, events: 20)
            let store = try ProgressStore(path: path)
            try store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA secure_delete = OFF") }
            let code = try store.learners(inCohort: nil)[0].code
            _ = try store.deleteLearner(code: code)
            for file in [path, path + "-wal", path + "-shm"] where StoreFixtures.exists(file) {
                let bytes = try StoreFixtures.bytes(of: file)
                #expect(bytes.range(of: Data(code.utf8)) == nil, "\(code) is still in \(file)")
            }
        }
    }

    @Test func erasureUnderAnotherReaderSaysItIsNotFinished() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            try StoreFixtures.makeStore(at: path, learners: 2, events: 5)
            let store = try ProgressStore(path: path)
            let code = try store.learners(inCohort: nil)[0].code
            // Another connection in the middle of a read keeps the checkpoint from finishing.
            let reader = try DatabaseQueue(path: path)
            try reader.inDatabase { db in
                try db.execute(sql: "BEGIN")
                _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event")
                #expect(throws: StoreError.erasureIncomplete(path: path, code: code)) {
                    _ = try store.deleteLearner(code: code)
                }
                try db.execute(sql: "COMMIT")
            }
            #expect(try store.compact(), "with the reader gone, compaction finishes")
        }
    }

    @Test func doctorAdvisesMovingAStoreOutOfASharedFolder() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let shared = folder.appendingPathComponent("shared")
            try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o1777], ofItemAtPath: shared.path)
            let path = shared.appendingPathComponent("progress.sqlite").path
            try StoreFixtures.makeStore(at: path, learners: 1, events: 1)
            let problems = try ProgressStore(path: path, access: .inspection).health().problems
            #expect(problems.contains { $0.contains("keep the store in a folder of your own") }, "\(problems)")
            #expect(!problems.contains { $0.contains("chmod 700 \(shared.path)") })
        }
    }
}
