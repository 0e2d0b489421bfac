import ArgumentParser
import Foundation
import ProgressStore

/// `oberih doctor`: checks the progress store and says what to do about each problem.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the progress store: integrity, schema, counts and file permissions.",
        discussion: """
            Checks the store at --store PATH, else $OBERIH_STORE, else
            $XDG_DATA_HOME/oberih/progress.sqlite; it does not create one.

            The report goes to stdout; with --json, {formatVersion, path, healthy,
            integrity: ["ok"] or SQLite's problems, schema: {applied, known, current},
            counts: {table: rows}, modes: {path: octal mode}, problems: [what is wrong and
            what to do]}.

            Exit status: 0 healthy, 1 problems found, 2 usage error, no store at the
            path, or a store that cannot be opened (not SQLite, damaged, or written by a
            newer Oberih); such a store is left untouched.
            """
    )

    @OptionGroup var options: StoreOptions

    func run() throws {
        let health = try options.withStore(mustExist: true, describe: Self.describe) { store in try store.health() }
        let report = StoreJSON.Doctor(health)
        if options.json {
            try StoreOutput.printJSON(report)
        } else {
            var text = "store: \(report.path)\n"
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
            StoreOutput.print(text)
        }
        if !report.healthy { throw ExitCode(1) }
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
