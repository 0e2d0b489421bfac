import ArgumentParser
import Foundation
import LessonPack
import ProgressStore

/// `oberih` with no subcommand: Oberih on its built-in defaults. It checks the packs of
/// the curriculum search, opens the progress store (creating it on first use) and says what can be
/// done next.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the packs of the curriculum and the progress store (the default command).",
        discussion: """
            Checks every pack of the curriculum, as `oberih validate` does, and lists them; \
            opens the progress store, creating it on first use, and counts what it holds. \
            Packs are found, in order, in each --curriculum DIR, the folders of \
            $OBERIH_CURRICULUM (separated by :), ./Curriculum, $XDG_DATA_HOME/oberih/packs \
            (where `oberih pack install` puts them), the curriculum installed with the \
            binary (PREFIX/share/oberih/curriculum) and oberih/curriculum in each folder of \
            $XDG_DATA_DIRS; a pack id found earlier hides the same id later. The report goes \
            to stdout; with --json, {formatVersion: 2, curriculum: [{path, origin}], packs: \
            [{file, folder, hidden, id, version, ages, languages, lessons, errors, warnings}], store: \
            {path, cohorts, learners, attempts}}.

            Exit status: 0 done (even if a pack has problems: `oberih validate` explains \
            them), 2 the store cannot be opened or no pack was found.
            """
    )

    @OptionGroup var search: CurriculumOptions

    @OptionGroup var options: StoreOptions

    struct Report: Encodable {
        struct PackLine: Encodable {
            var file: String
            var folder: String
            /// A folder earlier in the search has a pack with this id.
            var hidden: Bool
            var id: String?
            var version: String?
            var ages: String?
            var languages: [String]
            var lessons: Int
            var errors: Int
            var warnings: Int
        }

        struct StoreLine: Encodable {
            var path: String
            var cohorts: Int
            var learners: Int
            var attempts: Int
        }

        var formatVersion = 2
        var curriculum: [CurriculumFolder]
        var packs: [PackLine]
        var store: StoreLine
    }

    func run() throws {
        let curriculum = search.curriculum()
        let entries = curriculum.entries()
        guard !entries.isEmpty else {
            throw CommandFailure(
                "no lesson packs found (\(curriculum.searchedEverywhere))")
        }
        let packs = entries.map { entry in
            let result = entry.validation
            return Report.PackLine(
                file: result.file, folder: entry.folder.path, hidden: entry.isHidden, id: result.pack?.id, version: result.pack?.version,
                ages: result.pack.map { "\($0.ageRange.minimum)-\($0.ageRange.maximum)" },
                languages: result.pack?.languages ?? [],
                lessons: result.pack?.lessons.filter { $0.kind == .lesson }.count ?? 0,
                errors: result.diagnostics.filter { $0.severity == .error }.count,
                warnings: result.diagnostics.filter { $0.severity == .warning }.count)
        }
        let health = try options.withStoreForReading { store in try store.health() }
        let report = Report(
            curriculum: curriculum.existingFolders,
            packs: packs,
            store: Report.StoreLine(
                path: health.path, cohorts: health.counts["cohort"] ?? 0, learners: health.counts["learner"] ?? 0,
                attempts: health.counts["attempt"] ?? 0))
        if options.json {
            try StoreOutput.printJSON(report)
        } else {
            try StoreOutput.print(Self.text(report))
        }
    }

    static func text(_ report: Report) -> String {
        var text = ""
        for folder in report.curriculum {
            let rows = report.packs.filter { $0.folder == folder.path }.map { pack in
                [
                    pack.id ?? "-", pack.version ?? "-", pack.ages ?? "-", pack.languages.joined(separator: " "), "\(pack.lessons)",
                    pack.errors == 0 ? (pack.warnings == 0 ? "valid" : "valid, " + StoreOutput.counted(pack.warnings, "warning"))
                        : StoreOutput.counted(pack.errors, "error"), (pack.file as NSString).lastPathComponent + (pack.hidden ? " (hidden)" : ""),
                ]
            }
            guard !rows.isEmpty else { continue }
            text += (text.isEmpty ? "" : "\n") + "Lesson packs in \(folder.shown) (\(folder.origin.described)):\n"
            text += StoreOutput.table(header: ["PACK", "VERSION", "AGES", "LANGUAGES", "LESSONS", "CHECK", "FILE"], rows: rows)
        }
        if report.packs.contains(where: \.hidden) {
            text += "(hidden: a folder searched earlier has a pack with the same id; `oberih pack list` shows which)\n"
        }
        text += "\nProgress store: \(report.store.path)\n"
        text += "  " + StoreOutput.counted(report.store.cohorts, "cohort") + ", "
            + StoreOutput.counted(report.store.learners, "learner") + ", "
            + StoreOutput.counted(report.store.attempts, "attempt") + "\n"
        text += """

            Next:
              oberih play                            play a lesson as a learner (asks for a code, offers packs and lessons)
              oberih facilitate PACK --cohort NAME   lead a group through a pack on one screen
              oberih cohort create NAME              start a cohort; then `oberih learner add --cohort NAME --age N`
              oberih validate                        check the packs, with every problem and how to fix it
              oberih doctor                          check the store

            """
        return text
    }
}
