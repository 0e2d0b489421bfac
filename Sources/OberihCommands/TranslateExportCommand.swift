import ArgumentParser
import Foundation
import PackTranslation

/// `oberih translate export PACK --lang kk --output pack.kk.po`.
struct TranslateExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every text of a pack as a PO file for one language.",
        discussion: """
            One entry per text, facilitator notes and accepted answers included: msgctxt is \
            the text's place (lesson/step/part, from ids), msgid the source-language text as \
            the player shows it, msgstr the text the pack already has in --lang (else \
            empty). An existing file is replaced only with --force, as it may hold a \
            translator's work. Without --output the PO goes to stdout.

            Exit status: 0 written, 1 the pack has two texts in the same place, 2 usage \
            error or a file that cannot be read or written.
            """
    )

    @Argument(help: "The pack file, or a pack id of the curriculum.", completion: Completions.packIds)
    var pack: String

    @Option(help: ArgumentHelp("The language to translate into (a BCP 47 tag such as kk).", valueName: "tag"))
    var lang: String

    @Option(help: ArgumentHelp("The PO file to write (default: stdout).", valueName: "file"))
    var output: String?

    @Flag(help: "Replace --output if it exists.")
    var force = false

    @OptionGroup var search: CurriculumOptions

    func run() throws {
        let source = try TranslatePack.source(pack, search: search)
        let catalog: POCatalog
        do {
            catalog = try TranslationExport.catalog(of: source, language: lang)
        } catch {
            throw TranslatePack.failure(error)
        }
        if let output, TranslateImportCommand.sameFile(output, source.file) {
            throw CommandFailure("--output \(output) is the pack itself; give a PO file such as \(source.packID).\(lang).po")
        }
        if let output, !force, FileManager.default.fileExists(atPath: output) {
            throw CommandFailure(
                "\(output) exists and may hold a translator's work; nothing was written. Give another --output, or "
                    + "--force to replace it")
        }
        let text = POWriter.write(catalog)
        try OutputFile.writing(to: output, access: .shared) { try $0.write(text) }
        let translated = catalog.entries.filter { !$0.translation.isEmpty }.count
        if let output {
            StoreOutput.message(
                "wrote \(output): \(catalog.entries.count) texts of \(source.packID), \(translated) already in "
                    + "\(catalog.headerValue("Language") ?? lang)")
        }
    }
}
