import ArgumentParser
import Foundation
import ProgressStore

/// `oberih learner show CODE`: a learner's cohorts and attempts.
struct LearnerShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a learner's progress: cohorts and attempts.",
        discussion: """
            The learner and a table of attempts go to stdout; with --json, {formatVersion, \
            learner: {code, age, ageBand, language, country, createdAt}, cohorts: [name], \
            attempts: [{id, pack, packVersion, lesson, mode, startedAt, finishedAt, \
            eventCount}]} with attempts in the order they started.

            Exit status: 0 success, 2 usage error, no such learner, or a store that cannot \
            be opened.
            """
    )

    @Argument(help: "The learner's code, such as K7M-4QX (any case, the dash optional).")
    var code: String

    @OptionGroup var options: StoreOptions

    func validate() throws {
        _ = try LearnerCommand.code(code)
    }

    func run() throws {
        let code = try LearnerCommand.code(code)
        let progress = try options.withStoreForReading { store in try store.progress(of: code) }
        let learner = progress.learner
        if options.json {
            try StoreOutput.printJSON(
                StoreJSON.LearnerDetail(
                    learner: .init(learner), cohorts: progress.cohorts.sorted(),
                    attempts: progress.attempts.map { .init($0) }))
            return
        }
        var text = "learner: \(learner.code)\n"
        if let age = learner.age { text += "age: \(age)\n" }
        if let band = learner.ageBand { text += "age band: \(band)\n" }
        text += "language: \(learner.language)\n"
        if let country = learner.country { text += "country: \(country)\n" }
        text += "created: \(StoreOutput.iso8601(learner.createdAt))\n"
        text +=
            "cohorts: " + (progress.cohorts.isEmpty ? "none" : progress.cohorts.sorted().map(StoredText.shownSafely).joined(separator: ", ")) + "\n"
        text += "attempts: \(progress.attempts.count)\n"
        if !progress.attempts.isEmpty {
            text += "\n"
            text += StoreOutput.table(
                header: ["PACK", "VERSION", "LESSON", "MODE", "STARTED", "FINISHED", "EVENTS"],
                rows: progress.attempts.map {
                    [
                        $0.attempt.packId, $0.attempt.packVersion, $0.attempt.lessonId, $0.attempt.mode.rawValue,
                        StoreOutput.iso8601($0.attempt.startedAt),
                        $0.attempt.finishedAt.map(StoreOutput.iso8601) ?? "-",
                        String($0.eventCount),
                    ]
                })
        }
        try StoreOutput.print(text)
    }
}
