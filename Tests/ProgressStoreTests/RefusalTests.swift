import Foundation
import TestSupport
import Testing

@testable import ProgressStore

/// Files that are not a store this Oberih can use are refused with a message naming the
/// file, and left byte for byte as they were.
@Suite struct RefusalTests {
    /// Opens `path`, expecting a refusal; checks that the message names the file and that
    /// the file was not changed. Returns the error.
    @discardableResult
    private func expectRefusal(
        of path: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> StoreError? {
        let before = try StoreFixtures.bytes(of: path)
        let error = #expect(throws: StoreError.self, sourceLocation: sourceLocation) {
            _ = try ProgressStore(path: path)
        }
        if let error {
            #expect(error.description.contains(path), "\(error)", sourceLocation: sourceLocation)
        }
        #expect(try StoreFixtures.bytes(of: path) == before, "the refused file was changed", sourceLocation: sourceLocation)
        return error
    }

    @Test func randomBytesAreNotAStore() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            var generator = SeededGenerator(seed: 42)
            let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let error = try expectRefusal(of: path)
            #expect(error == .notSQLite(path: path))
            #expect(!StoreFixtures.exists(path + "-wal"))
            #expect(!StoreFixtures.exists(path + "-shm"))
        }
    }

    @Test func aTextFileIsNotAStore() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("notes.txt").path
            try Data("my notes, not a store\n".utf8).write(to: URL(fileURLWithPath: path))
            #expect(try expectRefusal(of: path) == .notSQLite(path: path))
        }
    }

    @Test func theFirst1000BytesOfAStoreAreRefusedAsDamaged() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let original = folder.appendingPathComponent("original.sqlite").path
            try StoreFixtures.makeStore(at: original, learners: 3, events: 200)
            let path = folder.appendingPathComponent("truncated.sqlite").path
            try StoreFixtures.bytes(of: original).prefix(1_000).write(to: URL(fileURLWithPath: path))
            let error = try expectRefusal(of: path)
            guard case .corrupt(let errorPath, _) = error else {
                Issue.record("expected .corrupt, got \(String(describing: error))")
                return
            }
            #expect(errorPath == path)
        }
    }

    @Test func theFirstHalfOfAStoreIsRefusedAsDamaged() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let original = folder.appendingPathComponent("original.sqlite").path
            try StoreFixtures.makeStore(at: original, learners: 3, events: 200)
            let bytes = try StoreFixtures.bytes(of: original)
            try #require(bytes.count >= 8 * 4096, "the store is too small to cut in half usefully")
            let path = folder.appendingPathComponent("truncated.sqlite").path
            try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
            let error = try expectRefusal(of: path)
            guard case .corrupt(let errorPath, _) = error else {
                Issue.record("expected .corrupt, got \(String(describing: error))")
                return
            }
            #expect(errorPath == path)
        }
    }

    @Test func aStoreFromAFutureSchemaIsRefusedAndNotMigrated() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            try StoreFixtures.makeStore(at: path, learners: 1, events: 3)
            do {
                let store = try ProgressStore(path: path)
                try store.writer.write { db in
                    try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999: from the future')")
                }
            }
            #expect(!StoreFixtures.exists(path + "-wal"), "the store was not closed")
            let before = try StoreFixtures.bytes(of: path)
            let error = #expect(throws: StoreError.self) { _ = try ProgressStore(path: path) }
            #expect(error == .newerSchema(path: path, unknownMigrations: ["v999: from the future"]))
            #expect(error?.description.contains(path) == true)
            #expect(error?.description.contains("v999: from the future") == true)
            let after = try StoreFixtures.bytes(of: path)
            #expect(after == before, "the refused file was changed")

        }
    }

    /// An empty file (made by `touch`, or left by a crash before SQLite wrote anything)
    /// is a store not yet written: it is accepted and set up.
    @Test func anEmptyFileIsAcceptedAsANewStore() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            #expect(FileManager.default.createFile(atPath: path, contents: Data()))
            let store = try ProgressStore(path: path)
            let health = try store.health()
            #expect(health.integrity == ["ok"])
            #expect(health.appliedMigrations == health.knownMigrations)
            _ = try store.createCohort(name: "Class 7B", organisation: nil, at: StoreFixtures.epoch)
            #expect(try store.cohorts().map(\.cohort.name) == ["Class 7B"])
        }
    }

    @Test func eachRefusalMessageNamesTheFile() {
        let path = "/some/where/progress.sqlite"
        for error in [
            StoreError.notSQLite(path: path), .corrupt(path: path, detail: "SQLITE_CORRUPT"),
            .newerSchema(path: path, unknownMigrations: ["v2: x"]), .cannotCreate(path: path, detail: "EACCES"),
        ] {
            #expect(error.description.contains(path))
            #expect(!error.description.isEmpty)
        }
    }
}
