import ArgumentParser
import ProgressStore

/// `oberih learner add|list|show|delete|cards`: learners, known only by their codes.
struct LearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learner",
        abstract: "Add, list, show and erase learners (known only by generated codes); print their code cards.",
        discussion: """
            A learner is a code such as K7M-4QX, an age or an age band, a language and \
            optionally a country: never a name. Codes are accepted in any case, with or \
            without the dash.

            Learners live in the progress store: --store PATH, else $OBERIH_STORE, else \
            $XDG_DATA_HOME/oberih/progress.sqlite (~/.local/share/oberih/progress.sqlite), \
            created on first use.
            """,
        subcommands: [
            LearnerAddCommand.self, LearnerListCommand.self, LearnerShowCommand.self, LearnerDeleteCommand.self,
            LearnerCardsCommand.self,
        ]
    )

    /// `text` as a learner code `K7M-4QX`, or a usage error.
    static func code(_ text: String) throws -> String {
        guard let code = LearnerCodes.normalised(text) else {
            throw ValidationError(
                "'\(text)' is not a learner code; codes have six characters such as K7M-4QX "
                    + "(any case, the dash optional; there is no 0, 1, I, L or O in a code)")
        }
        return code
    }
}
