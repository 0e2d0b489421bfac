import PackXML

/// A learner- or facilitator-facing text, in every language the pack provides.
public struct LocalizedText: Sendable, Hashable {
    /// One `<t lang="…">` of the text.
    public struct Translation: Sendable, Hashable {
        public var language: String
        public var text: String
        public var position: SourcePosition
    }

    /// In the order the file gives them; a language may appear twice in a bad pack.
    public var translations: [Translation]
    public var position: SourcePosition

    public init(translations: [Translation], position: SourcePosition) {
        self.translations = translations
        self.position = position
    }

    /// The text in `language`, else in `fallbackLanguage`, else the first one given.
    public func text(in language: String, fallback fallbackLanguage: String) -> String {
        text(exactly: language) ?? text(exactly: fallbackLanguage) ?? translations.first?.text ?? ""
    }

    /// Characters a reader sees in `language` (else in the first text given): a run of white
    /// space counts as one, the ends not at all. Compares option lengths as a learner sees them.
    public func shownLength(in language: String) -> Int {
        let words = (text(exactly: language) ?? translations.first?.text ?? "").split(whereSeparator: \.isWhitespace)
        return words.reduce(max(0, words.count - 1)) { $0 + $1.unicodeScalars.count }
    }

    /// Words of the text in `language` (else in the first text given).
    public func wordCount(in language: String) -> Int {
        var count = 0
        var isInWord = false
        // Scalar by scalar, without allocating: a validation counts every text's words.
        for scalar in (text(exactly: language) ?? translations.first?.text ?? "").unicodeScalars {
            let isSpace =
                scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            if isSpace {
                isInWord = false
            } else if !isInWord {
                isInWord = true
                count += 1
            }
        }
        return count
    }

    /// The text in `language` if it is there and not blank.
    public func text(exactly language: String) -> String? {
        guard let found = translations.first(where: { $0.language == language }) else { return nil }
        return found.text.isBlank ? nil : found.text
    }
}
