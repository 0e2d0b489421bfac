/// How many terminal columns text takes, so that Cyrillic, accents, CJK and emoji line up.
///
/// Widths are decided per grapheme cluster (a `Character`), from the first scalar in it that
/// takes room (its base), as terminals do:
/// - 0 for control characters and clusters made only of zero-width scalars (format
///   characters such as ZERO WIDTH SPACE and ZWJ, combining marks, variation selectors).
///   Combining marks written after a letter are inside the letter's cluster and add nothing.
/// - 2 for East Asian Wide and Fullwidth bases (``wideRanges``), for bases with
///   Emoji_Presentation, for regional-indicator pairs (flags), and for a text-default emoji
///   followed by VARIATION SELECTOR-16. An emoji ZWJ sequence is one cluster, so 2.
/// - 1 for everything else: Latin, Cyrillic, Greek, accented letters, and a text-default
///   emoji alone or with VARIATION SELECTOR-15.
///
/// East Asian Ambiguous characters (which include Cyrillic, Greek and "…") count 1, as in
/// every terminal outside a CJK locale.
public enum DisplayWidth {
    /// The columns one grapheme cluster takes: 0, 1 or 2.
    ///
    /// - Complexity: O(*k* + log *r*) for a cluster of *k* scalars and *r* ``wideRanges``;
    /// O(1) for ASCII.
    public static func columns(of character: Character) -> Int {
        if let ascii = character.asciiValue {
            // "\r\n" is one cluster with the ASCII value of "\n".
            return ascii < 0x20 || ascii == 0x7F ? 0 : 1
        }
        var base: Unicode.Scalar?
        var regionalIndicators = 0
        var emojiPresentationSelector = false
        for scalar in character.unicodeScalars {
            if base == nil && !isZeroWidth(scalar) { base = scalar }
            if (0x1F1E6...0x1F1FF).contains(scalar.value) { regionalIndicators += 1 }
            if scalar.value == 0xFE0F { emojiPresentationSelector = true }
        }
        guard let base else { return 0 }
        if regionalIndicators >= 2 || isWide(base) || base.properties.isEmojiPresentation {
            // VS15 does not narrow an Emoji_Presentation base: terminals measure the base and
            // draw it two columns wide anyway, and counting 2 can only leave a column spare.
            return 2
        }
        if emojiPresentationSelector && base.properties.isEmoji { return 2 }
        return 1
    }

    /// The columns a string takes: the sum over its grapheme clusters.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func columns(of text: String) -> Int {
        var total = 0
        for character in text { total += columns(of: character) }
        return total
    }

    /// The columns a slice of a string takes: the sum over its grapheme clusters.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func columns(of text: Substring) -> Int {
        var total = 0
        for character in text { total += columns(of: character) }
        return total
    }

    /// Whether a scalar takes no room of its own: control and format characters (except
    /// SOFT HYPHEN, which terminals draw), combining marks, line and paragraph separators,
    /// and the Hangul medial vowels and final consonants that join an initial consonant.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD: return false
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }

    /// Whether a scalar is in ``wideRanges``.
    ///
    /// - Complexity: O(log *r*) for *r* ranges; O(1) below U+1100.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        var low = 0
        var high = wideRanges.count
        while low < high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Scalars that are East Asian Wide (W) or Fullwidth (F), sorted and disjoint.
    ///
    /// Source: Unicode's EastAsianWidth.txt, version 17.0.0 (the version of the Swift 6.3
    /// standard library's Unicode data), W and F entries merged into ranges. Emoji ranges are
    /// left out: every W emoji has Emoji_Presentation, which `columns(of:)` checks
    /// with `Unicode.Scalar.Properties.isEmojiPresentation`, and regional indicators
    /// are handled as pairs. The wide symbols without Emoji_Presentation (angle brackets,
    /// Yijing trigrams, the enclosed ideographic supplement) are kept.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2329...0x232A,  // Left- and right-pointing angle brackets
        0x2630...0x2637,  // Yijing trigrams
        0x268A...0x268F,  // Yijing monograms and digrams
        0x2E80...0x2E99,  // CJK Radicals Supplement
        0x2E9B...0x2EF3,
        0x2F00...0x2FD5,  // Kangxi Radicals
        0x2FF0...0x303E,  // Ideographic Description Characters, CJK Symbols and Punctuation
        0x3041...0x3096,  // Hiragana
        0x3099...0x30FF,  // Hiragana marks, Katakana
        0x3105...0x312F,  // Bopomofo
        0x3131...0x318E,  // Hangul Compatibility Jamo
        0x3190...0x31E5,  // Kanbun, Bopomofo Extended, CJK Strokes
        0x31EF...0x321E,  // Katakana Phonetic Extensions, Enclosed CJK
        0x3220...0x3247,
        0x3250...0xA48C,  // Enclosed CJK, CJK Extension A, Yijing hexagrams, CJK, Yi
        0xA490...0xA4C6,  // Yi Radicals
        0xA960...0xA97C,  // Hangul Jamo Extended-A
        0xAC00...0xD7A3,  // Hangul Syllables
        0xF900...0xFAFF,  // CJK Compatibility Ideographs
        0xFE10...0xFE19,  // Vertical Forms
        0xFE30...0xFE52,  // CJK Compatibility Forms, Small Form Variants
        0xFE54...0xFE66,
        0xFE68...0xFE6B,
        0xFF01...0xFF60,  // Fullwidth Forms
        0xFFE0...0xFFE6,  // Fullwidth signs
        0x16FE0...0x16FE4,  // Ideographic Symbols and Punctuation
        0x16FF0...0x16FF6,
        0x17000...0x18CD5,  // Tangut, Tangut Components, Khitan Small Script
        0x18CFF...0x18D1E,  // Khitan, Tangut Supplement
        0x18D80...0x18DF2,  // Tangut Components Supplement
        0x1AFF0...0x1AFF3,  // Kana Extended-B
        0x1AFF5...0x1AFFB,
        0x1AFFD...0x1AFFE,
        0x1B000...0x1B122,  // Kana Supplement, Kana Extended-A
        0x1B132...0x1B132,  // Small Kana Extension
        0x1B150...0x1B152,
        0x1B155...0x1B155,
        0x1B164...0x1B167,
        0x1B170...0x1B2FB,  // Nushu
        0x1D300...0x1D356,  // Tai Xuan Jing Symbols
        0x1D360...0x1D376,  // Counting Rod Numerals
        0x1F200...0x1F202,  // Enclosed Ideographic Supplement
        0x1F210...0x1F23B,
        0x1F240...0x1F248,
        0x1F250...0x1F251,
        0x1F260...0x1F265,
        0x20000...0x2FFFD,  // CJK Extensions B to F, CJK Compatibility Supplement
        0x30000...0x3FFFD,  // CJK Extensions G to J
    ]
}
