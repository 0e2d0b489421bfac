import PackXML
import Testing

@testable import LessonPack

@Suite struct LocalizedTextTests {
    static func text(_ value: String, language: String = "en") -> LocalizedText {
        let here = SourcePosition(line: 1, column: 1)
        return LocalizedText(translations: [.init(language: language, text: value, position: here)], position: here)
    }

    /// Words are runs between white space of any kind, as a reader counts them.
    @Test func wordsAreCountedBetweenAnyWhiteSpace() {
        let cases: [(String, Int)] = [
            ("", 0), ("   ", 0), ("one", 1), ("  two words  ", 2), ("tab\tnew\nline\r\nend", 4),
            ("no\u{A0}break and\u{2003}em", 4), ("Привіт, світе!", 2), ("a\u{0085}b\u{3000}c", 3), ("x\u{0B}y\u{0C}z", 3),
        ]
        for (value, words) in cases {
            #expect(Self.text(value).wordCount(in: "en") == words, "\(value.debugDescription)")
            #expect(words == value.split(whereSeparator: \.isWhitespace).count, "the reference count of \(value.debugDescription)")
        }
        #expect(Self.text("three words here", language: "uk").wordCount(in: "en") == 3, "the first text when the language is missing")
    }
}
