import Foundation
import Testing

@testable import ProgressStore

/// The schema comes from named migrations, applied once.
@Suite struct MigrationTests {
    static let knownMigrations = [
        "v1: cohorts, learners, attempts, events",
        "v2: results of finished attempts",
        "v3: votes taken one by one",
        "v4: pack files kept",
        "v5: LRS outbox",
        "v6: attempt registrations kept",
    ]

    @Test func aNewStoreHasExactlyTheKnownMigrations() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            let store = try ProgressStore(path: path)
            #expect(Migrations.migrator.migrations == Self.knownMigrations)
            let health = try store.health()
            #expect(health.knownMigrations == Self.knownMigrations)
            #expect(health.appliedMigrations == Self.knownMigrations)
            let recorded = try store.writer.read { db in
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            }
            #expect(recorded == Self.knownMigrations)
            #expect(health.integrity == ["ok"])
            #expect(health.counts == ["cohort": 0, "learner": 0, "enrolment": 0, "attempt": 0, "event": 0])
            #expect(health.problems == [])
        }
    }

    @Test func aNewStoreIsInWALModeWithForeignKeys() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let store = try ProgressStore(path: folder.appendingPathComponent("progress.sqlite").path)
            let (journalMode, foreignKeys) = try store.writer.read { db in
                (
                    try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                    try Int.fetchOne(db, sql: "PRAGMA foreign_keys")
                )
            }
            #expect(journalMode == "wal")
            #expect(foreignKeys == 1)
        }
    }

    /// Opening a store again applies nothing twice and keeps its content.
    @Test func reopeningAStoreKeepsItsContent() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            try StoreFixtures.makeStore(at: path, learners: 2, events: 10)
            for _ in 0..<3 {
                let store = try ProgressStore(path: path)
                let health = try store.health()
                #expect(health.appliedMigrations == Self.knownMigrations)
                #expect(health.counts == ["cohort": 1, "learner": 2, "enrolment": 2, "attempt": 2, "event": 22])
            }
        }
    }

    /// `health` compares the applied migrations with the known ones (`oberih doctor`).
    @Test func aStoreMissingAMigrationRecordIsReportedByHealth() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("progress.sqlite").path
            let store = try ProgressStore(path: path)
            try store.writer.write { db in try db.execute(sql: "DELETE FROM grdb_migrations") }
            let health = try store.health()
            #expect(health.appliedMigrations == [])
            #expect(!health.isCurrent)
        }
    }
}
