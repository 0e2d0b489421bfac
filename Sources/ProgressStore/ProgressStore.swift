import Foundation
import GRDB

/// The progress store: one SQLite file (WAL, several seconds of patience for a second
/// terminal, writes in IMMEDIATE transactions) with cohorts, learners, attempts and the
/// append-only event log of the engine.
public final class ProgressStore: Sendable {
    /// How a store on disk is opened.
    public enum Access: Sendable {
        /// Created on first use and migrated to the current schema.
        case readWrite
        /// An existing store of the current schema, read-only: reports and exports.
        case readOnly
        /// An existing store as it is, read-only, whatever its schema (`oberih doctor`):
        /// nothing migrated, no mode changed.
        case inspection
    }

    /// The file's path, or `:memory:` for a store in memory.
    public let path: String
    let writer: any DatabaseWriter

    /// Opens the store at `path`. With `.readWrite` it is created (0600, in a 0700 folder)
    /// on first use and migrated. A file that is not SQLite, another program's database, a
    /// damaged store or one written by a newer Oberih is refused and never touched; so is
    /// a store of an older schema opened `.readOnly`.
    public init(path: String, access: Access = .readWrite) throws(StoreError) {
        self.path = path
        let manager = FileManager.default
        let file = try StoreFile(path: path)
        let folder = (file.resolvedPath as NSString).deletingLastPathComponent
        let isNew = !file.exists
        if isNew && (manager.fileExists(atPath: path + "-wal") || manager.fileExists(atPath: path + "-shm")) {
            throw .orphanJournal(path: path)
        }
        if access != .readWrite {
            guard !isNew else { throw .notFound(what: "store", key: path) }
            try Self.requireSQLiteHeader(at: path)
            writer = try Self.opening(path) {
                let queue = try DatabaseQueue(path: file.readingName, configuration: Self.readOnlyConfiguration)
                try queue.read { db in
                    try Self.requireKnownSchema(db, path: path)
                    if access == .readOnly { try Self.requireCurrentSchema(db, path: path) }
                }
                return queue
            }
            return
        }
        // Never written, never re-moded: the user made it read-only.
        if file.isReadOnly { throw .readOnly(path: path) }
        if isNew {
            try Self.createEmptyFile(at: path, in: folder)
        } else {
            try Self.requireSQLiteHeader(at: path)
        }
        writer = try Self.opening(path) {
            // A store from a newer Oberih (or a damaged one) is refused before anything
            // writes to it (opening a pool sets WAL mode, which writes).
            if !isNew { try Self.refuseNewerSchema(file) }
            let pool = try Self.openPool(at: path, configuration: Self.writingConfiguration)
            // Checked again: a read-only connection cannot read a store that a killed
            // process left with a hot journal, so the first check may not have run.
            try pool.read { db in try Self.requireKnownSchema(db, path: path) }
            // GRDB's WAL set-up chooses NORMAL; FULL syncs every commit, so an answer
            // survives a power cut once `append` returns, not only a killed process.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try Self.migrate(pool)
            return pool
        }
        for suffix in ["", "-wal", "-shm"] where manager.fileExists(atPath: file.resolvedPath + suffix) {
            try? manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.resolvedPath + suffix)
        }
    }

    /// The access for a command that only reads, yet creates the store on first use (a
    /// list): `.readWrite`, or `.readOnly` when the user made the file read-only (no write
    /// bit), so that it is read and never written or re-moded.
    public static func readingAccess(path: String) -> Access {
        (try? StoreFile(path: path))?.isReadOnly == true ? .readOnly : .readWrite
    }

    /// A store on a database GRDB already opened (a `DatabaseQueue()` in memory, in
    /// tests), migrated to the current schema; refused if another program's or newer.
    public init(database writer: any DatabaseWriter, name: String = ":memory:") throws(StoreError) {
        path = name
        self.writer = writer
        try Self.opening(name) {
            try writer.read { db in try Self.requireKnownSchema(db, path: name) }
            try Migrations.migrator.migrate(writer)
        }
    }

    /// A new, empty store in memory: for tests and for work that keeps nothing.
    public static func makeInMemory() throws(StoreError) -> ProgressStore {
        let queue = try opening(":memory:") { try DatabaseQueue(configuration: writingConfiguration) }
        return try ProgressStore(database: queue)
    }

    private static var writingConfiguration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        // Erased rows are overwritten with zeros, whatever SQLite's build default is.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // The writer keeps up to 32 MiB of pages (SQLite's default is 2 MiB): a store of
            // 100,000 learners has indexes in learner-code order, which a simulation or an
            // import writes all over. The pool's readers keep the default.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -32768") }
        }
        return configuration
    }

    /// Creates the store's file (0600) and any missing folders (0700), only if the file
    /// does not exist: a second terminal may be creating it at the same moment.
    private static func createEmptyFile(at path: String, in folder: String) throws(StoreError) {
        let manager = FileManager.default
        do {
            if !folder.isEmpty && !manager.fileExists(atPath: folder) {
                try manager.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
        } catch {
            let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code
            if code == Int(ENOSPC) || code == Int(EDQUOT) { throw .full(path: path) }
            throw .cannotCreate(path: path, detail: error.localizedDescription)
        }
        // O_NOFOLLOW: a link that appeared since the check is not followed to create its target.
        let descriptor = open(path, O_CREAT | O_EXCL | O_RDWR | O_NOFOLLOW, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno == ENOSPC || errno == EDQUOT {
            throw .full(path: path)
        } else if errno != EEXIST {
            throw .cannotCreate(path: path, detail: String(cString: strerror(errno)))
        }
    }

    /// Checks the migrations on a read-only connection, which changes nothing on disk
    /// (`StoreFile.readingName`: no -wal or -shm file is left beside a refused store).
    /// If that connection cannot read the store (a hot journal left by a killed process
    /// needs a writer to roll it back), the check is left to the writer.
    private static func refuseNewerSchema(_ file: StoreFile) throws {
        let path = file.path
        do {
            let queue = try DatabaseQueue(path: file.readingName, configuration: readOnlyConfiguration)
            defer { try? queue.close() }
            try queue.read { db in try requireKnownSchema(db, path: path) }
        } catch let error as DatabaseError
            where error.resultCode != .SQLITE_NOTADB && error.resultCode != .SQLITE_CORRUPT
        {
            return
        }
    }

    private static func requireKnownSchema(_ db: Database, path: String) throws {
        guard try db.tableExists("grdb_migrations") else {
            // Tables, but not ours: another program's database.
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0 > 0 {
                throw StoreError.foreignDatabase(path: path)
            }
            return
        }
        guard try Migrations.migrator.hasBeenSuperseded(db) else { return }
        let known = Set(Migrations.migrator.migrations)
        let unknown = try Migrations.migrator.appliedIdentifiers(db).subtracting(known).sorted()
        throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
    }

    /// A read-only store cannot be migrated: one of an older schema is refused.
    private static func requireCurrentSchema(_ db: Database, path: String) throws {
        let applied = try Migrations.migrator.appliedIdentifiers(db)
        let missing = Migrations.migrator.migrations.filter { !applied.contains($0) }
        if !missing.isEmpty { throw StoreError.olderSchema(path: path, missingMigrations: missing) }
    }

    /// Opens the pool, waiting for a second process that is setting up the same new store
    /// (SQLite does not wait by itself while switching to WAL mode).
    private static func openPool(at path: String, configuration: Configuration) throws -> DatabasePool {
        var attemptsLeft = 50
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attemptsLeft > 0 {
                attemptsLeft -= 1
                usleep(100_000)
            }
        }
    }

    /// Applies the migrations. Two processes opening a new store at once can both start
    /// migrating; the loser's attempt fails, and it tries again and finds the work done.
    private static func migrate(_ writer: DatabasePool) throws {
        var attemptsLeft = 3
        while true {
            do {
                try Migrations.migrator.migrate(writer)
                return
            } catch let error as DatabaseError where error.resultCode != .SQLITE_CORRUPT && error.resultCode != .SQLITE_NOTADB {
                attemptsLeft -= 1
                if attemptsLeft == 0 { throw error }
                usleep(50_000)
            }
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
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_FULL: return .full(path: path)
        case .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM:
            return .cannotCreate(path: path, detail: error.message ?? "\(error.resultCode)")
        default: return .invalid("the store \(path) refused the change: \(error.message ?? "\(error)")")
        }
    }

    /// Runs `body` in an IMMEDIATE write transaction, turning SQLite errors into
    /// `StoreError`s.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try mappingErrors { try writer.write(body) }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try mappingErrors { try writer.read(body) }
    }

    /// Runs `access`, turning SQLite's errors into `StoreError`s that name the file.
    func mappingErrors<T>(_ access: () throws -> T) throws(StoreError) -> T {
        try Self.mapping(path, otherwise: { .invalid("the store \(path): \($0)") }, access)
    }

    /// Opening: an error that is not SQLite's means the store could not be read as one.
    static func opening<T>(_ path: String, _ open: () throws -> T) throws(StoreError) -> T {
        try mapping(path, otherwise: { .corrupt(path: path, detail: "\($0)") }, open)
    }

    private static func mapping<T>(
        _ path: String, otherwise: (any Error) -> StoreError, _ body: () throws -> T
    ) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw storeError(error, path: path)
        } catch {
            throw otherwise(error)
        }
    }

    private static var readOnlyConfiguration: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        return configuration
    }
}
