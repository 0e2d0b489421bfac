import CohortStatistics
import Foundation
import LessonEngine
import LessonPack
import ProgressStore

/// What a trainer reads about a cohort and a pack (`oberih report`): participation and
/// completion, scores, pre/post learning gain, attitude change and item analysis.
/// docs/statistics.md defines every figure; which attempt counts is said at each field.
public struct CohortReport: Sendable {
    /// Groups smaller than this are flagged: too small to report safely.
    public static let smallestSafeGroup = 5

    public struct LessonLine: Sendable {
        public var lesson: Lesson
        public var learnersStarted: Int
        public var learnersFinished: Int
        /// Of the learners who finished it: passed in any attempt; nil when nothing is scored.
        public var passRate: Double?
        /// Each learner's first finished attempt, scaled 0-1.
        public var firstScores: [Double]
        /// `firstScores` in ten bins of 10 % (the last holds 100 %).
        public var histogram: [Int]
        /// A pre-test's or post-test's expected score (0-1) answered at random (`ChanceScore`).
        public var chanceScore: Double?
    }

    public struct ConstructLine: Sendable {
        public var constructId: String
        public var title: LocalizedText
        public var change: ConstructChange
    }

    public var cohort: String
    public var pack: Pack
    public var learnersEnrolled: Int
    public var learnersStarted: Int
    public var lessons: [LessonLine]
    /// The first finished pre-test and the last finished post-test of each learner with both, in percent.
    public var gain: PairedGain?
    public var attitudes: [ConstructLine]
    /// Item analysis of the post-test (each learner's first finished attempt), else of the pre-test.
    public var items: ItemAnalysis?
    public var itemTest: Lesson?
    public var itemStepIds: [String]
    /// The pre-test analysed item by item when `itemTest` is the post-test (CohortReport+PreTestItems.swift).
    public var preTestItems: TestItems?
    /// Distractor analysis of the item-analysed test's choice items, same learners and attempts.
    public var optionItems: [OptionItem]
    public var otherVersions: Int
    /// Mastery per objective in the pre-test and the post-test (CohortReport+Objectives.swift).
    public var objectives: [ObjectiveLine]
    /// When the first of these attempts started and the last one finished (or started).
    public var firstActivity: Date?
    public var lastActivity: Date?
    /// The lessons a facilitator led with the cohort, oldest first.
    public var groupSessions: [GroupSession]
    /// The attempts counted, by when they started (`--since`, `--until`).
    public var window: ReportWindow

    public var isTooSmall: Bool { learnersStarted < Self.smallestSafeGroup }
}

extension CohortReport {
    public init(cohort: String, pack: Pack, loaded: CohortResults.Loaded) {
        self.cohort = cohort
        self.pack = pack
        learnersEnrolled = loaded.learnersEnrolled
        learnersStarted = loaded.learners.count
        otherVersions = loaded.otherVersions
        lessons = pack.lessons.map { Self.line(for: $0, learners: loaded.learners) }
        gain = Self.gain(loaded.learners, pack: pack)
        attitudes = Self.attitudes(pack: pack, loaded: loaded)
        let test = Self.itemTest(of: pack)
        itemTest = test
        (items, itemStepIds) = test.map { Self.itemAnalysis(of: $0, loaded: loaded) } ?? (nil, [])
        preTestItems = Self.preTestItems(of: pack, itemTest: test, loaded: loaded)
        optionItems = test.map { Self.optionItems(of: $0, language: pack.defaultLanguage, loaded: loaded) } ?? []
        objectives = Self.objectives(pack: pack, loaded: loaded)
        (firstActivity, lastActivity) = Self.activity(of: loaded.learners)
        groupSessions = loaded.groupSessions
        window = loaded.window
    }

    /// The test analysed item by item: the post-test, else the pre-test.
    static func itemTest(of pack: Pack) -> Lesson? {
        pack.lessons.last { $0.kind == .postTest } ?? pack.lessons.first { $0.kind == .preTest }
    }

