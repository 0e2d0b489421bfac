import Foundation
import TestSupport
import Testing

@testable import ProgressStore

/// Erasing a learner (a request under data-protection law) leaves no row of theirs in any
/// table, and their code nowhere in the store's files; other learners are untouched.
@Suite struct ErasureTests {
    struct Fixture {
        var path: String
        var erased: LearnerRecord
        var kept: LearnerRecord
        var erasedAttempts: [Int64]
        var keptAttempts: [Int64]
    }

    /// A store with two learners in one cohort, two attempts each with events, and a
    /// nickname for the learner to be erased.
    private func makeFixture(in folder: URL) throws -> (ProgressStore, Fixture) {
        let path = folder.appendingPathComponent("progress.sqlite").path
        let store = try ProgressStore(path: path)
        _ = try store.createCohort(name: "Class 7B", organisation: "School 12", at: StoreFixtures.epoch)
        var generator = SeededGenerator(seed: 3)
        let learners = try store.addLearners(
            ages: [14, 14], cohortName: "Class 7B", ageBand: nil, language: "en", country: "UA",
            at: StoreFixtures.epoch, generator: &generator)
        let (erased, kept) = (learners[0], learners[1])
        try store.writer.write { db in
            try db.execute(sql: "UPDATE learner SET nickname = 'Zorya' WHERE code = ?", arguments: [erased.code])
        }
        var erasedAttempts: [Int64] = []
        var keptAttempts: [Int64] = []
        for _ in 0..<2 {
            erasedAttempts.append(try StoreFixtures.recordAttempt(in: store, learnerCode: erased.code, events: 40).id)
            keptAttempts.append(try StoreFixtures.recordAttempt(in: store, learnerCode: kept.code, events: 30).id)
        }
        return (
            store,
            Fixture(
                path: path, erased: erased, kept: kept, erasedAttempts: erasedAttempts, keptAttempts: keptAttempts)
        )
    }

