import LessonPack

/// Writes the translations of a PO file into a pack by splicing its bytes: each new
/// `<t lang>` (or `<accept lang>`) goes right after the element's other ones, with their
/// indentation; everything else stays byte for byte as it was.
public enum TranslationImport {
    /// An entry that was not applied, and why.
    public struct Problem: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// The source text changed since the export: what the PO has and what the pack has.
            case stale(was: String, now: String)
            /// The msgid is the pack's text, but the fingerprint says it was edited in the PO.
            case editedSource
            case unknownContext
            case noContext
            /// A character XML cannot hold (U+0000–U+001F but tab and line feed, U+FFFE, U+FFFF).
            case controlCharacter(UInt32)
            /// The place of the element in the file was not found (never for a file that parsed).
            case unplaceable
        }

        public var kind: Kind
        public var line: Int
        public var context: String
    }

    public struct Outcome: Sendable {
        public var language: String
        public var bytes: [UInt8]
        public var added = 0
        public var replaced = 0
        public var unchanged = 0
        public var fuzzy = 0
        public var untranslated = 0
        public var problems: [Problem] = []
        /// Units of the pack that still have no text in `language`.
        public var stillMissing = 0
        /// Whether `language` is in `langs` after the import (added when nothing is missing).
        public var isDeclared = false
        public var wasDeclaredBefore = false
    }

    /// The language of a PO: its `Language` header, as a pack's language tag.
    public static func language(of catalog: POCatalog, file: String) throws(TranslationError) -> String {
        guard let raw = catalog.headerValue("Language"), !raw.isEmpty else { throw .noLanguage(file: file) }
        guard let tag = LanguageTag.normalized(raw) else { throw .invalidLanguage(raw) }
        return tag
    }

    public static func apply(_ catalog: POCatalog, file: String, to source: PackSource) throws(TranslationError)
        -> Outcome
    {
        let language = try language(of: catalog, file: file)
        guard language != source.sourceLanguage else { throw .isSourceLanguage(language) }
        if let po = catalog.headerValue("X-Source-Language"), !po.isEmpty, po != source.sourceLanguage {
            throw .otherSourceLanguage(file: file, po: po, pack: source.sourceLanguage)
        }
        if let po = catalog.headerValue("X-Pack-Id"), !po.isEmpty, po != source.packID {
            throw .otherPack(file: file, po: po, pack: source.packID)
        }
        var units: [String: Int] = [:]
        for (index, unit) in source.texts.units.enumerated() where units[unit.context] == nil {
            units[unit.context] = index
        }
        var outcome = Outcome(language: language, bytes: source.bytes)
        var splices = Splices(bytes: source.bytes)
        var covered = Set<Int>()
        for entry in catalog.entries {
            guard let context = entry.context else {
                outcome.problems.append(Problem(kind: .noContext, line: entry.line, context: ""))
                continue
            }
            guard let index = units[context] else {
                outcome.problems.append(Problem(kind: .unknownContext, line: entry.line, context: context))
                continue
            }
            let unit = source.texts.units[index]
            if entry.isFuzzy {
                outcome.fuzzy += 1
                continue
            }
            let translation = normalized(entry.translation, kind: unit.kind)
            if translation.isEmpty {
                outcome.untranslated += 1
                continue
            }
            let now = unit.text(in: source.sourceLanguage)
            if entry.id != now {
                outcome.problems.append(Problem(kind: .stale(was: entry.id, now: now), line: entry.line, context: context))
                continue
            }
            if let hash = entry.extractedValue(TranslationExport.fingerprintComment), hash != ShownText.fingerprint(entry.id) {
                outcome.problems.append(Problem(kind: .editedSource, line: entry.line, context: context))
                continue
            }
            if let control = translation.unicodeScalars.first(where: Self.isUnfitForXML) {
                outcome.problems.append(
                    Problem(kind: .controlCharacter(control.value), line: entry.line, context: context))
                continue
            }
            if unit.text(in: language) == translation {
                outcome.unchanged += 1
                covered.insert(index)
                continue
            }
            let existing = unit.pieces.filter { $0.language == language }
            guard splices.place(translation, language: language, in: unit) else {
                outcome.problems.append(Problem(kind: .unplaceable, line: entry.line, context: context))
                continue
            }
            if existing.isEmpty { outcome.added += 1 } else { outcome.replaced += 1 }
            covered.insert(index)
        }
        for (index, unit) in source.texts.units.enumerated()
        where !covered.contains(index) && unit.hasText(in: source.sourceLanguage) && !unit.hasText(in: language) {
            outcome.stillMissing += 1
        }
        outcome.wasDeclaredBefore = source.languages.contains(language)
        outcome.isDeclared = outcome.wasDeclaredBefore
        if !outcome.wasDeclaredBefore, outcome.stillMissing == 0, splices.declare(language, on: source.root) {
            outcome.isDeclared = true
        }
        outcome.bytes = splices.applied()
        return outcome
    }

    static func isUnfitForXML(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// The translation as the player would show it; accepted answers one per line.
    static func normalized(_ text: String, kind: TranslationUnit.Kind) -> String {
        switch kind {
        case .text:
            return ShownText.folded(text)
        case .acceptedAnswers:
            return text.split(separator: "\n").map { ShownText.folded(String($0)) }.filter { !$0.isEmpty }
                .joined(separator: "\n")
        }
    }
}
