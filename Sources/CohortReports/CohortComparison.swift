import CohortStatistics
import Foundation

/// Cohorts side by side (`oberih report --cohort A --cohort B …`): each cohort's report,
/// and how each cohort's learning gain differs from the first's, with Welch's interval
/// (the cohorts are independent groups of different sizes and spreads).
public struct CohortComparison: Sendable {
    public struct Difference: Sendable {
        /// The cohort compared with the first (the baseline).
        public var cohort: String
        /// The mean change post − pre in percentage points: this cohort's minus the baseline's.
        public var change: WelchDifference?
        /// The mean of the learners' normalised gains gᵢ: this cohort's minus the baseline's.
        public var learnerGain: WelchDifference?
        /// Either cohort has fewer than `CohortReport.smallestSafeGroup` learners with both
        /// tests: the difference is not given.
        public var tooSmall: Bool
    }

    public var reports: [CohortReport]
    /// One per report after the first, in order.
    public var differences: [Difference]

    /// Whether every cohort's report is about the same version of the same pack.
    public var samePack: Bool {
        Set(reports.map { "\($0.pack.id)\u{0}\($0.pack.version)" }).count <= 1
    }

    /// `reports[0]` is the baseline.
    public init(reports: [CohortReport]) {
        self.reports = reports
        let baseline = reports.first
        differences = reports.dropFirst().map { report in
            Self.difference(of: report, from: baseline?.gain, cohort: report.cohort)
        }
    }

    static func difference(of report: CohortReport, from baseline: PairedGain?, cohort: String) -> Difference {
        let least = CohortReport.smallestSafeGroup
        guard let baseline, let gain = report.gain, baseline.count >= least, gain.count >= least else {
            return Difference(cohort: cohort, change: nil, learnerGain: nil, tooSmall: true)
        }
        func changes(_ gain: PairedGain) -> [Double] { zip(gain.preScores, gain.postScores).map { $1 - $0 } }
        return Difference(
            cohort: cohort, change: WelchDifference.compute(changes(baseline), changes(gain)),
            learnerGain: WelchDifference.compute(baseline.learnerGains.compactMap { $0 }, gain.learnerGains.compactMap { $0 }),
            tooSmall: false)
    }
}