    /// Every row of every table (sqlite_master included) that mentions `code` in any
    /// column, or an attempt id in a column that holds attempt ids.
    private func rowsMentioning(code: String, attempts: [Int64], in store: ProgressStore) throws -> [String] {
        try store.writer.read { db in
            var found: [String] = []
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            #expect(Set(tables).isSuperset(of: ["cohort", "learner", "enrolment", "attempt", "event"]))
            for table in tables + ["sqlite_master"] {
                let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
                for column in columns {
                    let quoted = "\"\(column)\""
                    let byCode = try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM \"\(table)\" WHERE CAST(\(quoted) AS TEXT) LIKE ?",
                        arguments: ["%\(code)%"])!
                    if byCode > 0 { found.append("\(table).\(column): \(byCode) row(s) with \(code)") }
                    if column == "attemptId" || (table == "attempt" && column == "id") {
                        for attempt in attempts {
                            let byAttempt = try Int.fetchOne(
                                db, sql: "SELECT COUNT(*) FROM \"\(table)\" WHERE \(quoted) = ?", arguments: [attempt])!
                            if byAttempt > 0 { found.append("\(table).\(column): \(byAttempt) row(s) of attempt \(attempt)") }
                        }
                    }
                }
            }
            return found
        }
    }

    private func filesMentioning(_ text: String, path: String) throws -> [String] {
        try ["", "-wal", "-shm", "-journal"].compactMap { suffix in
            let file = path + suffix
            guard StoreFixtures.exists(file) else { return nil }
            let bytes = try StoreFixtures.bytes(of: file)
            return bytes.range(of: Data(text.utf8)) != nil ? file : nil
        }
    }

    @Test func erasureLeavesNoRowOfTheLearner() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let (store, fixture) = try makeFixture(in: folder)
            let code = fixture.erased.code
            #expect(try !rowsMentioning(code: code, attempts: fixture.erasedAttempts, in: store).isEmpty)

            let erasure = try store.deleteLearner(code: code)
            #expect(erasure == Erasure(code: code, enrolments: 1, attempts: 2, events: 2 * 41, voidingQueued: 0))
            #expect(try rowsMentioning(code: code, attempts: fixture.erasedAttempts, in: store) == [])
            #expect(throws: StoreError.notFound(what: "learner", key: code)) { try store.progress(of: code) }
            #expect(throws: StoreError.notFound(what: "learner", key: code)) { try store.deleteLearner(code: code) }
            for attempt in fixture.erasedAttempts {
                #expect(try store.events(ofAttempt: attempt).isEmpty)
            }

            // The other learner is intact.
            let progress = try store.progress(of: fixture.kept.code)
            #expect(progress.learner == fixture.kept)
            #expect(progress.cohorts == ["Class 7B"])
            #expect(progress.attempts.map(\.attempt.id) == fixture.keptAttempts)
            #expect(progress.attempts.map(\.eventCount) == [31, 31])
            for attempt in fixture.keptAttempts {
                let events = try store.events(ofAttempt: attempt)
                #expect(events.count == 31)
                #expect(events.dropFirst().map(\.event) == (1...30).map { StoreFixtures.answer($0).event })
            }
            #expect(try store.learners(inCohort: "Class 7B").map(\.code) == [fixture.kept.code])
            #expect(try store.cohorts().map(\.learnerCount) == [1])
            let health = try store.health()
            #expect(health.integrity == ["ok"])
            #expect(health.counts == ["cohort": 1, "learner": 1, "enrolment": 1, "attempt": 2, "event": 62])
        }
    }

    /// Statements queued for an LRS carry the code (in their bodies) and the attempt: an
    /// erasure leaves none of them, and queues a voiding for each one an LRS may hold.
    @Test func erasureTakesTheLearnersOutboxRowsAndVoidsWhatWasSent() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let (store, fixture) = try makeFixture(in: folder)
            let endpoint = try store.addLRSEndpoint(
                url: "https://lrs.example.org/xAPI/statements", homePage: "https://lms.example.org", at: StoreFixtures.epoch)
            func statements(of learner: LearnerRecord, attempts: [Int64]) -> [NewOutboxStatement] {
                attempts.flatMap { attempt in
                    (0..<3).map { index in
                        NewOutboxStatement(
                            statementId: "statement \(attempt) \(index)", attemptId: attempt,
                            learnerCode: learner.code, body: #"{"actor":{"account":{"name":"\#(learner.code)"}}}"#)
                    }
                }
            }
            let erased = statements(of: fixture.erased, attempts: fixture.erasedAttempts)
            let kept = statements(of: fixture.kept, attempts: fixture.keptAttempts)
            try store.enqueue(erased + kept, endpointId: endpoint.id, at: StoreFixtures.epoch)
            let keys = erased.map { OutboxKey(kind: .statement, statementId: $0.statementId) }
            // Two sent, one posted without an answer, one refused, the rest never sent.
            try store.markSent(Array(keys[0..<2]), endpointId: endpoint.id, at: StoreFixtures.epoch)
            try store.markPosted([keys[2]], endpointId: endpoint.id, at: StoreFixtures.epoch)
            try store.markPosted([keys[3]], endpointId: endpoint.id, at: StoreFixtures.epoch)
            try store.markRefused([keys[3]], as: .rejected, error: "400: bad", endpointId: endpoint.id)

            let erasure = try store.deleteLearner(code: fixture.erased.code)
            #expect(erasure.voidingQueued == 3)
            #expect(try rowsMentioning(code: fixture.erased.code, attempts: fixture.erasedAttempts, in: store) == [])
            #expect(try filesMentioning(fixture.erased.code, path: fixture.path) == [])
            let counts = try store.outboxCounts(endpointId: endpoint.id)
            #expect(counts.count(.voiding, .queued) == 3 && counts.count(.statement, .queued) == kept.count)
        }
    }

    /// Right after `deleteLearner` returns (the program may be killed at that moment), and
    /// once the store is closed: no file of the store holds the code or the nickname.
    @Test func erasureLeavesTheCodeInNoFileOfTheStore() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            var (store, fixture) = try makeFixture(in: folder)
            let code = fixture.erased.code
            #expect(try !filesMentioning(code, path: fixture.path).isEmpty)
            _ = try store.deleteLearner(code: code)

            // (This holds with Debian's libsqlite3, built with SECURE_DELETE: see the next test.)
            for text in [code, "Zorya"] {
                #expect(try filesMentioning(text, path: fixture.path) == [], "\(text) is still on disk")
            }
            #expect(try filesMentioning(fixture.kept.code, path: fixture.path) != [])

            // Closed: the last connection checkpoints the -wal file into the main file.
            store = try ProgressStore(path: folder.appendingPathComponent("other.sqlite").path)
            for text in [code, "Zorya"] {
                #expect(try filesMentioning(text, path: fixture.path) == [], "\(text) is still on disk")
            }
            #expect(try filesMentioning(fixture.kept.code, path: fixture.path) != [])
            _ = store
        }
    }

    /// The erasure must not depend on how SQLite was built: Debian's libsqlite3 turns
    /// `secure_delete` on by default (deleted rows are overwritten with zeros), others
    /// (SQLite's own default, and so the amalgamation) leave it off. Here it is turned off
    /// on the store's connection, as it would be elsewhere.
    @Test func erasureDoesNotRelyOnSecureDeleteBeingOnByDefault() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            var (store, fixture) = try makeFixture(in: folder)
            let code = fixture.erased.code
            let secureDelete = try store.writer.writeWithoutTransaction { db in
                try Int.fetchOne(db, sql: "PRAGMA secure_delete")
            }
            #expect(secureDelete == 1, "the store sets secure_delete on every connection")
            _ = try store.deleteLearner(code: code)
            let leftOpen = try [code, "Zorya"].flatMap { text in
                try filesMentioning(text, path: fixture.path).map { "\(text) in \($0)" }
            }
            #expect(leftOpen == [], "still on disk while the store is open")

            // Once the store is closed, the checkpoint has written the vacuumed pages.
            store = try ProgressStore(path: folder.appendingPathComponent("other.sqlite").path)
            for text in [code, "Zorya"] {
                #expect(try filesMentioning(text, path: fixture.path) == [], "\(text) is still on disk")
            }
            _ = store
        }
    }
}
