import Foundation
import LessonPack
import ProgressStore
import TestSupport
import Testing

@testable import CohortReports

/// Mastery per objective, against the engine's own mastery stored with each attempt's
/// result (`attemptResult.objectives`), summed here over each learner's first finished attempt.
@Suite struct ObjectiveMasteryTests {
    static let pack = CohortFixture.pack

    private struct Stored: Decodable {
        var objective: String
        var earned: Double
        var maximum: Double
    }

    /// Earned and maximum per objective over each learner's first finished attempt at `test`, as stored.
    static func storedMastery(_ store: ProgressStore, test: Lesson) throws -> [String: (Double, Double, Int)] {
        var sums: [String: (Double, Double, Int)] = [:]
        for learner in try store.learners(inCohort: "7B") {
            let first = try store.attempts(ofLearner: learner.code, packId: pack.id)
                .filter { $0.lessonId == test.id && $0.isFinished }
                .sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }.first
            guard let first, let result = try store.result(ofAttempt: first.id) else { continue }
            for line in try JSONDecoder().decode([Stored].self, from: Data(result.objectives.utf8)) where line.maximum > 0 {
                let sum = sums[line.objective] ?? (0, 0, 0)
                sums[line.objective] = (sum.0 + line.earned, sum.1 + line.maximum, sum.2 + 1)
            }
        }
        return sums
    }

    @Test func masteryIsPointsEarnedOverPossibleInTheFirstFinishedAttempt() throws {
        let store = try CohortFixture.simulated(learners: 20)
        let report = CohortReport(
            cohort: "7B", pack: Self.pack, loaded: try CohortResults.load(cohort: "7B", pack: Self.pack, store: store))
        let preTest = try #require(Self.pack.lessons.first { $0.kind == .preTest })
        let postTest = try #require(Self.pack.lessons.last { $0.kind == .postTest })
        let pre = try Self.storedMastery(store, test: preTest)
        let post = try Self.storedMastery(store, test: postTest)
        #expect(!pre.isEmpty && !post.isEmpty)
        #expect(Set(report.objectives.map(\.objectiveId)) == Set(pre.keys).union(post.keys))
        #expect(report.objectives.map(\.objectiveId) == Self.pack.objectives.map(\.id).filter { pre[$0] != nil || post[$0] != nil })
        for line in report.objectives {
            for (mastery, stored, test) in [(line.pre, pre[line.objectiveId], preTest), (line.post, post[line.objectiveId], postTest)] {
                let expected = try #require(stored, "\(line.objectiveId)")
                let found = try #require(mastery, "\(line.objectiveId)")
                #expect(found.testId == test.id)
                #expect(abs(found.pointsEarned - expected.0) < 1e-9 && abs(found.pointsMaximum - expected.1) < 1e-9)
                #expect(found.learners == expected.2)
            }
        }
        #expect(report.objectives.contains { ($0.post?.share ?? 0) > ($0.pre?.share ?? 1) }, "the simulated learners learn")
    }

    @Test func textAndJSONHaveTheObjectivesSection() throws {
        let store = try CohortFixture.simulated(learners: 8)
        let report = CohortReport(
            cohort: "7B", pack: Self.pack, loaded: try CohortResults.load(cohort: "7B", pack: Self.pack, store: store))
        let line = try #require(report.objectives.first)
        let text = report.text()
        #expect(text.contains("Mastery per objective (points earned of points possible, first finished attempt)"))
        let post = try #require(line.post)
        #expect(text.contains(line.objectiveId) && text.contains(ReportNumber.percent(post.share)))
        let json = report.json
        #expect(json.objectives.count == report.objectives.count)
        #expect(json.objectives.first?.post?.mastery == line.post?.share)
        #expect(json.objectives.first?.pre?.test == Self.pack.lessons.first { $0.kind == .preTest }?.id)
    }

    @Test func activitySpansTheAttempts() throws {
        let store = try CohortFixture.simulated(learners: 6)
        let report = CohortReport(
            cohort: "7B", pack: Self.pack, loaded: try CohortResults.load(cohort: "7B", pack: Self.pack, store: store))
        let attempts = try store.learners(inCohort: "7B").flatMap { try store.attempts(ofLearner: $0.code) }
        #expect(report.firstActivity == attempts.map(\.startedAt).min())
        #expect(report.lastActivity == attempts.map { $0.finishedAt ?? $0.startedAt }.max())
        #expect(report.firstActivity! < report.lastActivity!)
    }

    @Test func theGainKeepsEachLearnersPair() throws {
        let store = try CohortFixture.simulated(learners: 10)
        let report = CohortReport(
            cohort: "7B", pack: Self.pack, loaded: try CohortResults.load(cohort: "7B", pack: Self.pack, store: store))
        let gain = try #require(report.gain)
        #expect(gain.preScores.count == gain.count && gain.postScores.count == gain.count)
        #expect(abs(gain.preScores.reduce(0, +) / Double(gain.count) - gain.pre.mean) < 1e-9)
        #expect(abs(gain.postScores.reduce(0, +) / Double(gain.count) - gain.post.mean) < 1e-9)
    }
}
