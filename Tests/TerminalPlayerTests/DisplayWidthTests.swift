import Testing

@testable import TerminalPlayer

/// Display columns of characters and strings: Latin, Cyrillic, accents, emoji, CJK, controls.
@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.columns(of: "Hello, world!") == 13)
        #expect(DisplayWidth.columns(of: Character("a")) == 1)
        #expect(DisplayWidth.columns(of: Character(" ")) == 1)
        #expect(DisplayWidth.columns(of: Character("~")) == 1)
        #expect(DisplayWidth.columns(of: "") == 0)
    }

    @Test func cyrillicIsOneColumnPerLetter() {
        #expect(DisplayWidth.columns(of: "Привіт") == 6)
        // Ukrainian ї, є, ґ and the apostrophe ’ (U+2019), in capitals and small letters.
        for letter in ["ї", "Ї", "є", "Є", "ґ", "Ґ", "і", "’"] {
            #expect(DisplayWidth.columns(of: Character(letter)) == 1, "\(letter)")
        }
        #expect(DisplayWidth.columns(of: "Їжак їсть ґрунт, м’ята є") == 24)
        #expect(DisplayWidth.columns(of: "Ёлка, щётка, объём") == 18)
        #expect(DisplayWidth.columns(of: "Ελληνικά") == 8)
    }

    @Test func decomposedAccentsAreOneColumn() {
        let decomposed = "e\u{301}"
        #expect(decomposed.unicodeScalars.count == 2)
        #expect(DisplayWidth.columns(of: Character(decomposed)) == 1)
        #expect(DisplayWidth.columns(of: "Caf" + decomposed) == 4)
        #expect(DisplayWidth.columns(of: "\u{E9}") == 1)  // é precomposed
        #expect(DisplayWidth.columns(of: "\u{456}\u{308}") == 1)  // ї as і + diaeresis
        #expect(DisplayWidth.columns(of: "\u{438}\u{306}") == 1)  // й as и + breve
        #expect(DisplayWidth.columns(of: "a\u{301}\u{323}\u{308}") == 1)  // stacked marks
        #expect(DisplayWidth.columns(of: "\u{301}") == 0)  // a mark with nothing to sit on
    }

    @Test func emojiWidths() {
        #expect(DisplayWidth.columns(of: Character("😀")) == 2)
        #expect(DisplayWidth.columns(of: Character("\u{2764}\u{FE0F}")) == 2)  // ❤️ with VS16
        #expect(DisplayWidth.columns(of: Character("\u{2764}")) == 1)  // ❤ text-default
        #expect(DisplayWidth.columns(of: Character("\u{2764}\u{FE0E}")) == 1)  // ❤ with VS15
        #expect(DisplayWidth.columns(of: Character("👍🏽")) == 2)  // skin-tone modifier
        #expect(DisplayWidth.columns(of: Character("1\u{FE0F}\u{20E3}")) == 2)  // keycap 1️⃣
        #expect(DisplayWidth.columns(of: "😀😀😀") == 6)
    }

    @Test func zwjSequenceIsOneClusterOfTwoColumns() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"  // 👨‍👩‍👧
        #expect(family.count == 1)
        #expect(DisplayWidth.columns(of: Character(family)) == 2)
        #expect(DisplayWidth.columns(of: family) == 2)
        #expect(DisplayWidth.columns(of: "🏳\u{FE0F}\u{200D}🌈") == 2)
    }

    @Test func flagsAreTwoColumns() {
        let ukraine = "\u{1F1FA}\u{1F1E6}"  // 🇺🇦
        #expect(ukraine.count == 1)
        #expect(DisplayWidth.columns(of: Character(ukraine)) == 2)
        #expect(DisplayWidth.columns(of: "🇺🇦🇵🇱") == 4)
    }

    @Test func eastAsianWideAndFullwidthAreTwoColumns() {
        #expect(DisplayWidth.columns(of: "中文") == 4)
        #expect(DisplayWidth.columns(of: "한국어") == 6)
        #expect(DisplayWidth.columns(of: "ひらがな") == 8)
        #expect(DisplayWidth.columns(of: "カタカナ") == 8)
        #expect(DisplayWidth.columns(of: "\u{1100}\u{1161}\u{11A8}") == 2)  // 각 as jamo
        #expect(DisplayWidth.columns(of: Character("\u{FF21}")) == 2)  // fullwidth Ａ
        #expect(DisplayWidth.columns(of: Character("\u{FF01}")) == 2)  // fullwidth ！
        #expect(DisplayWidth.columns(of: Character("\u{FF60}")) == 2)  // last fullwidth form
        #expect(DisplayWidth.columns(of: Character("\u{FFE5}")) == 2)  // fullwidth yen
        #expect(DisplayWidth.columns(of: Character("\u{FF61}")) == 1)  // halfwidth ideographic stop
        #expect(DisplayWidth.columns(of: Character("\u{FF71}")) == 1)  // halfwidth katakana ｱ
        #expect(DisplayWidth.columns(of: Character("\u{3000}")) == 2)  // ideographic space
        #expect(DisplayWidth.columns(of: Character("\u{20000}")) == 2)  // CJK Extension B
        #expect(DisplayWidth.columns(of: "A中😀ї") == 6)
    }

    @Test func controlAndZeroWidthCharactersAreZeroColumns() {
        let invisible = ["\u{0}", "\t", "\n", "\r", "\r\n", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}",
                         "\u{200B}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{FE0F}", "\u{2028}"]
        for text in invisible {
            #expect(DisplayWidth.columns(of: Character(text)) == 0, "\(text.unicodeScalars.map(\.value))")
        }
        #expect(DisplayWidth.columns(of: "\u{1B}[1mЖ\u{1B}[0m") == 7)  // only the ESC bytes are 0
        #expect(DisplayWidth.columns(of: "a\u{200B}b") == 2)
    }

    @Test func wideRangesAreSortedAndDisjoint() {
        let ranges = DisplayWidth.wideRanges
        for (earlier, later) in zip(ranges, ranges.dropFirst()) {
            #expect(earlier.upperBound < later.lowerBound, "\(earlier) \(later)")
        }
        #expect(ranges.allSatisfy { $0.lowerBound >= 0x1100 })
    }
}
