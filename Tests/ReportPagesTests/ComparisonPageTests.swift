import CohortReports
import CohortStatistics
import Foundation
import LessonPack
import TestSupport
import Testing

@testable import ReportPages

/// The comparison page of simulated cohorts: its figures are the comparison model's,
/// each chart has its table, a small cohort gets no dot and no difference, and cohort
/// names stay text.
@Suite struct ComparisonPageTests {
    static let made = Date(timeIntervalSince1970: 1_800_000_000)

    static func comparison(names: [String] = ["7A", "7B", "Tiny"], learners: [Int] = [24, 20, 3]) throws -> CohortComparison {
        let reports = try zip(names, learners).enumerated().map { index, cohort in
            try ReportPageTests.report(learners: cohort.1, cohort: cohort.0, seed: UInt64(3 + index))
        }
        return CohortComparison(reports: reports)
    }

    static func page(_ comparison: CohortComparison, language: String = "en") throws -> String {
        try #require(ComparisonPage(comparison: comparison, language: language, made: made)).html
    }

    @Test func thePageShowsTheComparisonsFigures() throws {
        let comparison = try Self.comparison()
        let page = try Self.page(comparison)
        #expect(page.contains("<h1>Cohorts compared</h1>"))
        for id in ["side-by-side", "means", "difference", "definitions"] { #expect(page.contains("<section id=\"\(id)\">")) }
        let means = try #require(ReportPageTests.pieces(of: page, from: "<figure id=\"means-chart\">", to: "</figure>").first)
        #expect(ReportPageTests.count("<circle ", in: means) == 4, "two dots for each of the two cohorts large enough")
        #expect(!means.contains("Tiny"), "a cohort of three has no dots")
        let difference = try #require(comparison.differences.first?.change)
        let interval = try #require(difference.interval)
        let chart = try #require(ReportPageTests.pieces(of: page, from: "<figure id=\"difference-chart\">", to: "</figure>").first)
        #expect(chart.contains(
            "<td class=\"n\">\(ReportNumber.signed(difference.difference))</td><td>[\(ReportNumber.signed(interval.lower)), \(ReportNumber.signed(interval.upper))]</td>"))
        #expect(comparison.differences[1].tooSmall)
        #expect(page.contains("not given: fewer than 5 learners with both tests in one of the two cohorts"))
        #expect(!page.contains("<script") && HeadlessChromium.externalReferences(in: page).isEmpty)
    }

    @Test func cohortNamesStayText() throws {
        let page = try Self.page(try Self.comparison(names: ["<b>7A</b>", "\"B\" & 'C'", "Tiny"]))
        #expect(!page.contains("<b>7A</b>"))
        #expect(page.contains("&lt;b&gt;7A&lt;/b&gt;") && page.contains("\"B\" &amp; 'C'"))
    }

    @Test(arguments: ["uk", "ru"])
    func aUkrainianOrRussianPageHasNoEnglishWordsOfItsOwn(_ language: String) throws {
        let page = try Self.page(try Self.comparison(), language: language)
        for english in ["Cohorts compared", "Side by side", "Difference", "How to read", "not given", "Welch's interval", "Mean change"] {
            #expect(!page.contains(english), "\(language): \(english)")
        }
    }

    @Test func differentPacksAreSaid() throws {
        var reports = try Self.comparison().reports
        reports[1].pack.version = "2.0.0"
        #expect(try Self.page(CohortComparison(reports: reports)).contains("The cohorts played different packs or versions"))
        #expect(CohortComparison(reports: reports).text().contains("! The cohorts played different packs or versions"))
    }
}
