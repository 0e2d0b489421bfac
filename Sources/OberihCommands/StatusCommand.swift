import ArgumentParser
import Foundation
import LessonPack
import ProgressStore

/// `oberih` with no subcommand: Oberih on its built-in defaults. It checks the packs in
/// ./Curriculum, opens the progress store (creating it on first use) and says what can be
/// done next.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the packs in ./Curriculum and the progress store (the default command).",
        discussion: """
            Checks every pack in the curriculum folder, as `oberih validate` does, and lists
            them; opens the progress store, creating it on first use, and counts what it
            holds. The report goes to stdout; with --json, {formatVersion, curriculum,
            packs: [{file, id, ages, languages, lessons, errors, warnings}], store: {path,
            cohorts, learners, attempts}}.

            Exit status: 0 done (even if a pack has problems: `oberih validate` explains
            them), 2 the store cannot be opened or the curriculum folder has no packs.
            """
    )

    @Option(help: ArgumentHelp("The folder of lesson packs.", valueName: "path"))
    var curriculum = "Curriculum"

    @OptionGroup var options: StoreOptions

    struct Report: Encodable {
        struct PackLine: Encodable {
            var file: String
            var id: String?
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

        var formatVersion = 1
        var curriculum: String
        var packs: [PackLine]
        var store: StoreLine
    }

    func run() throws {
        let files = PackFiles.expand([curriculum]).files
        guard !files.isEmpty else {
            throw CommandFailure(
                "no lesson packs in \(curriculum); run Oberih from the project folder, or give --curriculum PATH")
        }
        let packs = PackValidator().validate(filesAtPaths: files).map { result in
            Report.PackLine(
                file: result.file, id: result.pack?.id,
                ages: result.pack.map { "\($0.ageRange.minimum)-\($0.ageRange.maximum)" },
                languages: result.pack?.languages ?? [],
                lessons: result.pack?.lessons.filter { $0.kind == .lesson }.count ?? 0,
                errors: result.diagnostics.filter { $0.severity == .error }.count,
                warnings: result.diagnostics.filter { $0.severity == .warning }.count)
        }
        let health = try options.withStoreForReading { store in try store.health() }
        let report = Report(
            curriculum: curriculum, packs: packs,
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
        let rows = report.packs.map { pack in
            [
                pack.id ?? "-", pack.ages ?? "-", pack.languages.joined(separator: " "), "\(pack.lessons)",
                pack.errors == 0 ? (pack.warnings == 0 ? "valid" : "valid, \(pack.warnings) warnings")
                    : "\(pack.errors) errors", (pack.file as NSString).lastPathComponent,
            ]
        }
        var text = "Lesson packs in \(report.curriculum):\n"
        text += StoreOutput.table(header: ["PACK", "AGES", "LANGUAGES", "LESSONS", "CHECK", "FILE"], rows: rows)
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
