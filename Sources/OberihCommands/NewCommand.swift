import ArgumentParser

/// `oberih new pack`: starting points for authors.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a starter file for an author to fill in.",
        subcommands: [NewPackCommand.self]
    )
}
