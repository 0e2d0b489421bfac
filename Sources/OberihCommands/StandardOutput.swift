import CohortExport
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every command's stdout: text written whole, and a write that fails (a full disk, a
/// closed stdout) reported as a `CommandFailure` (exit status 2), never a crash.
enum StandardOutput {
    /// Writes `text` to stdout.
    static func write(_ text: String) throws(CommandFailure) {
        let sink = ExportSink(descriptor: STDOUT_FILENO, destination: "stdout")
        sink.append(text)
        do {
            try sink.flush()
        } catch let failure as ExportSink.Failure {
            throw describe(failure)
        } catch {
            throw CommandFailure("cannot write to stdout: \(error)")
        }
    }

    /// For a screen that cannot wait for a command to end (the play loop's): the failure
    /// on stderr, the terminal put back, and exit status 2. Every answer is saved before
    /// its feedback is drawn, so nothing is lost.
    static func writeOrExit(_ text: String) {
        do {
            try write(text)
        } catch {
            InterruptHandler.restoreTerminalNow()
            StoreOutput.error(error.message)
            exit(2)
        }
    }

    /// Writes `text` to stderr; a failure there is let go, as there is nowhere left to
    /// report it.
    static func writeToStandardError(_ text: String) {
        let sink = ExportSink(descriptor: STDERR_FILENO, destination: "stderr")
        sink.append(text)
        try? sink.flush()
    }

    /// A failed write in words: what went wrong, and what to do.
    static func describe(_ failure: ExportSink.Failure) -> CommandFailure {
        let said = "cannot write the output to \(failure.destination): "
        switch failure.errorNumber {
        case ENOSPC:
            return CommandFailure(said + "no space left on the device; free some space, or write somewhere else, and run it again")
        case EDQUOT:
            return CommandFailure(said + "the disk quota is used up; free some space, or write somewhere else, and run it again")
        case EPIPE:
            return CommandFailure(said + "the program reading it has closed the pipe")
        case EBADF:
            return CommandFailure(said + "it is closed; run the command with its output going to a terminal, a file or a pipe")
        case EIO:
            return CommandFailure(said + "an input/output error (the disk or the terminal may have gone away); check it and run it again")
        default:
            return CommandFailure(said + String(cString: strerror(failure.errorNumber)).lowercased())
        }
    }
}
