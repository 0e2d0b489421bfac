import CohortReports
import CohortStatistics
import Foundation
import ProgressStore
import TestSupport
import Testing

@testable import LessonPack
@testable import ReportPages

/// The report page of simulated cohorts in memory: its figures are the report model's,
/// every chart is labelled and has its table, nothing loads, and a pack's or a cohort's
/// words never become markup.
@Suite struct ReportPageTests {
    static let pack = CohortFixture.pack
    static let made = Date(timeIntervalSince1970: 1_800_000_000)

    static func report(learners: Int, pack: Pack = pack, cohort: String = "7B", seed: UInt64 = 3) throws -> CohortReport {
        let store = try CohortFixture.simulated(learners: learners, seed: seed)
        var report = CohortReport(
            cohort: "7B", pack: pack, loaded: try CohortResults.load(cohort: "7B", pack: Self.pack, store: store))
        report.cohort = cohort
        return report
    }

    static func page(_ report: CohortReport, language: String = "en") throws -> String {
        try #require(ReportPage(report: report, language: language, made: made)).html
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The text between `start` and the next `end` after it, for each occurrence.
    static func pieces(of text: String, from start: String, to end: String) -> [String] {
        text.components(separatedBy: start).dropFirst().map { $0.components(separatedBy: end)[0] }
    }

    @Test func thePageShowsTheModelsFigures() throws {
        let report = try Self.report(learners: 30)
        let page = try Self.page(report)
        let gain = try #require(report.gain)
        for figure in [
            ReportNumber.percent(gain.pre.mean / 100), ReportNumber.percent(gain.post.mean / 100),
            ReportNumber.decimal(try #require(gain.cohortGain)), ReportNumber.decimal(try #require(gain.meanLearnerGain)),
            ReportNumber.decimal(try #require(gain.difference.effectSize)),
        ] {
            #expect(page.contains("<dd>\(figure)</dd>"), "\(figure)")
        }
        let interval = try #require(gain.difference.effectSizeInterval)
        #expect(page.contains("[\(ReportNumber.decimal(interval.lower)), \(ReportNumber.decimal(interval.upper))]"))
        #expect(page.contains("<dd>\(report.learnersEnrolled)</dd>") && page.contains("<dd>\(report.learnersStarted)</dd>"))
        for line in report.lessons {
            if let passRate = line.passRate { #expect(page.contains("<td class=\"n\">\(ReportNumber.percent(passRate))</td>")) }
        }
        #expect(!report.objectives.isEmpty)
        for line in report.objectives {
            let post = try #require(line.post)
            #expect(page.contains(">\(ReportNumber.percent(post.share))</text>"), "\(line.objectiveId)")
        }
        let items = try #require(report.items)
        let partners = Dictionary(report.analysedItems.map { ($0.statistics.index, $0.preTestPartner) }, uniquingKeysWith: { a, _ in a })
        for item in items.items {
            let pre = try #require(partners[item.index]??.facility, "every post-test item has an analysed partner")
            #expect(page.contains("<td class=\"n\">\(ReportNumber.percent(pre)) → \(ReportNumber.percent(item.facility))</td>"))
            if let discrimination = item.discriminationIndex {
                #expect(page.contains("<td class=\"n\">\(ReportNumber.decimal(discrimination))</td>"))
            }
        }
        for line in report.attitudes {
            if let paired = line.change.paired {
                #expect(page.contains("<td class=\"n\">\(ReportNumber.signed(paired.meanDifference))</td>"))
            }
        }
        #expect(page.contains("first pre-test") && page.contains("last post-test"))
        #expect(page.contains("Passed (any attempt), of those who finished"))
        #expect(page.contains("Mean score (first finished attempt)"))
        #expect(page.contains(">2026-") || page.contains(">20"), "the dates of the cohort's activity")
    }

    @Test func everySectionAndEveryChartIsThereWithItsTitleDescriptionAndTable() throws {
        let report = try Self.report(learners: 24)
        let page = try Self.page(report)
        for id in ["participation", "gain", "objectives", "attitudes", "items", "definitions"] {
            #expect(page.contains("<section id=\"\(id)\">") && page.contains("<a href=\"#\(id)\">"), "\(id)")
        }
        let order = ["participation", "gain", "objectives", "attitudes", "items", "definitions"].map {
            page.range(of: "<section id=\"\($0)\">")!.lowerBound
        }
        #expect(order == order.sorted())
        let charts = 3 + report.optionItems.count
        #expect(Self.count("<svg ", in: page) == charts)
        #expect(Self.count("<figure ", in: page) == charts)
        for figure in Self.pieces(of: page, from: "<figure ", to: "</figure>") {
            let id = try #require(figure.split(separator: "\"").dropFirst().first).description
            #expect(figure.contains("<svg role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 "))
            #expect(figure.contains("width=\"100%\""))
            #expect(figure.contains("<title id=\"\(id)-title\">") && figure.contains("<desc id=\"\(id)-desc\">"))
            #expect(figure.contains("<details><summary>") && figure.contains("<table>"), "\(id)")
            #expect(figure.contains("<p class=\"how\">"), "\(id)")
        }
        #expect(page.contains("<dt>Effect size d_z</dt>") && page.contains("<dt>Normalised gain (Hake)</dt>"))
    }

    @Test func nothingLoadsAndNothingRuns() throws {
        let page = try Self.page(try Self.report(learners: 12))
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("src="))
        #expect(!page.contains("url("))
        #expect(!page.contains("@import"))
        let links = Self.pieces(of: page, from: "href=\"", to: "\"")
        #expect(!links.isEmpty && links.allSatisfy { $0.hasPrefix("#") })
        #expect(page.contains("default-src &#39;none&#39;"))
    }

    @Test func packAndCohortTextIsEscaped() throws {
        let hostile = "<script>alert(1)</script> \"quoted\" 'single' & שלום"
        let long = String(repeating: "ж", count: 300)
        var pack = Self.pack
        pack.title = LocalizedText(
            translations: [.init(language: "en", text: hostile + " " + long, position: pack.title.position)],
            position: pack.title.position)
        pack.objectives[0].text = pack.title
        let test = try #require(pack.lessons.lastIndex { $0.kind == .postTest })
        let step = try #require(pack.lessons[test].steps.firstIndex { if case .question = $0.content { true } else { false } })
        if case .question(var question) = pack.lessons[test].steps[step].content {
            question.prompt = pack.title
            pack.lessons[test].steps[step].content = .question(question)
        }
        let page = try Self.page(try Self.report(learners: 12, pack: pack, cohort: hostile))
        #expect(!page.contains("<script>"))
        #expect(!page.contains("\"quoted\"\""))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; \"quoted\" 'single' &amp; שלום"))
        #expect(page.contains("<bdi dir=\"auto\">&lt;script&gt;"), "the cohort's name in its own direction")
        #expect(page.contains("<span dir=\"auto\">&lt;script&gt;"), "the pack's title")
        #expect(page.contains("<div dir=\"auto\">&lt;script&gt;"), "the question")
        #expect(page.contains(long), "the long word is kept; the style sheet breaks it anywhere")
        #expect(page.contains("<title>Cohort report: &lt;script&gt;"))
        #expect(page.contains("overflow-wrap:anywhere") && page.contains("overflow-x:auto"))
    }

    @Test func aGroupOfThreeGetsTheWarningAndNoChartOfSingleLearners() throws {
        // The first seed whose three learners all reach the post-test, so that there is
        // something to leave out.
        var found: CohortReport?
        for seed in 1...40 as ClosedRange<UInt64> where found == nil {
            let report = try Self.report(learners: 3, seed: seed)
            if report.gain?.count == 3 && report.items != nil { found = report }
        }
        let report = try #require(found)
        #expect(report.isTooSmall && !report.optionItems.isEmpty)
        let page = try Self.page(report)
        #expect(page.contains("<p class=\"warning\" role=\"note\">Fewer than 5 learners started"))
        #expect(!page.contains("gain-chart"))
        #expect(!page.contains("id=\"options-"))
        #expect(page.contains("Fewer than 5 learners have both tests"))
        #expect(page.contains("Fewer than 5 learners took the test: no answer counts are shown."))
        #expect(!page.contains("Chosen in the top third"))
    }

    @Test(arguments: ["uk", "ru"])
    func aUkrainianOrRussianPageHasNoEnglishWordsOfItsOwn(_ language: String) throws {
        let report = try Self.report(learners: 12)
        let page = try Self.page(report, language: language)
        #expect(page.contains("<html lang=\"\(language)\">"))
        for english in [
            "Learners", "learners", "How to read", "Mastery", "Passed (any attempt)", "Definitions", "pre-test</td>",
            "post-test</td>", "The figures of this chart", "Cohort report", "undefined", "first finished attempt",
            "Facility", "Discrimination", "Attitude", ">key", "too easy", ">true<", ">false<",
        ] {
            #expect(!page.contains(english), "\(language): \(english)")
        }
        let title = Self.pack.title.text(in: language, fallback: Self.pack.defaultLanguage)
        #expect(page.contains(title), "the pack's own title in \(language)")
        #expect(page.contains(language == "uk" ? "Як це читати" : "Как это читать"))
    }

    @Test func everyLanguageHasEveryWord() throws {
        let words = try ReportWords.languages.map { try #require(ReportWords.of($0)) }
        for language in words {
            #expect(Set(language.kinds.keys) == Set(Lesson.Kind.allCases.map(\.rawValue)))
            #expect(Set(language.itemFlags.keys) == Set(ItemFlag.allCases.map(\.rawValue)))
            #expect(Set(language.optionFlags.keys) == Set(OptionFlag.allCases.map(\.rawValue)))
            #expect(language.terms.count == words[0].terms.count)
        }
        let report = try Self.report(learners: 1)
        #expect(ReportWords.of("de") == nil && ReportPage(report: report, language: "de") == nil)
    }

    @Test func theWorstItemsComeFirst() throws {
        let report = try Self.report(learners: 30)
        let ordered = ReportPage.worstFirst(try #require(report.items).items)
        let flagged = ordered.prefix { !$0.flags.isEmpty }
        let unflagged = ordered.dropFirst(flagged.count)
        #expect(unflagged.allSatisfy { $0.flags.isEmpty })
        let rest = ordered.dropFirst(flagged.count).compactMap(\.discriminationIndex)
        #expect(rest == rest.sorted())
    }
}
