import Foundation
import LessonPack
import ProgressStore
import TestSupport
import Testing

@testable import CohortReports

/// Group sessions in the report: what the group did, read back from the stored log.
@Suite struct GroupSessionReportTests {
    static let pack = CohortFixture.pack
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    static func report(_ store: ProgressStore) throws -> CohortReport {
        CohortReport(cohort: "7B", pack: pack, loaded: try CohortResults.load(cohort: "7B", pack: pack, store: store))
    }

    @Test func aLedLessonShowsItsVotesAnswersAndDiscussions() throws {
        let store = try CohortFixture.simulated(learners: 6)
        let session = try GroupFixture.lead("unkind-online", in: store, at: Self.start)
        let report = try Self.report(store)
        let led = try #require(report.groupSessions.first)
        #expect(report.groupSessions.count == 1)
        #expect(led.lesson.id == "unkind-online" && led.startedAt == Self.start && led.finishedAt != nil)
        #expect(led.steps.map(\.step.id) == session.lesson.steps.map(\.id), "every step, in the lesson's order")
        let vote = try #require(led.steps.first { $0.step.id == "l1-vote-first-step" })
        guard case .vote(let asked) = vote.step.content else { Issue.record("not a vote"); return }
        #expect(vote.votes.map(\.optionId) == asked.options.map(\.id))
        #expect(vote.votes.map(\.count) == asked.options.indices.map { $0 + 3 }, "the tally as entered")
        let question = try #require(led.steps.first { if case .question = $0.step.content { true } else { false } })
        #expect(question.answer != nil && [.correct, .partlyCorrect, .wrong].contains(question.verdict))
        let discussion = try #require(led.steps.first { $0.step.id == "l1-kind-chat" })
        #expect(discussion.status == .done && discussion.votes.isEmpty && discussion.answer == nil)
    }

    @Test func theTextAndJSONShowTheSessionAndHideATallyOfFewerThanFiveVotes() throws {
        let store = try CohortFixture.simulated(learners: 6)
        try GroupFixture.lead("unkind-online", in: store, at: Self.start)
        try GroupFixture.lead("unkind-online", in: store, at: Self.start + 7200) { ids in ids.map { _ in 1 } }
        try GroupFixture.lead("getting-help", in: store, at: Self.start + 14400)
        let report = try Self.report(store)
        let text = report.text()
        #expect(text.contains("Group sessions"))
        #expect(text.contains("unkind-online · ") && text.contains("getting-help · "))
        #expect(text.contains("started 2026-05-28 20:26 UTC"), "\(text)")
        let vote = try #require(report.groupSessions[0].steps.first { !$0.votes.isEmpty })
        let first = try #require(vote.votes.first)
        #expect(text.contains("(\(vote.votesCast) votes)"))
        #expect(text.contains("\(first.count) (\(ReportNumber.percent(Double(first.count) / Double(vote.votesCast))))"))
        #expect(text.contains("the group answered: "))
        #expect(!text.contains("\\u{A}"), "a label's line breaks in the file are not shown as escapes")
        let small = report.groupSessions[1].steps.filter { !$0.votes.isEmpty && $0.votesCast < 5 }
        #expect(!small.isEmpty, "the second session's votes are too few")
        for line in small { #expect(text.contains("\(line.step.id): ") && text.contains("\(line.votesCast) votes, fewer than 5: not shown")) }
        let json = report.json
        #expect(json.groupSessions.map(\.lesson) == ["unkind-online", "unkind-online", "getting-help"])
        let votes = try #require(json.groupSessions[0].steps.first { $0.step == vote.step.id }?.votes)
        #expect(votes.map(\.count) == vote.votes.map(\.count))
        #expect(json.groupSessions[1].steps.contains { ($0.votes?.reduce(0) { $0 + $1.count } ?? 5) < 5 }, "JSON keeps every tally")
    }

    @Test func aCohortWithoutGroupSessionsSaysSo() throws {
        let report = try Self.report(try CohortFixture.simulated(learners: 5))
        #expect(report.groupSessions.isEmpty)
        #expect(report.text().contains("Group sessions (led with the whole cohort: `oberih facilitate`)\n  none yet"))
        #expect(report.json.groupSessions.isEmpty)
    }
}
