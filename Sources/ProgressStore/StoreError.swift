/// Why the store could not be opened or used. Each description names the file and says
/// what happened to it; a command line adds its own next step (`--store`, a command).
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case notSQLite(path: String)
    /// An SQLite database of another program: never taken over.
    case foreignDatabase(path: String)
    /// A -wal file without its store: the last answers may be in it.
    case orphanJournal(path: String)
    /// The rows are gone, but another program holds old pages that still contain them.
    case erasureIncomplete(path: String, code: String)
    case corrupt(path: String, detail: String)
    /// Written by a newer Oberih: never migrated down.
    case newerSchema(path: String, unknownMigrations: [String])
    /// Opened read-only, but written by an older Oberih and not yet migrated.
    case olderSchema(path: String, missingMigrations: [String])
    case cannotCreate(path: String, detail: String)
    /// The file has no write permission for anyone: the user made it read-only.
    case readOnly(path: String)
    /// The disk (or the user's quota) is full.
    case full(path: String)
    /// A symbolic link whose target does not exist.
    case danglingLink(path: String, target: String)
    /// Another process held the store for longer than the busy timeout.
    case busy(path: String)
    case notFound(what: String, key: String)
    case invalid(String)

    public var description: String {
        switch self {
        case .notSQLite(let path):
            return "\(path) is not an Oberih store (not an SQLite file); it was left untouched"
        case .foreignDatabase(let path):
            return "\(path) is an SQLite database of another program, not an Oberih store; it was left untouched"
        case .orphanJournal(let path):
            return "\(path)-wal exists but \(path) does not: it may hold the last answers of a store that was "
                + "moved or deleted. Put the store back beside it, or move \(path)-wal (and -shm) away to start afresh"
        case .erasureIncomplete(let path, let code):
            return "every row of learner \(code) is deleted from \(path), but another program has the store open, "
                + "so old copies of those pages are still on disk"
        case .corrupt(let path, let detail):
            return "the store \(path) is damaged (\(detail)); it was left untouched. Keep a copy of it "
                + "(with its -wal and -shm files)"
        case .newerSchema(let path, let unknown):
            return "the store \(path) was written by a newer version of Oberih (it has "
                + unknown.joined(separator: ", ") + "); update Oberih to open it. It was not changed"
        case .olderSchema(let path, let missing):
            return "the store \(path) was written by an older version of Oberih and is not yet updated (it lacks "
                + missing.joined(separator: ", ") + "); it was not changed"
        case .cannotCreate(let path, let detail):
            return "cannot create the store at \(path) (\(detail)); check the folder and its permissions"
        case .readOnly(let path):
            return "the store \(path) is read-only (no one may write to it); it was not changed"
        case .full(let path):
            return "the disk holding the store \(path) is full; what was saved before is kept, but nothing more can be"
        case .danglingLink(let path, let target):
            return "the store \(path) is a symbolic link to \(target), which does not exist; nothing was created"
        case .busy(let path):
            return "the store \(path) is busy: another Oberih has been writing to it for more than 10 seconds; "
                + "nothing was lost. Try again, and close other Oberih windows if it persists"
        case .notFound(let what, let key):
            return "no \(what) '\(StoredText.shownSafely(key))' in the store"
        case .invalid(let message):
            return message
        }
    }
}
