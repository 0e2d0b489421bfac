import ArgumentParser
import CohortExport
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a streamed output goes: stdout, or a file written under a temporary name beside
/// it and renamed when complete, so an interrupted export never leaves a file that looks
/// whole. Every option that names an output file (`export --output`, `report
/// --options-csv`, `schema --output`) writes through here; `OutputPath` says which paths
/// it refuses. What the body leaves in the sink's buffer is flushed here, so no caller
/// can lose it.
enum OutputFile {
    /// Who may read the file written.
    enum Access {
        /// 0600: exports and reports hold learners' answers.
        case ownerOnly
        /// The mode a new file gets (0644 under umask 022): a file meant for other
        /// programs and people, such as the schema for an editor.
        case shared
    }

    static func writing(
        to path: String?, option: String = "--output", access: Access = .ownerOnly,
        _ body: (ExportSink) throws -> Void
    ) throws {
        guard let path else {
            try reportingFailure {
                let sink = ExportSink(descriptor: STDOUT_FILENO, destination: "stdout")
                try body(sink)
                try sink.flush()
            }
            return
        }
        try OutputPath.requireWritable(path, option: option)
        let (descriptor, temporary) = try OutputPath.createTemporary(beside: path, option: option)
        do {
            try reportingFailure {
                let sink = ExportSink(descriptor: descriptor, destination: path)
                try body(sink)
                try sink.flush()
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        // The temporary file is created 0600; set before the rename, so that the file
        // never appears under its name with another mode.
        if access == .shared {
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o644 & ~mask)
        }
        // The descriptor is closed exactly once, whatever fails; the partial file is removed once.
        let synced = fsync(descriptor) == 0
        let syncError = errno
        let closed = close(descriptor) == 0
        let closeError = errno
        guard synced, closed else {
            unlink(temporary)
            throw StandardOutput.describe(ExportSink.Failure(destination: path, errorNumber: !synced ? syncError : closeError))
        }
        do {
            // Checked again: the path may have changed while the output was written.
            try OutputPath.requireWritable(path, option: option)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = errno
            unlink(temporary)
            throw CommandFailure("cannot finish \(path): \(String(cString: strerror(reason)).lowercased())")
        }
        syncFolder(of: path)
    }

    /// Makes the rename itself durable; a folder that cannot be synced is let be.
    private static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func reportingFailure(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as ExportSink.Failure {
            throw StandardOutput.describe(failure)
        }
    }
}
