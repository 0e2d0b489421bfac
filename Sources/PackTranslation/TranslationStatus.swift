/// How far a pack is translated, per language; and how a PO file compares with it.
public enum TranslationStatus {
    public struct Counts: Sendable, Equatable {
        public var language: String
        public var isDeclared: Bool
        public var isSource: Bool
        /// Units with a source text.
        public var texts: Int
        public var translated: Int
        public var missing: Int { texts - translated }
    }

    /// How a PO file for one language stands against the pack today.
    public struct Comparison: Sendable, Equatable {
        public var language: String
        /// Entries whose source text changed since the export (or was edited in the PO).
        public var stale: [Int] = []
        /// Entries whose context the pack no longer has.
        public var unknown: [Int] = []
        public var fuzzy = 0
        public var untranslated = 0
        /// Texts of the pack the PO does not have (added since the export).
        public var notInPO = 0
    }

    /// One row per language some text is given in, the declared ones first.
    public static func counts(of source: PackSource) -> [Counts] {
        let units = source.texts.units.filter { $0.hasText(in: source.sourceLanguage) }
        return source.languagesGiven.map { language in
            Counts(
                language: language, isDeclared: source.languages.contains(language),
                isSource: language == source.sourceLanguage, texts: units.count,
                translated: units.filter { $0.hasText(in: language) }.count)
        }
    }

    public static func compare(_ catalog: POCatalog, file: String, with source: PackSource) throws(TranslationError)
        -> Comparison
    {
        var comparison = Comparison(language: try TranslationImport.language(of: catalog, file: file))
        var units: [String: TranslationUnit] = [:]
        for unit in source.texts.units where units[unit.context] == nil { units[unit.context] = unit }
        var seen = Set<String>()
        for entry in catalog.entries {
            guard let context = entry.context, let unit = units[context] else {
                comparison.unknown.append(entry.line)
                continue
            }
            seen.insert(context)
            let hash = entry.extractedValue(TranslationExport.fingerprintComment)
            if entry.id != unit.text(in: source.sourceLanguage) || (hash != nil && hash != ShownText.fingerprint(entry.id)) {
                comparison.stale.append(entry.line)
            } else if entry.isFuzzy {
                comparison.fuzzy += 1
            } else if ShownText.folded(entry.translation).isEmpty {
                comparison.untranslated += 1
            }
        }
        comparison.notInPO = units.values.filter { !seen.contains($0.context) && $0.hasText(in: source.sourceLanguage) }.count
        return comparison
    }
}
