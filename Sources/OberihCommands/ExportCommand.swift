import ArgumentParser
import CohortExport
import Foundation
import LessonPack
import ProgressStore
import Sessions

/// `oberih export --cohort C`: a cohort's raw data for the trainer's own tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a cohort's learners, attempts and every response as JSON, xAPI, CSV or a bundle to import.",
        discussion: """
            json: one document described by docs/export.schema.json: the cohort, the packs \
            (id, version, SHA-256, title, lessons and steps), the learners by code only, every \
            attempt with its result, per-objective mastery and each step's response, and \
            each learner's pre/post results. xapi: xAPI 1.0.3 statements as one JSON array \
            (needs --home-page). csv: RFC 4180, one row per learner per answered item. \
            docs/export.md describes each format. bundle: everything needed to rebuild the \
            cohort in another store with `oberih import FILE` (its learners by code, never \
            their nicknames; every attempt with its whole log, stored result and open vote; \
            the pack files played), as JSON Lines ending in a SHA-256 checksum; \
            docs/sync.md describes it.

            Each attempt is read with the pack file it was played on, kept in the store \
            (or, for a store from before files were kept, a file of the curriculum or \
            --pack with the same SHA-256). If a pack version the cohort played is in \
            neither, nothing is written and the attempts are named, unless \
            --allow-missing-packs: then they are written marked (json: the pack's \
            "available": false; csv: lesson_kind "pack-unavailable"; xapi: the context \
            extension pack-unavailable; results only where stored).

            The export is written as it is read, so memory stays flat; with --output it \
            goes to a temporary file that takes the name only when it is complete. The \
            store is only read: attempts without a stored result (unfinished, or finished \
            before results were kept) are replayed, and a note on stderr says what could \
            not be (`oberih doctor --update` stores the results of finished ones).

            Exit status: 0 done, 2 usage error, unknown cohort, a pack version not \
            found, a store that cannot be opened, or an output that cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, xapi, csv, bundle
    }

    @Option(help: "The cohort.", completion: Completions.cohorts)
    var cohort: String

    @Option(help: "json, xapi, csv or bundle.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "xapi: the web address of the system the learner codes belong to (the actor account's homePage).",
            valueName: "url"))
    var homePage: String?

    @Option(help: ArgumentHelp("A pack file old attempts were played on, besides the curriculum (repeatable).", valueName: "file"))
    var pack: [String] = []

    @Flag(help: "Write attempts whose pack version is not found, marked, instead of stopping.")
    var allowMissingPacks = false

    @OptionGroup var search: CurriculumOptions

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
        if format == .bundle { return try writeBundle() }
        let given = try pack.map(Curriculum.oldFile)
        let curriculum = search.curriculum()
        let gaps = try options.withStore(.readOnly) { store in
            let cohort = try store.cohort(named: cohort)
            let packs = PackVersions(store: store, findingAtHand: { given + curriculum.filesAtHand().map(\.file) })
            let context = ExportContext(cohort: cohort, packs: packs, exportedAt: Date())
            let missing = try context.unavailablePacks()
            if !missing.isEmpty {
                let named = try MissingPackVersions.described(missing, of: cohort, store: store)
                guard allowMissingPacks else {
                    throw CommandFailure(
                        "\(named); nothing was written. Give the file they were played on with --pack FILE (or "
                            + "`oberih doctor --update --pack FILE\(search.repeated)\(options.repeated)` to keep it in the "
                            + "store), or write them marked "
                            + "with --allow-missing-packs")
                }
                StoreOutput.message("warning: \(named); they are written marked (--allow-missing-packs)")
            }
            for played in try store.packsPlayed(byCohort: cohort.id) where try packs.isOnlyAtHand(sha256: played.sha256) {
                let packOptions = pack.map { " --pack " + shellWord($0) }.joined()
                StoreOutput.message(
                    MissingPackVersions.readFromFile(
                        played.id, played.version, options: packOptions + search.repeated + options.repeated))
            }
            try OutputFile.writing(to: output) { sink in
                switch format {
                case .json: try JSONExport.write(context, to: sink)
                case .xapi: try XAPIExport.write(context, homePage: homePage!, to: sink)
                case .csv: try CSVExport.write(context, to: sink)
                case .bundle: preconditionFailure("a bundle is written by writeBundle")
                }
            }
            return context.gaps
        }
        Self.note(gaps, repeated: search.repeated + options.repeated)
    }

    /// `--format bundle`: the cohort's records as they are stored; no pack needs to be found.
    private func writeBundle() throws {
        let (contents, cohortName) = try options.withStore(.readOnly) { store in
            let cohort = try store.cohort(named: cohort)
            var contents = BundleContents()
            try OutputFile.writing(to: output) { sink in
                contents = try BundleExport.write(
                    store: store, cohort: cohort, oberihVersion: OberihVersion.current, exportedAt: Date(), to: sink)
            }
            return (contents, cohort.name)
        }
        let counts = [
            StoreOutput.counted(contents.learners, "learner"), StoreOutput.counted(contents.attempts, "attempt"),
            StoreOutput.counted(contents.events, "event"), StoreOutput.counted(contents.packFiles, "pack file"),
        ]
        let destination = output.map { " to \($0)" } ?? ""
        StoreOutput.message(
            "wrote the bundle of cohort \(StoredText.shownSafely(cohortName))\(destination): \(counts.joined(separator: ", ")); "
                + "`oberih import FILE` merges it into another store")
        if contents.attemptsWithoutPackFile > 0 {
            StoreOutput.message(
                "note: \(StoreOutput.counted(contents.attemptsWithoutPackFile, "attempt")) were played on a pack version "
                    + "not kept in this store, so the bundle holds their logs without the pack file; "
                    + "`oberih doctor --update\(options.repeated)` keeps it here, then export again")
        }
    }

    /// What the export could not take from stored results, on stderr.
    /// `repeated`: the options that found the packs and the store, for the command it names.
    static func note(_ gaps: ExportGaps, repeated: String) {
        if gaps.finishedReplayed > 0 {
            StoreOutput.message(
                "note: \(StoreOutput.counted(gaps.finishedReplayed, "finished attempt")) had no stored result "
                    + "(played before results were kept) and were replayed; `oberih doctor --update\(repeated)` stores them")
        }
        if gaps.withoutPack > 0 {
            StoreOutput.message(
                "note: \(StoreOutput.counted(gaps.withoutPack, "attempt")) of a pack version not found "
                    + "are exported without results")
        }
        for failure in gaps.replayFailures {
            StoreOutput.message("warning: \(failure); it is exported without a result (resultSource replayFailed)")
        }
    }
}
