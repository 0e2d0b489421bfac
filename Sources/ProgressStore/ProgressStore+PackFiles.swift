import Foundation
import GRDB

/// A pack file's bytes exactly as they were played, named by their SHA-256.
public struct PackFile: Sendable, Hashable {
    public let packId: String
    public let packVersion: String
    public let bytes: [UInt8]
    /// Hex SHA-256 of `bytes`: the attempt's `packSHA256`.
    public let sha256: String

    public init(packId: String, packVersion: String, bytes: [UInt8]) {
        self.packId = packId
        self.packVersion = packVersion
        self.bytes = bytes
        sha256 = SHA256.hex(of: bytes)
    }
}

/// A pack version attempts were played on, store-wide, and whether its file is kept.
public struct PlayedPackVersion: Sendable, Hashable {
    public var pack: PlayedPack
    public var attempts: Int
    public var lastStartedAt: Date
    public var isKept: Bool

    public init(pack: PlayedPack, attempts: Int, lastStartedAt: Date, isKept: Bool) {
        (self.pack, self.attempts, self.lastStartedAt, self.isKept) = (pack, attempts, lastStartedAt, isKept)
    }
}

extension ProgressStore {
    /// Keeps a pack file, once per SHA-256 (keeping it again changes nothing).
    public func keep(_ file: PackFile, at time: Date = Date()) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO packFile (sha256, packId, packVersion, bytes, keptAt) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (sha256) DO NOTHING
                    """, arguments: [file.sha256, file.packId, file.packVersion, Data(file.bytes), time])
        }
    }

    /// The kept file with this SHA-256, if any.
    public func packFile(sha256: String) throws(StoreError) -> PackFile? {
        try read { db in
            guard try db.tableExists("packFile"),
                let row = try Row.fetchOne(
                    db, sql: "SELECT packId, packVersion, bytes FROM packFile WHERE sha256 = ?", arguments: [sha256])
            else { return nil }
            let data: Data = row[2]
            let file = PackFile(packId: row[0], packVersion: row[1], bytes: [UInt8](data))
            // A row whose bytes are not what its key says is no pack to trust.
            return file.sha256 == sha256 ? file : nil
        }
    }

    /// Every pack version attempts were played on (those of a cohort's learners and of
    /// the cohort as a group, if given; only its learners' with `learnersOnly`), by id,
    /// version and SHA-256, oldest first.
    public func playedPackVersions(ofCohort cohortId: Int64? = nil, learnersOnly: Bool = false) throws(StoreError)
        -> [PlayedPackVersion]
    {
        let filter =
            cohortId == nil
            ? "" : learnersOnly ? "WHERE \(Self.learnersFilter)" : "WHERE \(Self.cohortFilter)"
        let arguments: StatementArguments = cohortId.map { learnersOnly ? [$0] : [$0, $0] } ?? []
        return try read { db in
            let kept = try db.tableExists("packFile")
                ? "EXISTS (SELECT 1 FROM packFile WHERE packFile.sha256 = attempt.packSHA256)" : "0"
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT packId, packVersion, packSHA256, count(*), max(startedAt), \(kept) FROM attempt
                    \(filter)
                    GROUP BY packId, packVersion, packSHA256 ORDER BY packId, max(startedAt), packSHA256
                    """, arguments: arguments
            ).map { row in
                PlayedPackVersion(
                    pack: PlayedPack(id: row[0], version: row[1], sha256: row[2]), attempts: row[3],
                    lastStartedAt: row[4], isKept: row[5])
            }
        }
    }

    /// The SHA-256s attempts were played on whose file is not kept: one index step per
    /// distinct SHA-256 (a skip-scan over `attemptByPackFile`), so asking costs the number
    /// of versions played, not of attempts.
    public func unkeptPackSHA256s() throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(
                db,
                sql: """
                    WITH RECURSIVE played(sha256) AS (
                      SELECT min(packSHA256) FROM attempt
                      UNION ALL
                      SELECT (SELECT min(packSHA256) FROM attempt WHERE packSHA256 > played.sha256) FROM played
                      WHERE played.sha256 IS NOT NULL)
                    SELECT sha256 FROM played
                    WHERE sha256 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM packFile WHERE packFile.sha256 = played.sha256)
                    """)
        }
    }

    /// The ids of the cohort's attempts (its learners' and its own) played on this file.
    public func attemptIds(ofCohort cohortId: Int64, packSHA256: String) throws(StoreError) -> [Int64] {
        try read { db in
            try Int64.fetchAll(
                db, sql: "SELECT id FROM attempt WHERE (\(Self.cohortFilter)) AND packSHA256 = ? ORDER BY id",
                arguments: [cohortId, cohortId, packSHA256])
        }
    }
}
