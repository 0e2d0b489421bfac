import ArgumentParser
import Foundation

/// The `oberih` command line.
public struct OberihCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "oberih",
        abstract: "An offline curriculum engine for online child safety.",
        discussion: """
            Lesson packs are XML files (docs/pack-format.md), found in each --curriculum \
            DIR, $OBERIH_CURRICULUM, ./Curriculum, the packs installed with `oberih pack \
            install` and the curriculum installed with Oberih, in that order (`oberih pack \
            list` shows where each comes from). `oberih` alone lists them and the progress \
            store; `oberih validate` checks every pack with file, line and column. Trainers \
            keep cohorts and pseudonymous learners in a local store (`oberih cohort`, \
            `oberih learner`, `oberih doctor`); it is created on first use under \
            $XDG_DATA_HOME/oberih, or where --store or OBERIH_STORE says.

            Exit status: 0 success, 1 the work found problems, 2 usage error, \
            unreadable input or an output that cannot be written, 130 interrupted.

            `oberih help TOPIC` explains: format (the pack format), codes (the \
            diagnostic codes), keys (the player's keys), exit-status, files (where the \
            store and the packs are). `oberih new pack ID` starts a pack. The documents \
            named docs/… are in the source, and installed in PREFIX/share/doc/oberih \
            (~/.local/share/doc/oberih by default).
            """,
        version: OberihVersion.current,
        subcommands: [
            StatusCommand.self, PlayCommand.self, FacilitateCommand.self, ValidateCommand.self, CohortCommand.self, LearnerCommand.self,
            SimulateCommand.self, ReportCommand.self, ExportCommand.self, PushCommand.self, ImportCommand.self,
            DoctorCommand.self, PackCommand.self, NewCommand.self, SchemaCommand.self, ImportQTICommand.self,
            TranslateCommand.self,
        ],
        defaultSubcommand: StatusCommand.self
    )

    public init() {}
}

public enum OberihVersion {
    public static let current = "0.1.0"
}

extension OberihCommand {
    /// Parses the process arguments and runs the command, mapping usage errors to exit
    /// status 2 (ArgumentParser's own default is 64). A `CommandFailure` is printed here,
    /// and only here.
    public static func runFromProcessArguments() -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let (text, status) = HelpTopic.answer(arguments, environment: ProcessInfo.processInfo.environment) {
            if status == 0 { StandardOutput.writeOrExit(text) } else { StandardOutput.writeToStandardError(text) }
            Self.exit(withError: status == 0 ? nil : ExitCode(status))
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Self.exit()
        } catch let failure as CommandFailure {
            StoreOutput.error(failure.message)
            Self.exit(withError: ExitCode(failure.exitCode))
        } catch {
            if exitCode(for: error) == .validationFailure {
                let message = fullMessage(for: error)
                if let typo = CommandTypos.message(for: arguments, parserMessage: message) {
                    StoreOutput.error(typo)
                } else {
                    StandardOutput.writeToStandardError(UsageWrapping.wrapped(message, columns: helpColumns) + "\n")
                }
                Self.exit(withError: ExitCode(2))
            }
            let message = fullMessage(for: error)
            if exitCode(for: error) == .success, message.hasPrefix("OVERVIEW: ") || message.hasPrefix("USAGE: ") {
                StandardOutput.writeOrExit(UsageWrapping.wrapped(message, columns: helpColumns) + "\n")
                Self.exit()
            }
            Self.exit(withError: error)
        }
    }

    /// The width ArgumentParser wraps help to: $COLUMNS, else the terminal's, else 80.
    static var helpColumns: Int {
        let environment = ProcessInfo.processInfo.environment
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return DisplayOptions.terminalWidth(environment)
    }
}
