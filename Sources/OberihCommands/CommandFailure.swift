/// A command that cannot go on: what to print after `error: ` on stderr, and the exit
/// status. Thrown anywhere in a command; printed in one place, `runFromProcessArguments`.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32

    /// Exit status 2 (usage, or input that cannot be read) unless said otherwise.
    init(_ message: String, exitCode: Int32 = 2) {
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { message }
}
