import PackXML

/// One thing a translator translates: a text element (its `<t>` children), or the
/// accepted answers of a short-answer question (its `<accept>` children, one per line).
public struct TranslationUnit: Sendable {
    public enum Kind: Sendable { case text, acceptedAnswers }

    /// One `<t lang>` or `<accept lang>` as it stands in the file.
    public struct Piece: Sendable {
        public var language: String
        public var text: String
        /// Its bytes in the file, when known.
        public var range: Range<Int>?
    }

    public var kind: Kind
    /// Stable across edits elsewhere: built from ids, such as `lesson/step/option:b/label`.
    public var context: String
    public var line: Int
    /// Shown to the facilitator only (a facilitator note).
    public var isFacilitatorOnly: Bool
    /// An XML comment written just before the element, folded.
    public var authorComment: String?
    public var pieces: [Piece]

    /// The text in `language` as a translator sees it: folded as the player shows it, or
    /// the accepted answers one per line; empty when there is none.
    public func text(in language: String) -> String {
        switch kind {
        case .text:
            return pieces.first { $0.language == language }.map { ShownText.folded($0.text) } ?? ""
        case .acceptedAnswers:
            return pieces.filter { $0.language == language }.map { ShownText.folded($0.text) }
                .filter { !$0.isEmpty }.joined(separator: "\n")
        }
    }

    public func hasText(in language: String) -> Bool { !text(in: language).isEmpty }
}
