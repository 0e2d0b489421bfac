import Foundation
import GRDB

/// What `oberih doctor` reports about a store.
public struct StoreHealth: Sendable, Codable {
    public var path: String
    /// "ok", or SQLite's own list of problems.
    public var integrity: [String]
    public var appliedMigrations: [String]
    public var knownMigrations: [String]
    public var counts: [String: Int]
    /// Octal modes of the store's files and folder, by path: for a symbolic link, those
    /// of its target (the file SQLite opens) and the target's folder.
    public var modes: [String: String]
    /// Where the store's path leads when it is a symbolic link: the file itself.
    public var linkTarget: String?
    /// Finished attempts with no stored result (played before results were kept).
    public var finishedWithoutResult: Int
    /// Each problem found in the file, with what to do about it.
    public var problems: [String]

    /// Whether the file itself has no problem (its schema and results aside).
    public var isHealthy: Bool { problems.isEmpty }

    /// Whether the schema is the one this Oberih writes.
    public var isCurrent: Bool { appliedMigrations == knownMigrations }
}

extension ProgressStore {
    public func health() throws(StoreError) -> StoreHealth {
        var health = try read { db in
            StoreHealth(
                path: path,
                integrity: try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                appliedMigrations: try Migrations.migrator.appliedMigrations(db),
                knownMigrations: Migrations.migrator.migrations,
                counts: try Dictionary(
                    uniqueKeysWithValues: ["cohort", "learner", "enrolment", "attempt", "event"].map {
                        ($0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? 0)
                    }),
                modes: [:],
                linkTarget: nil,
                finishedWithoutResult: try db.tableExists("attemptResult")
                    ? Int.fetchOne(
                        db,
                        sql: """
                            SELECT count(*) FROM attempt WHERE finishedAt IS NOT NULL
                              AND NOT EXISTS (SELECT 1 FROM attemptResult WHERE attemptId = attempt.id)
                            """) ?? 0
                    : Int.fetchOne(db, sql: "SELECT count(*) FROM attempt WHERE finishedAt IS NOT NULL") ?? 0,
                problems: [])
        }
        if health.integrity != ["ok"] {
            health.problems.append(
                "SQLite's integrity check failed; copy the store (with its -wal and -shm files) somewhere safe, "
                    + "then ask for help: do not delete it")
        }
        let file = try StoreFile(path: path)
        if file.linkTarget != nil { health.linkTarget = file.resolvedPath }
        let real = file.resolvedPath
        let folder = (real as NSString).deletingLastPathComponent
        for (item, expected) in [(real, 0o600), (real + "-wal", 0o600), (real + "-shm", 0o600), (folder, 0o700)] {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: item),
                let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue
            else { continue }
            health.modes[item] = String(mode, radix: 8)
            if item == folder {
                // Others may list the folder, but not write to it; a shared sticky folder
                // such as /tmp is no one's to tighten, so the advice is to move the store.
                guard mode & 0o022 != 0 else { continue }
                health.problems.append(
                    mode & 0o1000 != 0
                        ? "\(item) is a shared folder others can write to (mode \(String(mode, radix: 8))); keep the "
                            + "store in a folder of your own, such as the default under ~/.local/share/oberih"
                        : "\(item) can be written by other users (mode \(String(mode, radix: 8))); run `chmod 700 \(item)`")
            } else if mode & 0o077 != 0 {
                health.problems.append(
                    "\(item) can be read by other users (mode \(String(mode, radix: 8))); run `chmod \(String(expected, radix: 8)) \(item)`")
            }
        }
        return health
    }
}
