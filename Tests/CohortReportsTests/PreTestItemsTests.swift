import CohortStatistics
import Foundation
import ProgressStore
import TestSupport
import Testing

@testable import CohortReports
@testable import LessonPack

/// The pre-test analysed item by item, each post-test item beside its pre-test partner,
/// and the text report's item tables and labels, on simulated cohorts.
@Suite struct PreTestItemsTests {
    static let pack = CohortFixture.pack

    static func report(_ store: ProgressStore, pack: Pack = pack) throws -> CohortReport {
        CohortReport(cohort: "7B", pack: pack, loaded: try CohortResults.load(cohort: "7B", pack: pack, store: store))
    }

    /// Each scored step's facility over the learners' first finished attempts at `test`,
    /// computed from the store's stored results.
    static func facilities(_ store: ProgressStore, test: Lesson) throws -> [String: Double] {
        var steps: [Int64: [StepResultRecord]] = [:]
        try store.forEachAttempt(ofCohort: try store.cohort(named: "7B").id) { steps[$0.attempt.id] = $0.steps }
        var earned: [String: [Double]] = [:]
        for learner in try store.learners(inCohort: "7B") {
            guard let first = try store.attempts(ofLearner: learner.code).first(where: { $0.lessonId == test.id && $0.isFinished })
            else { continue }
            for step in steps[first.id] ?? [] where step.pointsMaximum > 0 {
                earned[step.stepId, default: []].append(step.pointsEarned / step.pointsMaximum)
            }
        }
        return earned.mapValues { $0.reduce(0, +) / Double($0.count) }
    }

