import Testing

@testable import LessonPack

@Suite struct TextFoldingTests {
    @Test func foldsAsciiAndCyrillicCapitalsAndWhiteSpace() {
        let folded = TextFolding.folded("  ЄВА Їжак\n\t ІГОР Ґанок ЁЖИК Яблуко ABC xyz  ")
        #expect(String(decoding: folded, as: UTF8.self) == "єва їжак ігор ґанок ёжик яблуко abc xyz")
    }

    @Test func foldingMatchesTheStandardLibraryOnEnglishUkrainianAndRussianLetters() {
        let letters =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ" + "ЁЪЫЭ"
        #expect(String(decoding: TextFolding.folded(letters), as: UTF8.self) == letters.lowercased())
    }

    @Test func aNegationRightBeforeAPhraseIsNotAHit() {
        let set = PhraseSet(["your fault", "твоя провина", "твоя вина", "stupid", "shouldn't have sent"])
        #expect(set.matches(in: "It's not your fault.").isEmpty)
        #expect(set.matches(in: "It isn't your fault, and you're never stupid for asking.").isEmpty)
        #expect(set.matches(in: "Це не твоя провина.").isEmpty)
        #expect(set.matches(in: "Это не твоя вина.").isEmpty)
        #expect(set.matches(in: "They said it was your fault.") == ["your fault"])
        #expect(set.matches(in: "You shouldn’t have sent it") == ["shouldn't have sent"], "typographic apostrophe")
    }

    @Test func phraseSetFindsEveryPhraseOnceAcrossLineBreaks() {
        let set = PhraseSet(["сам винен", "наївн", "should have known"])
        #expect(set.matches(in: "Ти САМ\n   винен? Це наївно й наївно.") == ["сам винен", "наївн"])
        #expect(set.matches(in: "You Should\nHave Known") == ["should have known"])
        #expect(set.matches(in: "с").isEmpty)
        #expect(set.matches(in: "").isEmpty)
    }
}
