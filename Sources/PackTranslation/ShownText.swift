import LessonPack

/// Texts as the player shows them, and their fingerprints.
public enum ShownText {
    /// `text` as its words and paragraphs (`ShownParagraphs`): words joined by one space,
    /// paragraphs by one blank line, nothing at either end. No-break spaces are kept.
    ///
    /// - Complexity: O(*n*) for *n* characters.
    public static func folded(_ text: String) -> String {
        ShownParagraphs.of(text).map { $0.joined(separator: " ") }.joined(separator: "\n\n")
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
