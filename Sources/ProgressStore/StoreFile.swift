import Foundation

/// What is at a store's path before SQLite opens it: whether a file is there, where a
/// symbolic link leads, and whether the user made it read-only.
struct StoreFile {
    /// The path as given.
    var path: String
    /// The file SQLite opens: the link's target for a symbolic link, else `path`. Its
    /// -wal and -shm files sit beside it.
    var resolvedPath: String
    /// The target of a symbolic link at `path`, as the link says it.
    var linkTarget: String?
    var exists: Bool
    /// The permission bits of the file (of the link's target).
    var mode: mode_t

    /// No one may write to it: no write bit set. Checked on the mode bits themselves, as
    /// root may write any file and `access(2)` would say yes.
    var isReadOnly: Bool { exists && mode & 0o222 == 0 }

    /// Whether a -wal file is beside the store: another Oberih may be writing to it, or
    /// one that was killed left answers in it.
    var hasJournal: Bool { FileManager.default.fileExists(atPath: resolvedPath + "-wal") }

    /// Looks at `path`; a symbolic link that leads nowhere is refused, never created.
    init(path: String) throws(StoreError) {
        self.path = path
        var status = stat()
        guard lstat(path, &status) == 0 else {
            resolvedPath = path
            exists = false
            mode = 0
            return
        }
        if status.st_mode & S_IFMT == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            linkTarget = target
            guard stat(path, &status) == 0 else { throw .danglingLink(path: path, target: target) }
            resolvedPath = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        } else {
            resolvedPath = path
        }
        exists = true
        mode = status.st_mode & 0o7777
    }

    /// The SQLite file name that opens it read-only. With no -wal file beside it (no
    /// Oberih is writing to it), as `immutable`, so that reading creates no -wal or -shm
    /// file; otherwise read-only as usual, so the journal's last answers are read too.
    var readingName: String {
        guard !hasJournal else { return path }
        let escaped = path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3F")
            .replacingOccurrences(of: "#", with: "%23")
        return "file:\(escaped)?immutable=1"
    }
}
