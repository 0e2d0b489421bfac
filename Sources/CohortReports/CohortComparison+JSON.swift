import CohortStatistics
import Foundation

extension CohortComparison {
    /// `oberih report --cohort A --cohort B --json`: each cohort's report as `report --json`
    /// gives it, and each cohort's difference from the first.
    public var json: JSONComparison {
        JSONComparison(
            samePack: samePack, cohorts: reports.map(\.json),
            differences: differences.map { difference in
                JSONComparison.Difference(
                    baseline: reports.first?.cohort ?? "", cohort: difference.cohort, tooSmall: difference.tooSmall,
                    change: difference.change.map(JSONComparison.Welch.init),
                    learnerGain: difference.learnerGain.map(JSONComparison.Welch.init))
            })
    }
}

/// Cohorts compared, as JSON (`formatVersion` 1).
public struct JSONComparison: Codable, Sendable {
    public struct Welch: Codable, Sendable {
        public var baselineN: Int
        public var n: Int
        public var difference: Double
        public var standardError: Double
        /// Welch–Satterthwaite; left out when there is no spread.
        public var degreesOfFreedom: Double?
        public var interval: JSONReport.Interval?

        init(_ welch: WelchDifference) {
            baselineN = welch.first.count
            n = welch.second.count
            difference = welch.difference
            standardError = welch.standardError
            degreesOfFreedom = welch.degreesOfFreedom.isFinite ? welch.degreesOfFreedom : nil
            interval = welch.interval.map(JSONReport.Interval.init)
        }
    }

    public struct Difference: Codable, Sendable {
        public var baseline: String
        public var cohort: String
        /// Fewer than five learners with both tests in one of the two: no difference given.
        public var tooSmall: Bool
        /// Mean change post − pre (percentage points), this cohort's minus the baseline's.
        public var change: Welch?
        /// Mean normalised gain of learners, this cohort's minus the baseline's.
        public var learnerGain: Welch?
    }

    public var formatVersion = 1
    public var comparison = true
    public var samePack: Bool
    public var cohorts: [JSONReport]
    public var differences: [Difference]
}
