/// Paired differences dᵢ = afterᵢ − beforeᵢ of the same learners, in the units of the
/// scores, with their mean, its t interval, and Cohen's d_z (Lakens 2013) with its exact
/// interval.
public struct PairedDifference: Sendable, Hashable {
    /// Number of pairs, at least 1.
    public var count: Int
    /// d̄ = mean(after) − mean(before).
    public var meanDifference: Double
    /// s_d, the sample standard deviation of the differences (n − 1); nil when n < 2.
    public var standardDeviation: Double?
    /// d̄ ± t_{(1+level)/2, n−1} · s_d / √n; nil when n < 2 (a single point when s_d = 0).
    public var meanDifferenceInterval: ConfidenceInterval?
    /// Cohen's d_z = d̄ / s_d; nil when n < 2 or s_d is 0 or within rounding of it (every
    /// learner changed by the same amount).
    public var effectSize: Double?
    /// The exact interval of d_z (`EffectSizeInterval.pairedExact`); nil when d_z is.
    public var effectSizeInterval: ConfidenceInterval?

    /// nil when the arrays are empty, differ in length, or hold a value that is not finite.
    /// `level` is the confidence level of both intervals (default 0.95).
    public static func compute(before: [Double], after: [Double], level: Double = 0.95) -> PairedDifference? {
        guard before.count == after.count, level > 0, level < 1,
            (before + after).allSatisfy(\.isFinite)
        else { return nil }
        let differences = zip(before, after).map { $0.1 - $0.0 }
        guard let mean = Descriptive.mean(differences) else { return nil }
        let sd = Descriptive.standardDeviation(differences)
        let n = differences.count
        var result = PairedDifference(count: n, meanDifference: mean, standardDeviation: sd)
        if let sd, let t = StudentT.quantile(probability: (1 + level) / 2, degreesOfFreedom: Double(n - 1)) {
            let margin = t * sd / Double(n).squareRoot()
            result.meanDifferenceInterval = ConfidenceInterval(lower: mean - margin, upper: mean + margin, level: level)
        }
        // A spread within rounding of the scores (1e-9 of their size) is no spread: every
        // learner changed by the same amount, and d_z would be rounding noise.
        let scale = (before + after).map(abs).max() ?? 0
        if let sd, sd > 1e-9 * max(1, scale) {
            result.effectSize = mean / sd
            result.effectSizeInterval = EffectSizeInterval.pairedExact(effectSize: mean / sd, count: n, level: level)
        }
        return result
    }

    init(count: Int, meanDifference: Double, standardDeviation: Double?) {
        self.count = count
        self.meanDifference = meanDifference
        self.standardDeviation = standardDeviation
    }
}
