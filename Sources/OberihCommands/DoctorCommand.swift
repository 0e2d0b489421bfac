import ArgumentParser
import Foundation
import LessonPack
import ProgressStore
import Sessions

/// `oberih doctor`: checks the progress store and says what to do about each problem.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the progress store: integrity, schema, counts and file permissions.",
        discussion: """
            Checks the store at --store PATH, else $OBERIH_STORE, else \
            $XDG_DATA_HOME/oberih/progress.sqlite; it does not create one.

            The report goes to stdout; with --json, {formatVersion, path, healthy, \
            integrity: ["ok"] or SQLite's problems, schema: {applied, known, current}, \
            counts: {table: rows}, finishedWithoutResult, packVersions: [{id, version, \
            sha256, attempts, kept, fileAtHand}], modes: {path: octal mode}, problems: [what is wrong and \
            what to do]}.

            Without --update the store is only read. With --update it is brought up to \
            date first, and this is the one time doctor writes: new migrations are \
            applied; the file of each pack version attempts were played on and the store \
            does not keep yet (a store from before files were kept) is kept, when a file of \
            the curriculum or --pack has its SHA-256; and finished attempts stored before \
            results were kept are replayed with the pack they were played on and their \
            results stored (a summary goes to stderr; versions no file has, and logs that \
            do not replay, are left as they were and listed).

            Exit status: 0 healthy, 1 problems found, 2 usage error, no store at the \
            path, or a store that cannot be opened (not SQLite, damaged, or written by a \
            newer Oberih); such a store is left untouched.
            """
    )

    @Flag(help: "Update the store: apply new migrations and store the results of old finished attempts.")
    var update = false

    @Option(help: ArgumentHelp("With --update: a pack file an old attempt was played on, besides the curriculum (repeatable).", valueName: "file"))
    var pack: [String] = []

    @OptionGroup var search: CurriculumOptions

    @OptionGroup var options: StoreOptions

    func validate() throws {
        if !pack.isEmpty && !update { throw ValidationError("--pack is for --update: doctor reads no pack otherwise") }
    }

    func run() throws {
        if update { try updateStore() }
        let report = try options.withStore(.inspection, describe: Self.describe) { store in
            let played = try store.playedPackVersions()
            // The curriculum is read only for a version the store does not keep.
            let atHand =
                played.allSatisfy(\.isKept)
                ? [:]
                : Dictionary(
                    search.curriculum().filesAtHand().map { ($0.file.sha256, $0.path) },
                    uniquingKeysWith: { first, _ in first })
            let versions = played.map { played in
                StoreJSON.Doctor.PackVersion(
                    id: played.pack.id, version: played.pack.version, sha256: played.pack.sha256,
                    attempts: played.attempts, kept: played.isKept,
                    fileAtHand: played.isKept ? nil : atHand[played.pack.sha256])
            }
            return StoreJSON.Doctor(
                try store.health(), packVersions: versions, repeated: search.repeated + options.repeated)
        }
        if options.json {
            try StoreOutput.printJSON(report)
        } else {
            var text = "store: \(report.path)" + (report.linkTarget.map { " (a symbolic link to \($0))" } ?? "") + "\n"
            text += "integrity: \(report.integrity.joined(separator: "; "))\n"
            text +=
                "schema: \(report.schema.applied.count) of \(report.schema.known.count) migrations applied"
                + (report.schema.current ? " (current)" : " (not current)") + "\n"
            text +=
                "counts: "
                + ["cohort", "learner", "enrolment", "attempt", "event"].compactMap { table in
                    report.counts[table].map { StoreOutput.counted($0, table) }
                }.joined(separator: ", ") + "\n"
            for (path, mode) in report.modes.sorted(by: { $0.key < $1.key }) {
                text += "mode: \(mode) \(path)\n"
            }
            for problem in report.problems {
                text += "problem: \(problem)\n"
            }
            text += report.healthy ? "healthy\n" : "found \(StoreOutput.counted(report.problems.count, "problem"))\n"
            try StoreOutput.print(text)
        }
        if !report.healthy { throw ExitCode(1) }
    }

    /// Migrates the store, keeps the pack files of played versions found at hand, and
    /// stores the missing results; says what it did on stderr.
    private func updateStore() throws {
        let curriculum = search.curriculum()
        let given = try pack.map(Curriculum.oldFile)
        let (kept, outcome) = try options.withStore(.readWrite, mustExist: true, describe: Self.describe) { store in
            let versions = PackVersions(store: store, findingAtHand: { given + curriculum.filesAtHand().map(\.file) })
            let kept = try versions.keepMissing()
            return (kept, try MissingResults.fill(packs: versions))
        }
        StoreOutput.message(
            "updated: \(StoreOutput.counted(kept.kept.count, "pack version")) kept, "
                + "\(StoreOutput.counted(outcome.filled, "result")) of finished attempts stored")
        for missing in kept.missing {
            // A file given for this version that is not the one played: say so, not "give the file".
            let other = given.first { $0.packId == missing.pack.id && $0.packVersion == missing.pack.version }
            StoreOutput.message(
                "note: \(missing.pack.id) \(missing.pack.version) (\(StoreOutput.counted(missing.attempts, "attempt"))) "
                    + "is not kept and no file found has its SHA-256 \(missing.pack.sha256.prefix(12))…; "
                    + (other.map { "the file given with --pack is another file of that version (SHA-256 "
                        + "\($0.sha256.prefix(12))…); give the one it was played on" } ?? "give the file it was played on with --pack"))
        }
        if outcome.withoutPack > 0 {
            StoreOutput.message(
                "note: \(StoreOutput.counted(outcome.withoutPack, "finished attempt")) of a pack version not found "
                    + "were left without a result")
        }
        for failure in outcome.failures {
            StoreOutput.message("warning: \(failure); it was left without a result")
        }
    }

    /// A damaged store's next step, here where `oberih doctor` is already running.
    static func describe(_ error: StoreError, path: String) -> String {
        guard case .corrupt(_, let detail) = error else { return StoreOptions.describe(error, path: path) }
        return "the store \(path) is damaged (\(detail)); it was left untouched. First copy it, with its -wal "
            + "and -shm files if they exist, somewhere safe. `sqlite3 \(path) .recover | sqlite3 recovered.sqlite` "
            + "may save what is still readable into a new file; to start afresh, move the three files aside "
            + "together and Oberih creates a new, empty store at that path"
    }
}
