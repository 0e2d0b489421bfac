import LessonPack
import TestSupport
import Testing

@testable import ReportPages

/// The code cards page, in memory: what each card says, in which language, and that a
/// hostile name stays text.
@Suite struct CodeCardsTests {
    static let pack = CohortFixture.pack

    static func card(_ code: String, language: String = "en", country: String? = nil) -> CodeCards.Card {
        CodeCards.Card(
            code: code, language: language, packTitle: pack.title.text(in: language, fallback: pack.defaultLanguage),
            packId: pack.id,
            help: CodeCards.HelpLine.choose(
                from: pack.contacts, country: country, language: language, fallbackLanguage: pack.defaultLanguage))
    }

    @Test func aLearnerInUkraineGetsTheUkrainianLinesInTheirLanguage() {
        let lines = CodeCards.HelpLine.choose(from: Self.pack.contacts, country: "ua", language: "uk", fallbackLanguage: "en")
        #expect(lines.map(\.reach) == [["116 111"], ["102"]])
        #expect(lines[0].name.hasPrefix("Лінія підтримки дітей та молоді"))
        #expect(lines.allSatisfy { !$0.isUnverified })
    }

    @Test func aLearnerWithNoCountryGetsTheInternationalLinesOnly() {
        let lines = CodeCards.HelpLine.choose(from: Self.pack.contacts, country: nil, language: "en", fallbackLanguage: "en")
        let international = Self.pack.contacts.filter(\.isInternational)
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { line in international.contains { $0.phones + $0.urls == line.reach } })
        #expect(lines.first?.reach == ["116 111"])
    }

    @Test func aCheckedContactComesBeforeAnUnverifiedOneAndAnUnverifiedOneSaysSo() {
        // Kazakhstan: 111 (published) and 150 (unverified) are both helplines.
        let kazakhstan = CodeCards.HelpLine.choose(from: Self.pack.contacts, country: "KZ", language: "ru", fallbackLanguage: "en")
        #expect(kazakhstan.first?.reach == ["111"])
        // Belarus has only an unverified helpline: it is shown, marked.
        let belarus = Self.card("K7M-4QX", language: "en", country: "BY")
        #expect(belarus.help.first?.isUnverified == true)
        let page = CodeCards.page(cards: [belarus], cohort: "7B")
        #expect(page.contains(CodeCards.Words.word(.notVerified, in: "en")))
    }

    @Test func aCountryWithoutContactsFallsBackToTheInternationalOnesAndNoneAreInvented() {
        let lines = CodeCards.HelpLine.choose(from: Self.pack.contacts, country: "GB", language: "en", fallbackLanguage: "en")
        #expect(lines.first?.reach == ["116 111"])
        #expect(CodeCards.HelpLine.choose(from: [], country: "UA", language: "en", fallbackLanguage: "en").isEmpty)
        let page = CodeCards.page(
            cards: [CodeCards.Card(code: "K7M-4QX", language: "en", packTitle: nil, packId: nil, help: [])], cohort: "7B")
        #expect(!page.contains(CodeCards.Words.word(.needHelp, in: "en")))
        #expect(page.contains(CodeCards.Words.word(.trustedAdult, in: "en")))
        #expect(!page.contains("class=\"pack\""), "no pack, no pack line")
        #expect(page.contains("oberih play --code K7M-4QX") == false, "the command's words are spans")
        #expect(page.contains(">play</span> <span class=\"word\">--code</span> <span class=\"word\">K7M-4QX<"))
    }

    @Test func aNumberTheNameAlreadyGivesIsNotRepeated() {
        let line = CodeCards.HelpLine(name: "116\u{A0}111: children's helplines in Europe", reach: ["116 111"], isUnverified: false)
        #expect(line.shownReach.isEmpty)
        #expect(CodeCards.HelpLine(name: "Police", reach: ["102"], isUnverified: false).shownReach == ["102"])
    }

    @Test func cardsAreInTheLearnersLanguageTenToASheet() {
        let cards = (0..<25).map { Self.card("K7M-4Q\(["A", "B", "C", "D", "E"][$0 % 5])", language: $0 < 20 ? "uk" : "ru") }
        let page = CodeCards.page(cards: cards, cohort: "7Б")
        #expect(page.components(separatedBy: "<section class=\"sheet\">").count - 1 == 3)
        #expect(page.components(separatedBy: "<article class=\"card\"").count - 1 == 25)
        #expect(page.contains("<html lang=\"uk\">"))
        #expect(page.components(separatedBy: "lang=\"ru\"").count - 1 == 5)
        #expect(page.contains(Self.pack.title.text(in: "ru", fallback: "en")))
        #expect(page.contains(CodeCards.Words.word(.yourCode, in: "uk")))
        #expect(page.contains("<title>Коди учнів · 7Б</title>"))
        #expect(page.contains("@page { size: A4; margin: 10mm }") && page.contains("break-inside: avoid"))
    }

    @Test func aLanguageWithoutWordsIsWrittenInEnglishAndMarkedSo() {
        let card = CodeCards.Card(code: "K7M-4QX", language: "de", packTitle: "T", packId: "p", help: [])
        #expect(card.shownLanguage == "en")
        #expect(CodeCards.page(cards: [card], cohort: "7B").contains("<article class=\"card\" lang=\"en\">"))
    }

    @Test func everyLanguageHasEveryWord() {
        for key in CodeCards.Words.Key.allCases {
            let (en, uk, ru) = CodeCards.Words.words(key)
            #expect(!en.isEmpty && !uk.isEmpty && !ru.isEmpty && uk != en && ru != en, "\(key)")
        }
    }

    @Test func hostileNamesStayText() {
        let hostile = "<script>alert(1)</script> \"quoted\" 'single' שלום"
        let card = CodeCards.Card(
            code: "K7M-4QX", language: "en", packTitle: hostile, packId: "p",
            help: [CodeCards.HelpLine(name: hostile, reach: ["<b>1</b>"], isUnverified: false)])
        let page = CodeCards.page(cards: [card], cohort: hostile)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; \"quoted\" 'single' שלום"))
        #expect(page.contains("<title>Learner codes · &lt;script&gt;"))
    }
}
