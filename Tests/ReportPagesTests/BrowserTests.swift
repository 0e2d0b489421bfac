import Foundation
import LessonPack
import TestSupport
import Testing

@testable import ReportPages

/// The pages as a browser shows and prints them: Chromium, headless (`HeadlessChromium`).
/// Skipped where Chromium is not installed, unless `$CI` is set: there they fail, saying
/// what to install. Every file is written to a temporary folder.
@Suite(
    .enabled(
        if: HeadlessChromium.shouldRun,
        "Chromium not found (set CHROMIUM, or install chromium and poppler-utils); the browser checks are skipped"))
struct BrowserTests {
    /// 25 cards of the shipped pack: Ukrainian learners in Ukraine, Russian ones in
    /// Kazakhstan, English ones with no country.
    static func cards(count: Int = 25) -> [CodeCards.Card] {
        let pack = CohortFixture.pack
        let letters = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        return (0..<count).map { index in
            let (language, country): (String, String?) = [("uk", "UA"), ("ru", "KZ"), ("en", nil)][index % 3]
            let code = "K7M-" + String([letters[index % letters.count], letters[(index / 7) % letters.count], "Q"])
            return CodeCards.Card(
                code: code, language: language, packTitle: pack.title.text(in: language, fallback: pack.defaultLanguage),
                packId: pack.id,
                help: CodeCards.HelpLine.choose(
                    from: pack.contacts, country: country, language: language, fallbackLanguage: pack.defaultLanguage))
        }
    }

    static let hostile = "<script>alert(1)</script> \"quoted\" 'single' שלום " + String(repeating: "W", count: 300)

    /// `page` written to `page.html` in a temporary folder, then `body(chromium, file, folder)`.
    static func withPage<T>(_ page: String, _ body: (HeadlessChromium, URL, URL) throws -> T) throws -> T {
        let chromium = try HeadlessChromium.required()
        return try TemporaryFolder.with(prefix: "oberih-browser") { folder in
            let file = folder.appendingPathComponent("page.html")
            try page.write(to: file, atomically: true, encoding: .utf8)
            return try body(chromium, file, folder)
        }
    }

    @Test func theCardsPageLoadsNothingFromOutsideTheFile() throws {
        let page = CodeCards.page(cards: Self.cards(), cohort: "7B")
        #expect(HeadlessChromium.externalReferences(in: page).isEmpty)
        try Self.withPage(page) { chromium, file, _ in
            let run = try chromium.requests(loading: file)
            #expect(run.status == 0, "\(run.standardError.suffix(1000))")
            #expect(run.pageRequests.isEmpty, "requests left the file: \(run.pageRequests)")
            #expect(run.standardOutput.contains("K7M-"), "the page was loaded")
            #expect(!run.standardError.contains("net::ERR_"), "\(run.standardError.suffix(1000))")
        }
    }

    @Test(arguments: [360, 1280])
    func nothingOverflowsTheWindow(_ width: Int) throws {
        try Self.withPage(CodeCards.page(cards: Self.cards(), cohort: "7B")) { chromium, file, _ in
            let layout = try chromium.layout(of: file, width: width)
            #expect(layout.innerWidth == width)
            #expect(layout.scrollWidth <= layout.innerWidth && layout.overflowing.isEmpty, "\(layout)")
        }
    }

    @Test(.enabled(if: PDFText.shouldRun, "pdftotext and pdfinfo not found (poppler-utils)"))
    func printedTenCardsToAnA4SheetWithEveryCodeAndHelpLine() throws {
        let cards = Self.cards()
        try Self.withPage(CodeCards.page(cards: cards, cohort: "7B")) { chromium, file, folder in
            let pdf = folder.appendingPathComponent("cards.pdf")
            try chromium.printToPDF(file, to: pdf)
            #expect(try PDFText.pageCount(of: pdf) == 3)
            let text = try PDFText.text(of: pdf)
            let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: true)
                .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            #expect(pages.count == 3)
            for (index, card) in cards.enumerated() {
                #expect(pages[index / CodeCards.cardsPerSheet].contains(card.code), "\(card.code) on its sheet")
            }
            // Every card's help line is printed: Ukraine's, Kazakhstan's and the international one.
            let flattened = text.replacingOccurrences(of: "\u{A0}", with: " ")
            #expect(flattened.components(separatedBy: "116 111").count - 1 >= 17)
            #expect(flattened.contains("Единый контакт-центр"))
            #expect(flattened.contains(CodeCards.Words.word(.trustedAdult, in: "en")))
            #expect(flattened.contains("Лінія підтримки дітей"))
        }
    }

    @Test func aHostileCohortAndPackTitleStayTextAndWrap() throws {
        let cards = Self.cards(count: 4).map { card in
            var card = card
            card.packTitle = Self.hostile
            return card
        }
        let page = CodeCards.page(cards: cards, cohort: String(Self.hostile.prefix(100)))
        #expect(HeadlessChromium.externalReferences(in: page).isEmpty)
        try Self.withPage(page) { chromium, file, _ in
            // Without the page's policy: the markup alone must keep the script a text.
            let run = try chromium.requests(loading: file)
            let dom = run.standardOutput
            #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!dom.contains("<script"), "no element made from the name")
            #expect(dom.contains("שלום"))
            #expect(run.pageRequests.isEmpty, "\(run.pageRequests)")
            let layout = try chromium.layout(of: file, width: 360)
            #expect(layout.scrollWidth <= layout.innerWidth && layout.overflowing.isEmpty, "\(layout)")
        }
    }

    @Test func aScreenshotHasTheWidthAsked() throws {
        try Self.withPage(CodeCards.page(cards: Self.cards(count: 3), cohort: "7B")) { chromium, file, folder in
            let png = folder.appendingPathComponent("cards.png")
            try chromium.screenshot(of: file, width: 360, height: 640, to: png)
            let bytes = [UInt8](try Data(contentsOf: png))
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            // IHDR: the width, big-endian, at bytes 16 to 19.
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == 360)
        }
    }

    /// The check itself: a page that fetches something is caught, by the proxy and statically.
    @Test func aRequestLeavingThePageReachesTheProxy() throws {
        let page = "<!DOCTYPE html><html><body><p>probe</p><img src=\"http://oberih-probe.invalid/a.png\"></body></html>"
        #expect(HeadlessChromium.externalReferences(in: page).count == 1)
        try Self.withPage(page) { chromium, file, _ in
            let run = try chromium.requests(loading: file)
            #expect(run.pageRequests.contains { $0.contains("oberih-probe.invalid") }, "\(run.proxyRequests)")
        }
    }

    /// The check itself: a line too wide for the window is found.
    @Test func aLineWiderThanTheWindowIsFound() throws {
        let wide = "<!DOCTYPE html><html><body><p style=\"white-space:nowrap\">" + String(repeating: "W", count: 300) + "</p></body></html>"
        try Self.withPage(wide) { chromium, file, _ in
            let layout = try chromium.layout(of: file, width: 360)
            #expect(layout.scrollWidth > 360 && layout.overflowing == ["text in p"], "\(layout)")
        }
    }

    @Test func referencesOutsideThePageAreFound() {
        #expect(HeadlessChromium.externalReferences(in: "<a href=\"#top\">x</a><img src=\"data:image/png;base64,AA\">").isEmpty)
        #expect(HeadlessChromium.externalReferences(in: "<img src=\"https://x.org/a.png\">").count == 1)
        #expect(HeadlessChromium.externalReferences(in: "<p style=\"background:url(a.png)\">").count == 1)
        #expect(HeadlessChromium.externalReferences(in: "<link href=x.css>").count == 1)
    }
}
