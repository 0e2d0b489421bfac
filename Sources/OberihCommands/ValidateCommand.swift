import ArgumentParser
import Foundation
import LessonPack

/// `oberih validate PATH...`: checks lesson packs against the schema and the rules.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check lesson packs and report every problem with file, line and column.",
        discussion: """
            Each PATH is a pack file or a folder searched recursively for *.xml files. \
            With no PATH, every folder of the curriculum search that exists is checked, \
            each on its own: a pack id in two of them is one hiding the other (`oberih \
            pack list` shows which), not a duplicate. --curriculum DIR adds a folder.

            Diagnostics go to stderr as `file:line:col: error|warning: message [code]`, \
            followed by a summary line. With --format json, one JSON document goes to \
            stdout instead (its shape is in docs/validation.md). The codes are listed in \
            docs/validation.md.

            Exit status: 0 every pack is valid, 1 a pack has errors (or warnings, with \
            --strict), 2 usage error, a path that does not exist, or a file that cannot \
            be read.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Pack files or folders (default: the curriculum's folders).", completion: .file(extensions: ["xml"]))
    var paths: [String] = []

    @Option(help: "Output format: text (stderr) or json (stdout).")
    var format: OutputFormat = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(help: "After a reworded schema problem, show libxml2's own message too.")
    var verbose = false

    @Option(help: "Colour the text output: auto, always or never.")
    var color: ColorChoice = .auto

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Check contact verification dates as of this day (YYYY-MM-DD).", valueName: "date"))
    var asOf: String?

    func validate() throws {
        if let asOf, Self.parseDay(asOf) == nil {
            throw ValidationError("--as-of takes a date written YYYY-MM-DD, such as 2026-11-21")
        }
    }

    @OptionGroup var search: CurriculumOptions

    /// With no PATH: the folders of the curriculum search that exist.
    private var defaultPaths: [String] {
        get throws {
            let curriculum = search.curriculum()
            let folders = curriculum.existingFolders.map(\.path)
            guard !folders.isEmpty else {
                throw CommandFailure(
                    "no curriculum folder found (searched \(curriculum.folders.map(\.shown).joined(separator: ", "))); "
                        + "give the pack files or folders to check, or --curriculum DIR")
            }
            return folders
        }
    }

    func run() throws {
        let outcome = try ValidateRun(
            paths: paths.isEmpty ? defaultPaths : paths,
            strict: strict,
            today: asOf.flatMap(Self.parseDay) ?? Date(),
            checksPathsApart: paths.isEmpty
        ).perform()
        switch format {
        case .text:
            let colored = color.isEnabled(
                forFileDescriptor: STDERR_FILENO, environment: ProcessInfo.processInfo.environment)
            StandardOutput.writeToStandardError(outcome.textReport(colored: colored, verbose: verbose))
        case .json:
            try StandardOutput.write(try outcome.jsonReport())
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    static func parseDay(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: text)
    }
}
