import Foundation
import GRDB
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

    @Test func withoutThePackFileTableNothingIsKeptAndNothingFails() throws {
        let store = try ProgressStore.makeInMemory()
        try store.writer.write { db in
            try db.execute(sql: "DROP INDEX attemptByPackFile; DROP TABLE packFile")
        }
        #expect(try store.packFile(sha256: Self.file.sha256) == nil)
        #expect(try store.playedPackVersions().isEmpty)
    }
}
