/// Pre-test and post-test percent scores (0–100) of the same learners: means, Hake's
/// normalised gain per learner and for the cohort, and the paired difference with Cohen's
/// d_z (see `PairedDifference`).
public struct PairedGain: Sendable, Hashable {
    /// Number of learners, at least 1.
    public var count: Int
    public var pre: SampleSummary
    public var post: SampleSummary
    /// gᵢ = (postᵢ − preᵢ) / (100 − preᵢ), in the learners' order; nil for a learner whose
    /// pre-test score is 100 (no room to gain: undefined, not 0).
    public var learnerGains: [Double?]
    /// The mean of the defined gᵢ; nil when every learner scored 100 before.
    public var meanLearnerGain: Double?
    /// How many learners have a defined gᵢ (the n behind `meanLearnerGain`).
    public var learnersWithGain: Int
    /// Hake's cohort gain ⟨g⟩ = (mean post − mean pre) / (100 − mean pre); nil when mean pre is 100.
    public var cohortGain: Double?
    /// post − pre in percentage points, with d_z and its interval.
    public var difference: PairedDifference
    /// The scores given, in the learners' order: `preScores[i]` and `postScores[i]` are
    /// one learner's (for a chart of the pairs).
    public var preScores: [Double]
    public var postScores: [Double]

    /// Hake's gain of one learner: (post − pre) / (100 − pre); nil when pre is 100.
    public static func hakeGain(pre: Double, post: Double) -> Double? {
        pre < 100 ? (post - pre) / (100 - pre) : nil
    }

    /// `pre[i]` and `post[i]` are one learner's scores as percentages (0–100). nil when the
    /// arrays are empty, differ in length, or a score is not finite or outside 0–100.
    public static func compute(pre: [Double], post: [Double], level: Double = 0.95) -> PairedGain? {
        guard (pre + post).allSatisfy({ $0.isFinite && (0...100).contains($0) }),
            let difference = PairedDifference.compute(before: pre, after: post, level: level),
            let preSummary = SampleSummary(pre), let postSummary = SampleSummary(post)
        else { return nil }
        let gains = zip(pre, post).map { hakeGain(pre: $0.0, post: $0.1) }
        let defined = gains.compactMap { $0 }
        return PairedGain(
            count: pre.count, pre: preSummary, post: postSummary, learnerGains: gains,
            meanLearnerGain: Descriptive.mean(defined), learnersWithGain: defined.count,
            cohortGain: hakeGain(pre: preSummary.mean, post: postSummary.mean), difference: difference,
            preScores: pre, postScores: post)
    }
}
