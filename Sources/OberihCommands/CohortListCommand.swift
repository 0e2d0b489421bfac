import ArgumentParser
import Foundation
import ProgressStore

/// `oberih cohort list`.
struct CohortListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the cohorts, with how many learners each has.",
        discussion: """
            A table goes to stdout; with --json, {formatVersion, cohorts: [{name, \
            organisation, createdAt, learnerCount}]} sorted by name.

            Exit status: 0 success, 2 usage error or a store that cannot be opened.
            """
    )

    @OptionGroup var options: StoreOptions

    func run() throws {
        let summaries = try options.withStoreForReading { store in try store.cohorts() }
        if options.json {
            try StoreOutput.printJSON(
                StoreJSON.CohortList(cohorts: summaries.map { .init($0.cohort, learnerCount: $0.learnerCount) }))
            return
        }
        if summaries.isEmpty {
            StoreOutput.message("no cohorts in \(options.path) yet; create one with `oberih cohort create NAME`")
            return
        }
        try StoreOutput.print(
            StoreOutput.table(
                header: ["NAME", "ORGANISATION", "LEARNERS", "CREATED"],
                rows: summaries.map {
                    [
                        StoredText.shownSafely($0.cohort.name), $0.cohort.organisation.map(StoredText.shownSafely) ?? "-", String($0.learnerCount),
                        StoreOutput.iso8601($0.cohort.createdAt),
                    ]
                }))
    }
}
