import ArgumentParser
import Foundation
import PackTranslation

/// `oberih translate status PACK... [--po FILE...] [--json]`.
struct TranslateStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Count the texts translated and missing per pack and language, and the stale ones of PO files.",
        discussion: """
            A text is translated in a language when the pack has a non-blank text in it. \
            Stale entries can only be known against a PO file: give --po with the files \
            translators hold; each is matched to its pack by its X-Pack-Id header.

            Exit status: 0 success, 1 a PO file has stale or unknown entries, 2 usage error \
            or a file that cannot be read.
            """
    )

    @Argument(help: "Pack files or pack ids (default: every pack of the curriculum).", completion: Completions.packIds)
    var packs: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("PO files to compare with their packs.", valueName: "file"))
    var po: [String] = []

    @Flag(help: "Write one JSON document to stdout.")
    var json = false

    @OptionGroup var search: CurriculumOptions

    struct Row: Encodable {
        var pack: String
        var file: String
        var language: String
        var declared: Bool
        var source: Bool
        var texts: Int
        var translated: Int
        var missing: Int
        var po: String?
        var stale: Int?
        var staleLines: [Int]?
        var unknown: Int?
        var fuzzy: Int?
        var notInPO: Int?
    }

    func run() throws {
        let sources: [PackSource]
        if packs.isEmpty {
            // Every pack of the search, from the bytes it was checked with.
            sources = search.curriculum().entries().filter { !$0.isHidden }.compactMap { entry in
                entry.bytes.flatMap { try? PackSource(bytes: $0, file: entry.validation.file) }
            }
        } else {
            sources = try packs.map { name throws(CommandFailure) in try TranslatePack.source(name, search: search) }
        }
        var rows: [Row] = []
        for source in sources {
            for counts in TranslationStatus.counts(of: source) {
                rows.append(
                    Row(
                        pack: source.packID, file: source.file, language: counts.language, declared: counts.isDeclared,
                        source: counts.isSource, texts: counts.texts, translated: counts.translated,
                        missing: counts.missing))
            }
        }
        var foundStale = false
        for file in po {
            let catalog = try TranslatePack.catalog(file)
            // Matched by X-Pack-Id; a PO file without one (not from `translate export`) fits a single pack.
            let named = catalog.headerValue("X-Pack-Id")
            guard let source = named.map({ id in sources.first { $0.packID == id } }) ?? (sources.count == 1 ? sources.first : nil)
            else {
                throw CommandFailure(
                    named.map { "\(file) is for the pack '\($0)', which is not among the packs given; give that pack too" }
                        ?? "\(file) does not say which pack it is for (no X-Pack-Id header); give only its pack")
            }
            let id = source.packID
            let comparison: TranslationStatus.Comparison
            do {
                comparison = try TranslationStatus.compare(catalog, file: file, with: source)
            } catch {
                throw TranslatePack.failure(error)
            }
            foundStale = foundStale || !comparison.stale.isEmpty || !comparison.unknown.isEmpty
            // The row of this pack and language, filled in; a second PO for it gets a copy.
            let index = rows.firstIndex { $0.file == source.file && $0.language == comparison.language }
            var row =
                index.map { rows[$0] }
                ?? Row(
                    pack: id, file: source.file, language: comparison.language, declared: false, source: false,
                    texts: rows.first { $0.file == source.file }?.texts ?? 0, translated: 0,
                    missing: rows.first { $0.file == source.file }?.texts ?? 0)
            row.po = file
            row.stale = comparison.stale.count
            row.staleLines = comparison.stale
            row.unknown = comparison.unknown.count
            row.fuzzy = comparison.fuzzy
            row.notInPO = comparison.notInPO
            if let index, rows[index].po == nil {
                rows[index] = row
            } else {
                rows.insert(row, at: (index ?? rows.count - 1) + 1)
            }
        }
        if json {
            try StoreOutput.printJSON(rows)
        } else {
            let withPO = !po.isEmpty
            var header = ["pack", "lang", "texts", "translated", "missing"]
            if withPO { header += ["stale", "unknown", "fuzzy", "new", "po"] }
            let table = rows.map { row -> [String] in
                var cells = [
                    row.pack, row.language + (row.source ? " (source)" : row.declared ? "" : " (not in langs)"),
                    "\(row.texts)", "\(row.translated)", "\(row.missing)",
                ]
                if withPO {
                    cells += [row.stale, row.unknown, row.fuzzy, row.notInPO].map { $0.map(String.init) ?? "" }
                    cells.append(row.po ?? "")
                }
                return cells
            }
            try StoreOutput.print(StoreOutput.table(header: header, rows: table))
            for row in rows where !(row.staleLines ?? []).isEmpty {
                StoreOutput.message(
                    "\(row.po!): stale entries at lines \(row.staleLines!.map(String.init).joined(separator: ", ")); "
                        + "`oberih translate import` will not apply them until they are translated again")
            }
        }
        if foundStale { throw ExitCode(1) }
    }
}
