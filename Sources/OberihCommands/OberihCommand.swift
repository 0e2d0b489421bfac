import ArgumentParser
import Foundation

/// The `oberih` command line.
public struct OberihCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "oberih",
        abstract: "An offline curriculum engine for online child safety.",
        discussion: """
            Lesson packs are XML files (docs/pack-format.md), found in each --curriculum
            DIR, $OBERIH_CURRICULUM, ./Curriculum, the packs installed with `oberih pack
            install` and the curriculum installed with Oberih, in that order (`oberih pack
            list` shows where each comes from). `oberih` alone lists them and the progress
            store; `oberih validate` checks every pack with file, line and column. Trainers
            keep cohorts and pseudonymous learners in a local store (`oberih cohort`,
            `oberih learner`, `oberih doctor`); it is created on first use under
            $XDG_DATA_HOME/oberih, or where --store or OBERIH_STORE says.

            Exit status: 0 success, 1 the work found problems, 2 usage error,
            unreadable input or an output that cannot be written, 130 interrupted.
            """,
        version: OberihVersion.current,
        subcommands: [
            StatusCommand.self, PlayCommand.self, FacilitateCommand.self, ValidateCommand.self, CohortCommand.self, LearnerCommand.self,
            SimulateCommand.self, ReportCommand.self, ExportCommand.self,
            DoctorCommand.self, PackCommand.self, SchemaCommand.self, ImportQTICommand.self, TranslateCommand.self,
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
        do {
            var command = try parseAsRoot()
            try command.run()
            Self.exit()
        } catch let failure as CommandFailure {
            StoreOutput.error(failure.message)
            Self.exit(withError: ExitCode(failure.exitCode))
        } catch {
            if exitCode(for: error) == .validationFailure {
                let message = fullMessage(for: error)
                StandardOutput.writeToStandardError(message + "\n")
                Self.exit(withError: ExitCode(2))
            }
            Self.exit(withError: error)
        }
    }
}
