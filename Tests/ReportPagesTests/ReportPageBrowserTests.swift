import CohortReports
import Foundation
import LessonPack
import TestSupport
import Testing

@testable import ReportPages

/// The report page of a simulated cohort as Chromium shows and prints it (the helpers of
/// `BrowserTests`). Skipped where Chromium is not installed, unless `$CI` is set.
@Suite(
    .enabled(
        if: HeadlessChromium.shouldRun,
        "Chromium not found (set CHROMIUM, or install chromium and poppler-utils); the browser checks are skipped"))
struct ReportPageBrowserTests {
    /// 25 learners: every section has its chart, and the answer options theirs.
    static func page(cohort: String = "7B") throws -> (page: String, report: CohortReport) {
        let report = try ReportPageTests.report(learners: 25, cohort: cohort)
        return (try ReportPageTests.page(report), report)
    }

    /// `text` with every run of white space (a line break in the PDF) as one space.
    static func flattened(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theReportPageLoadsNothingFromOutsideTheFile() throws {
        let (page, _) = try Self.page()
        #expect(HeadlessChromium.externalReferences(in: page).isEmpty)
        try BrowserTests.withPage(page) { chromium, file, _ in
            let run = try chromium.requests(loading: file)
            #expect(run.status == 0, "\(run.standardError.suffix(1000))")
            #expect(run.pageRequests.isEmpty, "requests left the file: \(run.pageRequests)")
            #expect(run.standardOutput.contains("<section id=\"items\">"), "the page was loaded")
        }
    }

    @Test(arguments: [360, 1280])
    func nothingOnTheReportPageOverflowsTheWindow(_ width: Int) throws {
        try BrowserTests.withPage(try Self.page().page) { chromium, file, _ in
            let layout = try chromium.layout(of: file, width: width)
            #expect(layout.innerWidth == width)
            #expect(layout.scrollWidth <= layout.innerWidth && layout.overflowing.isEmpty, "\(layout)")
        }
    }

    @Test(.enabled(if: PDFText.shouldRun, "pdftotext and pdfinfo not found (poppler-utils)"))
    func theReportPrintsOnSeveralA4PagesWithItsTitlesAndQuestions() throws {
        let (page, report) = try Self.page(cohort: "Class 7B, spring")
        let words = try #require(ReportWords.of("en"))
        let test = try #require(report.itemTest)
        let item = try #require(report.optionItems.first, "a choice item, whose question is printed above its chart")
        let question = try #require(CohortReport.prompt(ofStep: item.stepId, in: test)).text(in: "en", fallback: "en")
        try BrowserTests.withPage(page) { chromium, file, folder in
            let pdf = folder.appendingPathComponent("report.pdf")
            try chromium.printToPDF(file, to: pdf)
            #expect(try PDFText.pageCount(of: pdf) > 1)
            let text = Self.flattened(try PDFText.text(of: pdf))
            #expect(text.contains("Class 7B, spring"))
            for title in [words.participation, words.gain, words.objectives, words.attitudes, words.items, words.definitions] {
                #expect(text.contains(title), "\(title)")
            }
            #expect(text.contains(Self.flattened(question)), "\(question)")
        }
    }

    @Test func aHostileCohortNameStaysTextAndDoesNotOverflow() throws {
        let (page, _) = try Self.page(cohort: BrowserTests.hostile)
        #expect(HeadlessChromium.externalReferences(in: page).isEmpty)
        try BrowserTests.withPage(page) { chromium, file, _ in
            let run = try chromium.requests(loading: file)
            let dom = run.standardOutput
            #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt; \"quoted\" 'single' שלום"))
            #expect(!dom.contains("<script"), "no element made from the name")
            #expect(dom.contains(String(repeating: "W", count: 300)))
            #expect(run.pageRequests.isEmpty, "\(run.pageRequests)")
            let layout = try chromium.layout(of: file, width: 360)
            #expect(layout.scrollWidth <= layout.innerWidth && layout.overflowing.isEmpty, "\(layout)")
        }
    }

    /// The check itself: a table that scrolls inside its own box is not an overflow, but a
    /// scroll box wider than the window is.
    @Test func aTableScrollingInItsOwnBoxIsNotAnOverflowButAWideBoxIs() throws {
        let table = "<table style=\"width:900px\"><tr><td>wide</td></tr></table>"
        let scrolling = "<!DOCTYPE html><html><body><div style=\"overflow-x:auto;max-width:100%\">\(table)</div></body></html>"
        try BrowserTests.withPage(scrolling) { chromium, file, _ in
            let layout = try chromium.layout(of: file, width: 360)
            #expect(layout.overflowing.isEmpty && layout.scrollWidth <= 360, "\(layout)")
        }
        let wide = "<!DOCTYPE html><html><body><div style=\"overflow-x:auto;width:900px\">\(table)</div></body></html>"
        try BrowserTests.withPage(wide) { chromium, file, _ in
            let layout = try chromium.layout(of: file, width: 360)
            #expect(layout.overflowing.first == "div" && layout.scrollWidth > 360, "\(layout)")
        }
    }
}

/// The comparison page as Chromium shows it.
@Suite(
    .enabled(
        if: HeadlessChromium.shouldRun,
        "Chromium not found (set CHROMIUM, or install chromium and poppler-utils); the browser checks are skipped"))
struct ComparisonPageBrowserTests {
    @Test(arguments: [360, 1280])
    func theComparisonLoadsNothingAndDoesNotOverflow(_ width: Int) throws {
        let comparison = try ComparisonPageTests.comparison(names: ["7A", BrowserTests.hostile, "Tiny"])
        let page = try ComparisonPageTests.page(comparison)
        try BrowserTests.withPage(page) { chromium, file, _ in
            let run = try chromium.requests(loading: file)
            #expect(run.status == 0 && run.pageRequests.isEmpty, "\(run.pageRequests)")
            #expect(run.standardOutput.contains("<figure id=\"difference-chart\">"), "the page was loaded")
            let layout = try chromium.layout(of: file, width: width)
            #expect(layout.scrollWidth <= layout.innerWidth && layout.overflowing.isEmpty, "\(layout)")
        }
    }
}
