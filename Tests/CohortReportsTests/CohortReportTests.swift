import CohortStatistics
import Foundation
import LessonEngine
import LessonPack
import ProgressStore
import Sessions
import TestSupport
import Testing

@testable import CohortReports

/// The report on simulated cohorts in memory, checked against figures computed here from
/// the store's own records.
@Suite struct CohortReportTests {
    static let pack = CohortFixture.pack

    static func report(_ store: ProgressStore, cohort: String = "7B") throws -> (CohortReport, CohortResults.Loaded) {
        let loaded = try CohortResults.load(cohort: cohort, pack: pack, store: store)
        return (CohortReport(cohort: cohort, pack: pack, loaded: loaded), loaded)
    }

    /// Each learner's finished attempts at `kind`'s lessons, oldest first, as stored.
    static func finishedScores(_ store: ProgressStore, kind: Lesson.Kind) throws -> [[Double]] {
        let ids = Set(pack.lessons.filter { $0.kind == kind }.map(\.id))
        return try store.learners(inCohort: "7B").map { learner in
            try store.attempts(ofLearner: learner.code, packId: pack.id)
                .filter { ids.contains($0.lessonId) && $0.isFinished }
                .compactMap { try store.result(ofAttempt: $0.id)?.scaled }
        }
    }

    @Test func theGainPairsEachLearnersFirstPreTestWithTheLastPostTest() throws {
        let store = try CohortFixture.simulated(learners: 24)
        let (report, _) = try Self.report(store)
        let pre = try Self.finishedScores(store, kind: .preTest)
        let post = try Self.finishedScores(store, kind: .postTest)
        let pairs = zip(pre, post).compactMap { before, after in
            before.first.flatMap { first in after.last.map { (first * 100, $0 * 100) } }
        }
        let gain = try #require(report.gain)
        let count = Double(pairs.count)
        #expect(gain.count == pairs.count && pairs.count > 12, "most of the 24 learners take both tests")
        #expect(abs(gain.pre.mean - pairs.map(\.0).reduce(0, +) / count) < 1e-9)
        #expect(abs(gain.post.mean - pairs.map(\.1).reduce(0, +) / count) < 1e-9)
        #expect(gain.post.mean > gain.pre.mean, "the simulated learners learn between the tests")
    }

