import ArgumentParser

/// `oberih cohort create|list|show`: groups of learners in the progress store.
struct CohortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "Create, list and show cohorts (a class, a school year, a course).",
        discussion: """
            Cohorts live in the progress store: --store PATH, else $OBERIH_STORE, else \
            $XDG_DATA_HOME/oberih/progress.sqlite (~/.local/share/oberih/progress.sqlite), \
            created on first use.

            Exit status: 0 success, 2 usage error, or a store that is missing something \
            asked for, cannot be opened or is damaged.
            """,
        subcommands: [CohortCreateCommand.self, CohortListCommand.self, CohortShowCommand.self]
    )
}
