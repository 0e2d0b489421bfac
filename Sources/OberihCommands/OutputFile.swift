import ArgumentParser
import CohortExport
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a streamed export goes: stdout, or a file written under a temporary name and
/// renamed when complete, so an interrupted export never leaves a file that looks whole.
enum OutputFile {
    static func writing(to path: String?, _ body: (ExportSink) throws -> Void) throws {
        guard let path else {
            try reportingFailure { try body(ExportSink(descriptor: 1, destination: "stdout")) }
            return
        }
        let temporary = path + ".partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else {
            throw CommandFailure(
                "cannot write \(temporary): \(String(cString: strerror(errno))); check the folder exists and is writable")
        }
        do {
            try reportingFailure { try body(ExportSink(descriptor: descriptor, destination: path)) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        // The descriptor is closed exactly once, whatever fails; the partial file is removed once.
        let synced = fsync(descriptor) == 0
        let syncError = errno
        let closed = close(descriptor) == 0
        let closeError = errno
        guard synced, closed, rename(temporary, path) == 0 else {
            let reason = !synced ? syncError : !closed ? closeError : errno
            unlink(temporary)
            throw CommandFailure("cannot finish \(path): \(String(cString: strerror(reason)))")
        }
    }

    private static func reportingFailure(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as ExportSink.Failure {
            throw CommandFailure("\(failure)")
        }
    }
}
