/// Texts as the player shows them, and their fingerprints.
public enum ShownText {
    /// `text` with every run of white space folded to one space and blank lines (or
    /// U+2029) between paragraphs kept as one `\n\n`; nothing at either end. No-break
    /// spaces are kept. The same words and paragraphs `TextWrapper` lays out.
    ///
    /// - Complexity: O(*n*) for *n* characters.
    public static func folded(_ text: String) -> String {
        var out = ""
        var newlines = 0
        var pendingSpace = false
        for character in text {
            if isBreakingSpace(character) {
                pendingSpace = !out.isEmpty
                if character == "\u{2029}" {
                    newlines += 2
                } else if character.isNewline {
                    newlines += 1
                }
                continue
            }
            if pendingSpace { out += newlines >= 2 ? "\n\n" : " " }
            pendingSpace = false
            newlines = 0
            out.append(character)
        }
        return out
    }

    static func isBreakingSpace(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x00A0, 0x2007, 0x202F: return false
            default: return scalar.properties.isWhitespace
            }
        }
    }

    /// A fingerprint of a source text (64-bit FNV-1a of its UTF-8, 16 hex digits): tells
    /// whether the text a translation was made from is the text of the pack today. Not a
    /// security measure.
    public static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
