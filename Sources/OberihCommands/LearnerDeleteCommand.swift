import ArgumentParser
import Foundation
import ProgressStore

/// `oberih learner delete CODE [--yes]`: erases every trace of a learner.
struct LearnerDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Erase a learner and all their progress, for good.",
        discussion: """
            Removes the learner, their enrolments, attempts and every recorded event, then \
            compacts the store so nothing of them is left in the file. On a terminal it \
            asks you to type the code again; elsewhere (a script, piped stdin) it needs \
            --yes.

            Statements of theirs already pushed to a learning record store are queued to be \
            voided there: the next `oberih push` sends the voiding statements (docs/sync.md \
            says what an LRS does with them).

            What was erased goes to stdout; with --json, {formatVersion, erased: {code, \
            enrolments, attempts, events, voidingQueued}}.

            Exit status: 0 erased, 1 the typed code did not match (nothing erased), 2 \
            usage error, no such learner, no terminal to confirm on and no --yes, or a \
            store that cannot be opened.
            """
    )

    @Argument(help: "The learner's code, such as K7M-4QX (any case, the dash optional).")
    var code: String

    @Flag(help: "Erase without asking (for scripts).")
    var yes = false

    @OptionGroup var options: StoreOptions

    func validate() throws {
        _ = try LearnerCommand.code(code)
    }

    func run() throws {
        let code = try LearnerCommand.code(code)
        let erasure = try options.withStore { store in
            let progress = try store.progress(of: code)
            let events = progress.attempts.reduce(0) { $0 + $1.eventCount }
            let enrolments = StoreOutput.counted(progress.cohorts.count, "enrolment")
            let attempts = StoreOutput.counted(progress.attempts.count, "attempt")
            let what = "learner \(code) with \(enrolments), \(attempts) and \(StoreOutput.counted(events, "event"))"
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    throw CommandFailure(
                        "not erasing \(what): there is no terminal to confirm on. "
                            + "Add --yes to erase them for good: `oberih learner delete \(code) --yes`")
                }
                StandardOutput.writeToStandardError("This erases \(what), for good.\nType the code again to confirm: ")
                guard let answer = readLine(), LearnerCodes.normalised(answer) == code else {
                    StoreOutput.message("the code did not match; nothing was erased")
                    throw ExitCode(1)
                }
            }
            return try store.deleteLearner(code: code)
        }
        if options.json {
            try StoreOutput.printJSON(StoreJSON.Erased(erased: erasure))
        } else {
            let counts = [
                StoreOutput.counted(erasure.enrolments, "enrolment"), StoreOutput.counted(erasure.attempts, "attempt"),
                StoreOutput.counted(erasure.events, "event"),
            ]
            try StoreOutput.print("erased learner \(erasure.code): \(counts.joined(separator: ", "))\n")
            if erasure.voidingQueued > 0 {
                StoreOutput.message(
                    "\(StoreOutput.counted(erasure.voidingQueued, "statement")) of theirs were sent to an LRS; voiding "
                        + "statements are queued, and the next `oberih push` sends them (docs/sync.md: what an LRS erases)")
            }
        }
    }
}
