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
            StoreOutput.error("cannot write \(temporary): \(String(cString: strerror(errno))); check the folder exists and is writable")
            throw ExitCode(2)
        }
        do {
            try reportingFailure { try body(ExportSink(descriptor: descriptor, destination: path)) }
            guard fsync(descriptor) == 0, close(descriptor) == 0, rename(temporary, path) == 0 else {
                StoreOutput.error("cannot finish \(path): \(String(cString: strerror(errno)))")
                unlink(temporary)
                throw ExitCode(2)
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
    }

    private static func reportingFailure(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as ExportSink.Failure {
            StoreOutput.error("\(failure)")
            throw ExitCode(2)
        }
    }
}
