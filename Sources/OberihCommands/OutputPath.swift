import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an `--output` path names before anything is written: nothing yet, or a regular
/// file to replace. A symbolic link, a folder, a device, a FIFO or a socket is refused, as
/// replacing it with a file (a rename over it) would destroy it, and writing through a link
/// could write somewhere the user did not mean.
enum OutputPath {
    /// Throws a `CommandFailure` unless `path` is absent or a regular file. `option` names
    /// the option in the message, such as `--output`.
    static func requireWritable(_ path: String, option: String) throws(CommandFailure) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return }
            throw CommandFailure("cannot use \(path) for \(option): \(String(cString: strerror(errno)))")
        }
        let type = status.st_mode & S_IFMT
        if type == S_IFREG { return }
        if type == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            throw CommandFailure(
                "\(path) is a symbolic link (to \(target)); \(option) writes only a regular file, so give the "
                    + "path of the file itself, or remove the link")
        }
        throw CommandFailure(
            "\(path) is \(describe(type)), not a regular file; give \(option) the path of a file to create "
                + "or replace, or leave \(option) out and redirect the output (`> \(shellWord(path))`)")
    }

    /// "a folder", "a device", … for a file type of `st_mode`.
    static func describe(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }

    /// Creates a new, empty file beside `path`, only for this process: a name no file has
    /// (`NAME.XXXXXXXX.partial`), created exclusively (`O_CREAT | O_EXCL | O_NOFOLLOW`,
    /// mode 0600), so that no existing file or link is ever opened or truncated. Returns
    /// its descriptor and path.
    static func createTemporary(beside path: String, option: String) throws(CommandFailure) -> (descriptor: Int32, path: String) {
        for _ in 0..<100 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            let temporary = "\(path).\(suffix).partial"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor >= 0 { return (descriptor, temporary) }
            if errno == EEXIST { continue }
            let reason = errno
            let folder = (path as NSString).deletingLastPathComponent
            throw CommandFailure(
                reason == ENOENT
                    ? "cannot write \(path): the folder \(folder.isEmpty ? "." : folder) does not exist; create it or give \(option) another path"
                    : "cannot write \(path): \(String(cString: strerror(reason)).lowercased()); check that its folder is writable, or give \(option) another path")
        }
        throw CommandFailure("cannot write \(path): no free temporary name beside it; remove old \(path).*.partial files")
    }
}
