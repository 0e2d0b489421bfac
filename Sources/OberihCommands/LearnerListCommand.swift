import ArgumentParser
import Foundation
import ProgressStore

/// `oberih learner list [--cohort C]`.
struct LearnerListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List learners, all of them or a cohort's.",
        discussion: """
            A table goes to stdout; with --json, {formatVersion, cohort (null without \
            --cohort), learners: [{code, age, ageBand, language, country, createdAt}]} \
            in the order they were handed out (created).

            Exit status: 0 success, 2 usage error, no such cohort, or a store that cannot \
            be opened.
            """
    )

    @Option(help: "List only this cohort's learners.", completion: Completions.cohorts)
    var cohort: String?

    @OptionGroup var options: StoreOptions

    func run() throws {
        let cohortName = cohort?.trimmingCharacters(in: .whitespaces)
        let learners = try options.withStoreForReading { store in try store.learners(inCohort: cohortName) }
        if options.json {
            try StoreOutput.printJSON(StoreJSON.LearnerList(cohort: cohortName, learners: learners.map { .init($0) }))
            return
        }
        if learners.isEmpty {
            StoreOutput.message(
                (cohortName.map { "cohort '\(StoredText.shownSafely($0))' has no learners yet" } ?? "no learners in \(options.path) yet")
                    + "; add some with `oberih learner add --cohort NAME --age N --count K`")
            return
        }
        try StoreOutput.print(
            StoreOutput.table(
                header: ["CODE", "AGE", "LANGUAGE", "COUNTRY", "CREATED"],
                rows: learners.map { learner -> [String] in
                    let age = learner.age.map { String($0) } ?? learner.ageBand ?? "-"
                    let created = StoreOutput.iso8601(learner.createdAt)
                    return [learner.code, age, learner.language, learner.country ?? "-", created]
                }))
    }
}
