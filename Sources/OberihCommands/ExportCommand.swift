import ArgumentParser
import CohortExport
import Foundation
import LessonPack
import ProgressStore

/// `oberih export --cohort C`: a cohort's raw data for the trainer's own tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a cohort's learners, attempts and every response as JSON, xAPI or CSV.",
        discussion: """
            json: one document described by docs/export.schema.json: the cohort, the packs
            (id, version, SHA-256, title, lessons and steps), the learners by code only, every
            attempt with its result, per-objective mastery and each step's response, and
            each learner's pre/post results. xapi: xAPI 1.0.3 statements as one JSON array
            (needs --home-page). csv: RFC 4180, one row per learner per answered item.
            docs/export.md describes each format.

            The export is written as it is read, so memory stays flat; with --output it
            goes to a temporary file that takes the name only when it is complete. The
            store is only read: attempts without a stored result (unfinished, or finished
            before results were kept) are replayed with the packs of ./Curriculum and
            --pack, and a note on stderr says what could not be (`oberih doctor --update`
            stores the results of finished ones).

            Exit status: 0 done, 2 usage error, unknown cohort, a store that cannot be
            opened, or an output that cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, xapi, csv
    }

    @Option(help: "The cohort.")
    var cohort: String

    @Option(help: "json, xapi or csv.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "xapi: the web address of the system the learner codes belong to (the actor account's homePage).",
            valueName: "url"))
    var homePage: String?

    @Option(help: ArgumentHelp("A pack file to use besides those of ./Curriculum (repeatable).", valueName: "file"))
    var pack: [String] = []

    @OptionGroup var options: StoreOptions

    func validate() throws {
        if options.json { throw ValidationError("export writes JSON with --format json; --json is for other commands") }
        if format == .xapi {
            guard let homePage, let url = URL(string: homePage), ["http", "https"].contains(url.scheme ?? ""),
                url.host != nil
            else {
                throw ValidationError(
                    "--format xapi needs --home-page URL: the web address of your organisation's system, "
                        + "such as --home-page https://lms.example.org")
            }
        }
        if let output, output.isEmpty { throw ValidationError("--output takes a file path, such as cohort.json") }
    }

    func run() throws {
        let packs = PackLoading.playable().map(\.pack) + (try pack.map { try PackLoading.load($0).pack })
        let gaps = try options.withStore(.readOnly) { store in
            let cohort = try store.cohort(named: cohort)
            let context = ExportContext(store: store, cohort: cohort, packs: packs, exportedAt: Date())
            try OutputFile.writing(to: output) { sink in
                switch format {
                case .json: try JSONExport.write(context, to: sink)
                case .xapi: try XAPIExport.write(context, homePage: homePage!, to: sink)
                case .csv: try CSVExport.write(context, to: sink)
                }
            }
            return context.gaps
        }
        Self.note(gaps)
    }

    /// What the export could not take from stored results, on stderr.
    static func note(_ gaps: ExportGaps) {
        if gaps.finishedReplayed > 0 {
            StoreOutput.message(
                "note: \(StoreOutput.counted(gaps.finishedReplayed, "finished attempt")) had no stored result "
                    + "(played before results were kept) and were replayed; `oberih doctor --update` stores them")
        }
        if gaps.withoutPack > 0 {
            StoreOutput.message(
                "note: \(StoreOutput.counted(gaps.withoutPack, "attempt")) of a pack version not in "
                    + "./\(PackLoading.curriculumFolder) are exported without results; give the pack file with --pack")
        }
        for failure in gaps.replayFailures {
            StoreOutput.message("warning: \(failure); it is exported without a result (resultSource replayFailed)")
        }
    }
}
