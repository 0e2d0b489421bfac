import CohortStatistics
import Foundation

extension CohortReport {
    /// `oberih report --json`: every figure of the text report, unrounded. A figure that is
    /// undefined (too few learners, no variance) is left out. docs/statistics.md defines them.
    public var json: JSONReport {
        var report = JSONReport(
            cohort: cohort, pack: .init(id: pack.id, version: pack.version),
            learnersEnrolled: learnersEnrolled, learnersStarted: learnersStarted, tooSmall: isTooSmall,
            smallestSafeGroup: Self.smallestSafeGroup, otherVersions: otherVersions,
            lessons: lessons.map { line in
                .init(
                    id: line.lesson.id, kind: line.lesson.kind.rawValue, started: line.learnersStarted,
                    finished: line.learnersFinished, meanFirstScore: Descriptive.mean(line.firstScores),
                    passRate: line.passRate, histogram: line.histogram, chanceScore: line.chanceScore)
            },
            gain: gain.map(JSONReport.Gain.init),
            attitudes: attitudes.map { line in
                .init(
                    construct: line.constructId, before: line.change.before.map(JSONReport.Sample.init),
                    after: line.change.after.map(JSONReport.Sample.init),
                    paired: line.change.paired.map(JSONReport.Difference.init))
            },
            items: items.map { analysis in
                .init(
                    test: itemTest?.id ?? "", learners: analysis.test.learnerCount,
                    cronbachAlpha: analysis.test.cronbachAlpha, errorRatio: analysis.test.errorRatio,
                    standardError: analysis.test.standardError,
                    items: analysedItems.map { item in
                        JSONReport.Item(
                            item, language: pack.defaultLanguage,
                            options: optionItems.first { $0.stepId == item.stepId }.map(JSONReport.Options.init))
                    })
            },
            objectives: objectives.map(JSONReport.ObjectiveMastery.init),
            preTestItems: analysedPreTestItems.map { JSONReport.Item($0, language: pack.defaultLanguage, options: nil) })
        (report.since, report.until) = (window.since, window.until)
        report.groupSessions = groupSessions.map { JSONReport.GroupSession($0, defaultLanguage: pack.defaultLanguage) }
        return report
    }
}

/// The report as JSON (`formatVersion` 1). Scores are 0-1 shares except in `gain`, which
/// is in percent as Hake's formula takes it.
public struct JSONReport: Codable, Sendable {
    public struct PackId: Codable, Sendable {
        public var id: String
        public var version: String
    }

    public struct Lesson: Codable, Sendable {
        public var id: String
        public var kind: String
        public var started: Int
        public var finished: Int
        public var meanFirstScore: Double?
        public var passRate: Double?
        /// First scores in ten bins of 10 % (the last holds 100 %).
        public var histogram: [Int]
        /// Tests only: the expected score answered at random.
        public var chanceScore: Double?
    }

    public struct Sample: Codable, Sendable {
        public var n: Int
        public var mean: Double
        public var standardDeviation: Double?

        init(_ summary: SampleSummary) {
            n = summary.count
            mean = summary.mean
            standardDeviation = summary.standardDeviation
        }
    }

    public struct Interval: Codable, Sendable {
        public var lower: Double
        public var upper: Double
        public var level: Double

        init(_ interval: ConfidenceInterval) {
            lower = interval.lower
            upper = interval.upper
            level = interval.level
        }
    }

    public struct Difference: Codable, Sendable {
        public var n: Int
        public var meanDifference: Double
        public var effectSize: Double?
        public var effectSizeInterval: Interval?

        init(_ difference: PairedDifference) {
            n = difference.count
            meanDifference = difference.meanDifference
            effectSize = difference.effectSize
            effectSizeInterval = difference.effectSizeInterval.map(Interval.init)
        }
    }

    public struct Gain: Codable, Sendable {
        public var n: Int
        public var tooSmall: Bool
        public var pre: Sample
        public var post: Sample
        public var cohortGain: Double?
        public var meanLearnerGain: Double?
        public var learnersWithGain: Int
        public var difference: Difference

        init(_ gain: PairedGain) {
            n = gain.count
            tooSmall = gain.count < CohortReport.smallestSafeGroup
            pre = Sample(gain.pre)
            post = Sample(gain.post)
            cohortGain = gain.cohortGain
            meanLearnerGain = gain.meanLearnerGain
            learnersWithGain = gain.learnersWithGain
            difference = Difference(gain.difference)
        }
    }

    public struct Construct: Codable, Sendable {
        public var construct: String
        public var before: Sample?
        public var after: Sample?
        public var paired: Difference?
    }

    public struct Item: Codable, Sendable {
        public var step: String
        public var maximum: Double
        public var facility: Double
        public var standardDeviation: Double?
        public var discriminationIndex: Double?
        public var discriminativeEfficiency: Double?
        public var flags: [String]
        /// Choice items only: the distractor analysis.
        public var options: Options?
        /// The question in the pack's default language; absent for a step that is not a question.
        public var prompt: String?
        /// Post-test items only: the parallel pre-test item and its facility.
        public var preTestPartner: PreTestPartner?
    }

    public struct PreTestPartner: Codable, Sendable {
        public var stepId: String
        public var facility: Double?
    }

    /// Per option, how many learners chose it overall and in the top and bottom thirds;
    /// `options` is empty when `tooSmall`.
    public struct Options: Codable, Sendable {
        public struct Option: Codable, Sendable {
            public var id: String
            public var key: Bool
            public var chosen: Int
            public var chosenTop: Int
            public var chosenBottom: Int
            public var flags: [String]
        }

        /// Multiple choice: the counts may add up to more than `answered`.
        public var multiple: Bool
        public var learners: Int
        public var answered: Int
        public var skipped: Int
        public var thirdSize: Int
        public var tooSmall: Bool
        public var options: [Option]

        init(_ item: CohortReport.OptionItem) {
            let analysis = item.analysis
            multiple = item.isMultiple
            learners = analysis.learners
            answered = analysis.answered
            skipped = analysis.learners - analysis.answered
            thirdSize = analysis.thirdSize
            tooSmall = analysis.tooSmall
            options = analysis.options.map {
                Option(
                    id: $0.id, key: $0.isKey, chosen: $0.chosen, chosenTop: $0.chosenTop, chosenBottom: $0.chosenBottom,
                    flags: $0.flags.map(\.rawValue))
            }
        }
    }

    public struct Items: Codable, Sendable {
        public var test: String
        public var learners: Int
        public var cronbachAlpha: Double?
        public var errorRatio: Double?
        public var standardError: Double?
        public var items: [Item]
    }

    public var formatVersion = 1
    public var cohort: String
    public var pack: PackId
    public var learnersEnrolled: Int
    public var learnersStarted: Int
    public var tooSmall: Bool
    public var smallestSafeGroup: Int
    public var otherVersions: Int
    public var lessons: [Lesson]
    public var gain: Gain?
    public var attitudes: [Construct]
    public var items: Items?
    public var objectives: [ObjectiveMastery]
    /// When `items` is the post-test: the pre-test's items (no `options`, no partner).
    public var preTestItems: [Item]
    /// The lessons led with the whole cohort, oldest first (CohortReport+GroupSessions.swift).
    public var groupSessions: [GroupSession] = []
    /// `--since` and `--until`: only attempts started from `since` to before `until` are counted.
    public var since: Date?
    public var until: Date?
}
