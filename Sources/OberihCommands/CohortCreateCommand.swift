import ArgumentParser
import Foundation
import ProgressStore

/// `oberih cohort create NAME [--organisation ORG]`.
struct CohortCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a cohort.",
        discussion: """
            A message goes to stderr; with --json, {formatVersion, cohort: {name, \
            organisation, createdAt, learnerCount}} goes to stdout.

            Exit status: 0 created, 2 usage error, a cohort of that name already exists, \
            or the store cannot be opened.
            """
    )

    @Argument(help: "The cohort's name, unique in the store (such as \"Year 8 B 2026\").")
    var name: String

    @Option(help: "The school or organisation the cohort belongs to.")
    var organisation: String?

    @OptionGroup var options: StoreOptions

    func validate() throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("a cohort needs a name, such as \"Year 8 B\"")
        }
        if let problem = StoredText.problem(inName: name.trimmingCharacters(in: .whitespaces), what: "a cohort's name")
            ?? organisation.flatMap({
                StoredText.problem(inName: $0.trimmingCharacters(in: .whitespaces), what: "--organisation")
            })
        {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        let organisation = organisation?.trimmingCharacters(in: .whitespaces)
        let cohort = try options.withStore { store in
            try store.createCohort(
                name: name, organisation: organisation?.isEmpty == false ? organisation : nil, at: Date())
        }
        if options.json {
            try StoreOutput.printJSON(StoreJSON.CreatedCohort(cohort: .init(cohort, learnerCount: 0)))
        }
        StoreOutput.message(
            "created cohort '\(StoredText.shownSafely(cohort.name))' in \(options.path); add learners with "
                + "`oberih learner add --cohort \(shellWord(cohort.name, quoted: true)) --age N --count K\(options.repeated)`")
    }
}
