import ArgumentParser

/// `oberih translate export|import|status`: translations through gettext PO files.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate a pack through a PO file (Poedit, Weblate, OmegaT, Crowdin).",
        discussion: """
            export writes every text of a pack as a PO file for one language; a translator \
            fills it in with any PO editor; import writes the translations back into a copy \
            of the pack, changing nothing else in the file; status counts what is \
            translated, missing and stale. docs/translation.md describes the workflow.

            Exit status: 0 success, 1 the work found problems (stale or unknown entries, \
            a pack with errors), 2 usage error or a file that cannot be read or written.
            """,
        subcommands: [TranslateExportCommand.self, TranslateImportCommand.self, TranslateStatusCommand.self]
    )
}