    static func line(for lesson: Lesson, learners: [LearnerAttempts]) -> LessonLine {
        let started = learners.filter { $0.attempts.contains { $0.lessonId == lesson.id } }.count
        let finished = learners.map { $0.finished(lesson.id) }.filter { !$0.isEmpty }
        let firstScores = finished.compactMap { $0[0].scaled }
        let scored = finished.filter { $0[0].passed != nil }
        let passRate =
            scored.isEmpty
            ? nil : Double(scored.filter { $0.contains { $0.passed == true } }.count) / Double(scored.count)
        var histogram = Array(repeating: 0, count: 10)
        for score in firstScores { histogram[min(9, Int((score * 10 + 1e-9).rounded(.down)))] += 1 }
        return LessonLine(
            lesson: lesson, learnersStarted: started, learnersFinished: finished.count, passRate: passRate,
            firstScores: firstScores, histogram: histogram,
            chanceScore: lesson.kind == .preTest || lesson.kind == .postTest ? ChanceScore.scaled(of: lesson) : nil)
    }

    static func gain(_ learners: [LearnerAttempts], pack: Pack) -> PairedGain? {
        let kinds = Dictionary(pack.lessons.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        var pre: [Double] = []
        var post: [Double] = []
        for learner in learners {
            let finished = learner.attempts.filter(\.isFinished)
            guard let before = finished.first(where: { kinds[$0.lessonId] == .preTest })?.scaled,
                let after = finished.last(where: { kinds[$0.lessonId] == .postTest })?.scaled
            else { continue }
            pre.append(before * 100)
            post.append(after * 100)
        }
        return PairedGain.compute(pre: pre, post: post)
    }

    /// Each learner's construct scores from the first survey before and the last after,
    /// read once per survey attempt for all constructs.
    static func attitudes(pack: Pack, loaded: CohortResults.Loaded) -> [ConstructLine] {
        let constructs = pack.constructs.map(\.id)
        let surveys = Dictionary(
            pack.lessons.filter { $0.kind == .survey }.map { ($0.id, ($0, likertItems($0, constructs: constructs))) },
            uniquingKeysWith: { first, _ in first })
        var before = Array(repeating: [String: Double](), count: constructs.count)
        var after = before
        for learner in loaded.learners {
            for attempt in learner.attempts where attempt.isFinished {
                guard let (survey, items) = surveys[attempt.lessonId] else { continue }
                var responses = Array(repeating: [LikertResponse](), count: constructs.count)
                for score in loaded.stepScores[attempt.attemptId] ?? [] {
                    guard items.indices.contains(score.position), let item = items[score.position],
                        let value = score.likertValue
                    else { continue }
                    responses[item.construct].append(LikertResponse(value: value, scale: item.scale, isReversed: item.isReversed))
                }
                for (construct, answers) in responses.enumerated() {
                    guard let score = LikertResponse.constructScore(answers) else { continue }
                    if survey.timing == .after {
                        after[construct][learner.code] = score
                    } else if before[construct][learner.code] == nil {
                        before[construct][learner.code] = score
                    }
                }
            }
        }
        return pack.constructs.enumerated().compactMap { index, construct in
            ConstructChange.compute(before: before[index], after: after[index]).map {
                ConstructLine(constructId: construct.id, title: construct.text, change: $0)
            }
        }
    }

    /// For each step of a survey by position, its Likert item's construct (as an index
    /// into `constructs`), scale and direction; nil for other steps.
    static func likertItems(_ survey: Lesson, constructs: [String])
        -> [(construct: Int, scale: Int, isReversed: Bool)?]
    {
        survey.steps.map { step in
            guard case .likert(let item) = step.content, let index = constructs.firstIndex(of: item.construct.id)
            else { return nil }
            return (index, item.scale, item.isReversed)
        }
    }

    static func itemAnalysis(of test: Lesson, loaded: CohortResults.Loaded) -> (ItemAnalysis?, [String]) {
        var rows: [[Double]] = []
        var ids: [String] = []
        var maxima: [Double] = []
        for learner in loaded.learners {
            guard let first = learner.finished(test.id).first else { continue }
            let scored = (loaded.stepScores[first.attemptId] ?? []).filter { $0.pointsMaximum > 0 }
            if ids.isEmpty {
                ids = scored.map { test.steps.indices.contains($0.position) ? test.steps[$0.position].id : "\($0.position + 1)" }
                maxima = scored.map(\.pointsMaximum)
            }
            rows.append(scored.map(\.pointsEarned))
        }
        return (ItemAnalysis.compute(scores: rows, maxima: maxima), ids)
    }
}
