/// Makes the PO file a translator fills in: one entry per translation unit.
public enum TranslationExport {
    /// Extracted comment holding the source text's fingerprint (`ShownText.fingerprint`).
    public static let fingerprintComment = "source-hash"

    public static func catalog(of source: PackSource, language: String) throws(TranslationError) -> POCatalog {
        guard let language = LanguageTag.normalized(language) else { throw .invalidLanguage(language) }
        guard language != source.sourceLanguage else { throw .isSourceLanguage(language) }
        if let repeated = source.texts.repeatedContexts.first {
            throw .repeatedContext(context: repeated.context, lines: repeated.lines)
        }
        let fileName = source.file.split(separator: "/").last.map(String.init) ?? source.file
        let header: [(name: String, value: String)] = [
            ("Project-Id-Version", "\(source.packID) \(source.root.attribute("version")?.value ?? "")"),
            ("Language", language),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
            ("X-Generator", "oberih translate export"),
            ("X-Source-Language", source.sourceLanguage),
            ("X-Pack-Id", source.packID),
        ]
        let sourceLanguage = source.sourceLanguage
        let entries = source.texts.units.compactMap { unit -> POEntry? in
            let id = unit.text(in: sourceLanguage)
            guard !id.isEmpty else { return nil }
            var entry = POEntry(context: unit.context, id: id, translation: unit.text(in: language))
            if unit.kind == .acceptedAnswers {
                entry.extractedComments.append(
                    "Accepted answers, one per line: write every answer a learner may type in your language.")
            }
            if unit.isFacilitatorOnly { entry.extractedComments.append("Shown to the facilitator only.") }
            if let comment = unit.authorComment { entry.extractedComments.append("Author's note: \(comment)") }
            entry.extractedComments.append("\(fingerprintComment): \(ShownText.fingerprint(id))")
            entry.references = ["\(fileName):\(unit.line)"]
            return entry
        }
        var catalog = POCatalog(header: header, entries: entries)
        catalog.headerComments = [
            "\(fileName) (\(source.packID)) in \(language), translated from \(sourceLanguage).",
            "Translate each msgstr; leave msgctxt, msgid and the source-hash comments as they are.",
            "Then: oberih translate import \(fileName) THIS-FILE.po --output NEW.xml",
        ]
        return catalog
    }
}
