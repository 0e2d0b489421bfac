/// A text's words and paragraphs as the player lays them out: runs of white space are
/// one break, a blank line (or U+2029) ends a paragraph, and no-break spaces are kept
/// inside words. The player wraps these; a translation's msgid is made of them.
public enum ShownParagraphs {
    /// The words of each paragraph of `text`, white space dropped.
    ///
    /// - Complexity: O(*n*) for *n* characters of `text`.
    public static func of(_ text: String) -> [[Substring]] {
        var paragraphs: [[Substring]] = []
        var words: [Substring] = []
        var wordStart: String.Index?
        var newlinesSinceWord = 0
        for index in text.indices {
            let character = text[index]
            if isBreakingSpace(character) {
                if let start = wordStart {
                    words.append(text[start..<index])
                    wordStart = nil
                }
                if character == "\u{2029}" {
                    newlinesSinceWord += 2
                } else if character.isNewline {
                    newlinesSinceWord += 1
                }
            } else if wordStart == nil {
                if newlinesSinceWord >= 2 && !words.isEmpty {
                    paragraphs.append(words)
                    words = []
                }
                newlinesSinceWord = 0
                wordStart = index
            }
        }
        if let start = wordStart { words.append(text[start...]) }
        if !words.isEmpty { paragraphs.append(words) }
        return paragraphs
    }

    /// Whether a line may break at `character`: a cluster made only of white space, none of it
    /// a no-break space. A space carrying a combining mark is a visible accent, not a break.
    public static func isBreakingSpace(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x00A0, 0x2007, 0x202F: return false
            default: return scalar.properties.isWhitespace
            }
        }
    }
}
