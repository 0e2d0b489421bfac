import Foundation
import GRDB
import TestSupport
import Testing

@testable import ProgressStore

/// Pack files kept once per SHA-256, and never read back if their bytes do not match it.
@Suite struct PackFileTests {
    static let file = PackFile(packId: "p", packVersion: "1.0.0", bytes: Array("<pack/>".utf8))

    @Test func aFileIsKeptOnceAndReadBack() throws {
        let store = try ProgressStore.makeInMemory()
        #expect(try store.packFile(sha256: Self.file.sha256) == nil)
        try store.keep(Self.file)
        try store.keep(Self.file)
        #expect(try store.packFile(sha256: Self.file.sha256) == Self.file)
        #expect(try store.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM packFile") } == 1)
        #expect(Self.file.sha256 == SHA256.hex(of: Self.file.bytes) && Self.file.sha256.count == 64)
    }

    @Test func aRowWhoseBytesAreNotItsSHA256IsNotReturned() throws {
        let store = try ProgressStore.makeInMemory()
        try store.keep(Self.file)
        try store.writer.write { try $0.execute(sql: "UPDATE packFile SET bytes = x'00'") }
        #expect(try store.packFile(sha256: Self.file.sha256) == nil)
    }

    @Test func theVersionsNotKeptAreFoundThroughTheIndex() throws {
        let store = try ProgressStore.makeInMemory()
        _ = try store.createCohort(name: "7B", organisation: nil, at: StoreFixtures.epoch)
        var generator = SeededGenerator(seed: 3)
        let code = try store.addLearners(
            ages: [14], cohortName: "7B", ageBand: nil, language: "en", country: nil, at: StoreFixtures.epoch,
            generator: &generator)[0].code
        #expect(try store.unkeptPackSHA256s().isEmpty, "no attempt, nothing to keep")
        for _ in 0..<3 { try StoreFixtures.recordAttempt(in: store, learnerCode: code, events: 1) }
        try store.startAttempt(
            owner: .learner(code: code), packSHA256: Self.file.sha256, startedEvent: StoreFixtures.startedEvent())
        #expect(try store.unkeptPackSHA256s().sorted() == [StoreFixtures.packSHA256, Self.file.sha256].sorted())
        try store.keep(Self.file)
        #expect(try store.unkeptPackSHA256s() == [StoreFixtures.packSHA256])
        let plan = try store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT min(packSHA256) FROM attempt WHERE packSHA256 > 'a'")
                .map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("attemptByPackFile") }, "\(plan)")
    }

    @Test func withoutThePackFileTableNothingIsKeptAndNothingFails() throws {
        let store = try ProgressStore.makeInMemory()
        try store.writer.write { db in
            try db.execute(sql: "DROP INDEX attemptByPackFile; DROP TABLE packFile")
        }
        #expect(try store.packFile(sha256: Self.file.sha256) == nil)
        #expect(try store.playedPackVersions().isEmpty)
    }
}
