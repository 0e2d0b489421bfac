import Foundation
import GRDB

/// The progress store: one SQLite file (WAL, several seconds of patience for a second
/// terminal, writes in IMMEDIATE transactions) with cohorts, learners, attempts and the
/// append-only event log of the engine.
public final class ProgressStore: Sendable {
    public let path: String
    let writer: DatabasePool

    /// Opens the store at `path`, creating it (0600, in a 0700 folder) on first use.
    /// A file that is not SQLite, is damaged, or was written by a newer Oberih is refused
    /// and never touched.
    public init(path: String) throws(StoreError) {
        self.path = path
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        let isNew = !manager.fileExists(atPath: path)
        if isNew {
            do {
                if !folder.isEmpty && !manager.fileExists(atPath: folder) {
                    try manager.createDirectory(
                        atPath: folder, withIntermediateDirectories: true,
                        attributes: [.posixPermissions: 0o700])
                }
                // Create the file with its mode before SQLite writes anything into it.
                guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw StoreError.cannotCreate(path: path, detail: "the file could not be created")
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw .cannotCreate(path: path, detail: error.localizedDescription)
            }
        } else {
            try Self.requireSQLiteHeader(at: path)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
            try writer.read { db in
                if try Migrations.migrator.hasBeenSuperseded(db) {
                    let known = Set(Migrations.migrator.migrations)
                    let unknown = try Migrations.migrator.appliedIdentifiers(db).subtracting(known).sorted()
                    throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
                }
            }
            try Migrations.migrator.migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        } catch {
            throw .corrupt(path: path, detail: "\(error)")
        }
        for suffix in ["", "-wal", "-shm"] where manager.fileExists(atPath: path + suffix) {
            try? manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + suffix)
        }
    }

    /// The first 16 bytes of every SQLite file; an empty file is a store not yet written.
    private static func requireSQLiteHeader(at path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotCreate(path: path, detail: "the file cannot be read")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }
        guard header == Data("SQLite format 3\u{0}".utf8) else { throw .notSQLite(path: path) }
    }

    static func storeError(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notSQLite(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: error.message ?? "SQLITE_CORRUPT")
        default: return .corrupt(path: path, detail: "\(error)")
        }
    }

    /// Runs `body` in an IMMEDIATE write transaction, turning SQLite errors into
    /// `StoreError`s.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        } catch {
            throw .invalid("\(error)")
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        } catch {
            throw .invalid("\(error)")
        }
    }
}