    /// The text report's table row of `stepId`.
    static func row(of stepId: String, in text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix("  \(stepId) ") }.map(String.init)
    }

    @Test func thePreTestIsAnalysedFromEachLearnersFirstFinishedAttempt() throws {
        let store = try CohortFixture.simulated(learners: 16)
        let report = try Self.report(store)
        let preTest = try #require(Self.pack.lessons.first { $0.kind == .preTest })
        let expected = try Self.facilities(store, test: preTest)
        let items = report.analysedPreTestItems
        #expect(report.preTestItems?.test.id == preTest.id)
        #expect(Set(items.map(\.stepId)) == Set(expected.keys) && items.count == expected.count && !items.isEmpty)
        for item in items {
            #expect(abs(item.statistics.facility - (expected[item.stepId] ?? -1)) < 1e-9, "\(item.stepId)")
            #expect(item.prompt == CohortReport.prompt(ofStep: item.stepId, in: preTest) && item.prompt != nil)
        }
    }

    @Test func eachPostTestItemHasItsParallelPreTestItemAndThatItemsFacility() throws {
        let store = try CohortFixture.simulated(learners: 16)
        let report = try Self.report(store)
        let preTest = try #require(Self.pack.lessons.first { $0.kind == .preTest })
        let postTest = try #require(Self.pack.lessons.last { $0.kind == .postTest })
        let pairs = ParallelItems.partners(preTest: preTest, postTest: postTest)
        let preFacility = try Self.facilities(store, test: preTest)
        #expect(!pairs.isEmpty && report.analysedItems.count == report.items?.items.count)
        let text = report.text()
        for item in report.analysedItems {
            let pair = try #require(pairs.first { $0.postTestStepId == item.stepId }, "\(item.stepId)")
            let partner = try #require(item.preTestPartner)
            #expect(partner.stepId == pair.preTestStepId)
            let facility = try #require(partner.facility)
            #expect(abs(facility - (preFacility[pair.preTestStepId] ?? -1)) < 1e-9)
            let row = try #require(Self.row(of: item.stepId, in: text))
            #expect(row.contains("\(ReportNumber.percent(facility)) (\(partner.stepId))"), "\(row)")
            let prompt = try #require(item.prompt).text(in: "en", fallback: Self.pack.defaultLanguage)
            #expect(row.contains(CohortReport.shortQuestion(prompt)))
        }
        #expect(report.unpartneredPreTestItems.isEmpty, "the shipped pack's forms are parallel")
        #expect(text.contains("\nItems of \(preTest.id) (n "))
        #expect(text.contains("PRE-TEST (ITEM)") && text.contains("POST-TEST ITEM"))
    }

    @Test func aPreTestItemWithNoPartnerIsSaidSo() throws {
        var pack = Self.pack
        let post = try #require(pack.lessons.lastIndex { $0.kind == .postTest })
        let step = try #require(pack.lessons[post].steps.firstIndex { if case .question = $0.content { true } else { false } })
        // An objective no pre-test item has: this item loses its partner, and one pre-test item is left over.
        pack.lessons[post].steps[step].objectives = [Reference(id: "nowhere", position: pack.title.position)]
        let report = try Self.report(try CohortFixture.simulated(learners: 12), pack: pack)
        let stepId = pack.lessons[post].steps[step].id
        #expect(report.analysedItems.first { $0.stepId == stepId }?.preTestPartner == nil)
        let unpartnered = report.unpartneredPreTestItems
        #expect(unpartnered.count == 1)
        let text = report.text()
        #expect(try #require(Self.row(of: stepId, in: text)).contains("no partner"))
        let left = try #require(unpartnered.first)
        #expect(try #require(Self.row(of: left.stepId, in: text)).contains("no partner"))
        #expect(report.json.items?.items.first { $0.step == stepId }?.preTestPartner == nil)
    }

    @Test func aQuestionIsShortenedToOneSafeLine() {
        let long = "Which of these\nis bullying by leaving someone out, on purpose, again and again?"
        let short = CohortReport.shortQuestion(long)
        #expect(short.count == 40 && short.hasSuffix("…") && !short.contains("\n"))
        #expect(short.hasPrefix("Which of these is bullying"))
        #expect(CohortReport.shortQuestion("Who is a trusted adult?") == "Who is a trusted adult?")
        let reordering = CohortReport.shortQuestion("abc\u{202E}def")
        #expect(!reordering.unicodeScalars.contains("\u{202E}") && reordering.contains("abc") && reordering.contains("def"))
    }

    @Test func theJSONHasPromptsPartnersAndThePreTestsItems() throws {
        let report = try Self.report(try CohortFixture.simulated(learners: 12))
        let json = report.json
        let preTestItems = json.preTestItems
        #expect(preTestItems.count == report.analysedPreTestItems.count && !preTestItems.isEmpty)
        let preFacility = Dictionary(preTestItems.map { ($0.step, $0.facility) }, uniquingKeysWith: { first, _ in first })
        let items = try #require(json.items).items
        for item in items {
            let partner = try #require(item.preTestPartner, "\(item.step)")
            #expect(partner.facility == preFacility[partner.stepId] && partner.facility != nil)
            let test = try #require(report.itemTest)
            #expect(item.prompt == CohortReport.prompt(ofStep: item.step, in: test)?.text(in: Self.pack.defaultLanguage, fallback: Self.pack.defaultLanguage))
            #expect(item.prompt != nil)
        }
        #expect(preTestItems.allSatisfy { $0.preTestPartner == nil && $0.options == nil && $0.prompt != nil })
        let encoded = String(decoding: try JSONEncoder().encode(json), as: UTF8.self)
        #expect(encoded.contains("\"preTestItems\":[") && encoded.contains("\"preTestPartner\":{"))
    }

    @Test func theLessonsTableSaysWhichAttemptEachColumnCounts() throws {
        let text = try Self.report(try CohortFixture.simulated(learners: 6)).text()
        #expect(text.contains("PASSED (ANY TRY)") && !text.contains("PASS RATE"))
        #expect(
            text.contains(
                "PASSED (ANY TRY): of the learners who finished it, the share who passed in any attempt; "
                    + "MEAN SCORE: each learner's first finished attempt."))
    }

    @Test(arguments: [3, 5])
    func theHistogramIsShownOnlyForAGroupLargeEnough(_ learners: Int) throws {
        let report = try Self.report(try CohortFixture.simulated(learners: learners))
        let text = report.text()
        let scored = try #require(report.lessons.last { $0.lesson.kind == .postTest && !$0.firstScores.isEmpty }
            ?? report.lessons.first { !$0.firstScores.isEmpty })
        #expect(text.contains("Scores of \(scored.lesson.id) (first finished attempt)"))
        #expect(report.isTooSmall == (learners < CohortReport.smallestSafeGroup))
        if report.isTooSmall {
            #expect(!text.contains("90-100%") && !text.contains(" 0- 9%"))
            #expect(text.contains("! Fewer than 5 learners started: the distribution of scores is not shown"))
        } else {
            #expect(text.contains("90-100%") && !text.contains("distribution of scores is not shown"))
            #expect(text.contains(CohortReport.histogram(scored.histogram).joined(separator: "\n")))
        }
    }
}