    @Test func eachLessonLineCountsItsLearnersAndFirstScores() throws {
        let store = try CohortFixture.simulated(learners: 12)
        let (report, loaded) = try Self.report(store)
        #expect(report.learnersEnrolled == 12 && report.learnersStarted == 12 && !report.isTooSmall)
        #expect(loaded.replayed == 0, "every result is stored")
        #expect(report.lessons.map(\.lesson.id) == Self.pack.lessons.map(\.id))
        let learners = try store.learners(inCohort: "7B")
        for line in report.lessons {
            let kind = line.lesson.kind
            let attempts = try learners.map { learner in
                try store.attempts(ofLearner: learner.code).filter { $0.lessonId == line.lesson.id }
            }
            #expect(line.learnersStarted == attempts.filter { !$0.isEmpty }.count, "\(line.lesson.id)")
            #expect(line.learnersFinished == attempts.filter { $0.contains(where: \.isFinished) }.count)
            #expect(line.histogram.reduce(0, +) == line.firstScores.count)
            if kind == .preTest {
                let firsts = try Self.finishedScores(store, kind: .preTest).compactMap(\.first)
                #expect(line.firstScores.sorted() == firsts.sorted())
            }
            if kind == .survey { #expect(line.passRate == nil, "a survey is not passed or failed") }
        }
    }

    @Test func resultsReplayedFromOldLogsGiveTheSameReport() throws {
        let store = try CohortFixture.simulated(learners: 10)
        let old = try CohortFixture.withoutResults(of: store)
        let (stored, storedLoaded) = try Self.report(store)
        let (replayed, replayedLoaded) = try Self.report(old)
        let finished = try store.learners(inCohort: "7B").reduce(0) {
            $0 + (try store.attempts(ofLearner: $1.code).filter(\.isFinished).count)
        }
        #expect(storedLoaded.replayed == 0 && replayedLoaded.replayed == finished && finished > 0)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(replayed.json) == encoder.encode(stored.json))
        #expect(try old.result(ofAttempt: 1) == nil, "replaying for a report stores nothing")
    }

    @Test func aLogThatDoesNotFitThePackStopsTheReportAndNamesTheAttempt() throws {
        let store = try CohortFixture.simulated(learners: 6)
        let learner = try store.learners(inCohort: "7B")[0]
        let template = try #require(try store.attempts(ofLearner: learner.code).first { $0.lessonId == "pre-test" })
        var events = try store.events(ofAttempt: template.id)
        let index = try #require(events.firstIndex { if case .answered = $0.event { true } else { false } })
        events[index].event = .answered(stepId: "no-such-step", answer: .choice("a"))
        try store.importAttempts([
            ImportedAttempt(
                owner: .learner(code: learner.code), packSHA256: template.packSHA256, events: events,
                finishedAt: template.finishedAt, result: nil)
        ])
        let tampered = try #require(try store.attempts(ofLearner: learner.code).map(\.id).max())
        let failure = #expect(throws: ReplayFailure.self) { _ = try Self.report(store) }
        #expect(failure?.attemptId == tampered)
    }

    @Test func attemptsWithAnotherVersionAreLeftOutAndSaidSo() throws {
        let store = try CohortFixture.simulated(learners: 6)
        var older = Self.pack
        older.version = "0.9"
        let added = try CohortFixture.add(learners: 2, to: store, seed: 4, pack: older)
        let (report, _) = try Self.report(store)
        #expect(report.learnersEnrolled == 8 && report.learnersStarted == 6)
        #expect(report.otherVersions == added.sessions)
        let text = report.text()
        #expect(text.contains("Learners: 8 enrolled, 6 started\n"))
        #expect(text.contains("(\(added.sessions) attempts with another version of the pack are left out)"))
    }

    @Test func aSmallGroupIsFlaggedInTextAndJSON() throws {
        let store = try CohortFixture.simulated(learners: 4)
        let (report, _) = try Self.report(store)
        #expect(report.isTooSmall && report.json.tooSmall)
        let text = report.text()
        #expect(text.contains("! Fewer than 5 learners started: too few to report safely."))
        let gain = try #require(report.gain)
        #expect(text.contains("\n  n \(gain.count)  ! too few to report safely\n"))
    }

    @Test func aSmallGroupGetsNoOptionCounts() throws {
        let (report, _) = try Self.report(try CohortFixture.simulated(learners: 4))
        #expect(!report.optionItems.isEmpty && report.optionItems.allSatisfy { $0.analysis.tooSmall })
        #expect(report.text().contains("! Fewer than 5 learners took the test: no option counts shown."))
        #expect(report.optionRows.count == 1, "the header only")
    }

    @Test func anEmptyCohortSaysWhatIsMissing() throws {
        let store = try ProgressStore.makeInMemory()
        _ = try store.createCohort(name: "7B", organisation: nil, at: SimulatedCohort.start)
        let (report, _) = try Self.report(store)
        #expect(report.learnersStarted == 0 && report.gain == nil && report.attitudes.isEmpty && report.items == nil)
        let text = report.text()
        #expect(text.contains("no learner has finished both the pre-test and the post-test yet"))
        #expect(text.contains("no survey answers yet"))
    }

    @Test func attitudesCompareTheSurveysBeforeAndAfter() throws {
        let store = try CohortFixture.simulated(learners: 12)
        let (report, _) = try Self.report(store)
        #expect(report.attitudes.map(\.constructId) == Self.pack.constructs.map(\.id))
        for line in report.attitudes {
            let before = line.change.before?.count ?? 0
            let after = line.change.after?.count ?? 0
            #expect(before > 6 && after > 6 && before <= 12 && after <= 12, "\(line.constructId)")
            #expect(line.change.paired?.count ?? 0 <= min(before, after))
        }
    }

    @Test func theItemAnalysisCoversThePostTestsScoredSteps() throws {
        let store = try CohortFixture.simulated(learners: 12)
        let (report, _) = try Self.report(store)
        let postTest = try #require(Self.pack.lessons.last { $0.kind == .postTest })
        #expect(report.itemTest?.id == postTest.id)
        let scored = postTest.steps.filter { step in
            if case .question(let question) = step.content { question.points > 0 } else { false }
        }
        #expect(report.itemStepIds == scored.map(\.id))
        #expect(report.items?.items.count == scored.count)
        let finished = try store.learners(inCohort: "7B").filter { learner in
            try store.attempts(ofLearner: learner.code).contains { $0.lessonId == postTest.id && $0.isFinished }
        }
        #expect(report.json.items?.learners == finished.count && finished.count > 6)
    }

    @Test func testsShowTheirChanceScoreAndACueCohortScoresNearIt() throws {
        let store = try CohortFixture.simulated(learners: 10, strategy: .cues)
        let (report, _) = try Self.report(store)
        for line in report.lessons {
            let isTest = line.lesson.kind == .preTest || line.lesson.kind == .postTest
            #expect((line.chanceScore != nil) == isTest, "\(line.lesson.id)")
            if isTest { #expect(line.chanceScore == ChanceScore.scaled(of: line.lesson)) }
        }
        let preTest = try #require(report.lessons.first { $0.lesson.kind == .preTest })
        let cueMean = try #require(Descriptive.mean(preTest.firstScores))
        let chance = try #require(preTest.chanceScore)
        // being-kind-online's second-edition pre-test gives no key away (docs/assessment.md);
        // CueReadingTests has a pre-test that does, scored above chance.
        #expect(abs(cueMean - chance) <= 0.1, "cues \(cueMean) against chance \(chance)")
        #expect(Set(preTest.firstScores).count == 1, "a cue reader's score does not depend on its ability")
        #expect(report.json.lessons.first { $0.kind == "pre-test" }?.chanceScore == chance)
        let text = report.text()
        #expect(text.contains("BY CHANCE") && text.contains(CohortReport.percent(chance)))
    }
}
