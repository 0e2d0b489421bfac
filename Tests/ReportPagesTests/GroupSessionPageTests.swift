import CohortReports
import Foundation
import LessonPack
import ProgressStore
import TestSupport
import Testing

@testable import ReportPages

/// The page's group sessions: each vote as a chart with its table (unless fewer than five
/// votes were cast), each step with what the group did, in the page's language.
@Suite struct GroupSessionPageTests {
    static let pack = CohortFixture.pack
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    /// A cohort of 8 with two sessions of the first lesson: the first with 3, 4, 5, … votes
    /// per option, the second with one vote per option (too few to show).
    static func report() throws -> CohortReport {
        let store = try CohortFixture.simulated(learners: 8)
        try GroupFixture.lead("unkind-online", in: store, at: start)
        try GroupFixture.lead("unkind-online", in: store, at: start + 3600) { ids in ids.map { _ in 1 } }
        return CohortReport(cohort: "7B", pack: pack, loaded: try CohortResults.load(cohort: "7B", pack: pack, store: store))
    }

    static func page(_ report: CohortReport, language: String = "en") throws -> String {
        try #require(ReportPage(report: report, language: language, made: start)).html
    }

    @Test func votesAreChartsWithTheirCountsAndTooFewAreNotShown() throws {
        let report = try Self.report()
        let page = try Self.page(report)
        #expect(page.contains("<section id=\"group-sessions\"><h2>Group sessions</h2>"))
        #expect(page.contains("<a href=\"#group-sessions\">Group sessions</a>"))
        let shownVotes = report.groupSessions[0].steps.filter { !$0.votes.isEmpty }
        let hiddenVotes = report.groupSessions[1].steps.filter { !$0.votes.isEmpty }
        #expect(!shownVotes.isEmpty && shownVotes.allSatisfy { $0.votesCast >= 5 })
        #expect(!hiddenVotes.isEmpty && hiddenVotes.allSatisfy { $0.votesCast < 5 })
        let figures = ReportPageTests.pieces(of: page, from: "<figure id=\"votes-", to: "</figure>")
        #expect(figures.count == shownVotes.count, "one chart per vote with enough votes, none for the second session")
        for (figure, vote) in zip(figures, shownVotes) {
            #expect(figure.contains("<title id=\"votes-") && figure.contains(">Votes at \(vote.step.id)</title>"))
            for count in vote.votes {
                let share = ReportNumber.percent(Double(count.count) / Double(vote.votesCast))
                #expect(figure.contains("<td class=\"n\">\(count.count)</td><td class=\"n\">\(share)</td>"), "\(count.optionId)")
            }
        }
        for vote in hiddenVotes {
            #expect(page.contains("\(vote.votesCast) votes, fewer than 5: not shown, so that no one's vote can be told."))
        }
        #expect(page.contains("2026-05-28 20:26 UTC") && page.contains("2026-05-28 21:26 UTC"))
        #expect(page.contains("The group answered: "))
        #expect(ReportPageTests.count("<h3><span dir=\"auto\">", in: page) >= 2)
    }

    @Test func aCohortWithoutGroupSessionsSaysSo() throws {
        let store = try CohortFixture.simulated(learners: 6)
        let report = CohortReport(cohort: "7B", pack: Self.pack, loaded: try CohortResults.load(cohort: "7B", pack: Self.pack, store: store))
        let page = try Self.page(report)
        #expect(page.contains("No lesson has been led with the whole cohort yet (oberih facilitate)."))
        #expect(!page.contains("<figure id=\"votes-"))
    }

    @Test(arguments: ["uk", "ru"])
    func theSectionIsInThePagesLanguage(_ language: String) throws {
        let page = try Self.page(try Self.report(), language: language)
        for english in ["Group sessions", "Votes at", "votes cast", "The group answered", "not shown", "Started", ">held<"] {
            #expect(!page.contains(english), "\(language): \(english)")
        }
        #expect(page.contains(language == "uk" ? "Групові заняття" : "Групповые занятия"))
    }

    @Test func everyPageLanguageHasGroupWords() {
        #expect(ReportWords.languages.allSatisfy { GroupSessionWords.of($0) != nil })
    }
}
