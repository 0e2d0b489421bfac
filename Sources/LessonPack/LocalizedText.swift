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

    /// The text in `language` if it is there and not blank.
    public func text(exactly language: String) -> String? {
        guard let found = translations.first(where: { $0.language == language }) else { return nil }
        return found.text.isBlank ? nil : found.text
    }
}
