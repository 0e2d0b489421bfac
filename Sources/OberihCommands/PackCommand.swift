import ArgumentParser

/// `oberih pack list|install`: where packs are found, and the versions the store has seen.
struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "List the packs found and the versions played, or install a pack for this user.",
        discussion: """
            Packs are found, in order, in each --curriculum DIR, the folders of \
            $OBERIH_CURRICULUM (separated by :), ./Curriculum, $XDG_DATA_HOME/oberih/packs \
            (~/.local/share/oberih/packs, where `oberih pack install` puts them), the \
            curriculum installed with the binary (PREFIX/share/oberih/curriculum), and \
            oberih/curriculum in each folder of $XDG_DATA_DIRS. A pack id found in an \
            earlier folder hides the same id in a later one.

            Exit status: 0 success, 1 the pack to install has errors, 2 usage error, a \
            file that cannot be read or written, or a store that cannot be opened.
            """,
        subcommands: [PackListCommand.self, PackInstallCommand.self]
    )
}
