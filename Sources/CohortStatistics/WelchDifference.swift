/// The difference between the means of two independent samples (`second` − `first`) with
/// Welch's t interval: standard error √(s₁²/n₁ + s₂²/n₂) and the Welch–Satterthwaite
/// degrees of freedom, so the groups may differ in size and spread (Welch 1947).
public struct WelchDifference: Sendable, Hashable {
    public var first: SampleSummary
    public var second: SampleSummary
    /// mean(second) − mean(first).
    public var difference: Double
    public var standardError: Double
    public var degreesOfFreedom: Double
    /// nil when the standard error is 0 (no spread in either sample).
    public var interval: ConfidenceInterval?

    /// nil unless each sample has at least two finite values.
    public static func compute(_ first: [Double], _ second: [Double], level: Double = 0.95) -> WelchDifference? {
        guard first.count >= 2, second.count >= 2, (first + second).allSatisfy(\.isFinite),
            let a = SampleSummary(first), let b = SampleSummary(second),
            let varianceA = Descriptive.variance(first), let varianceB = Descriptive.variance(second)
        else { return nil }
        let (shareA, shareB) = (varianceA / Double(a.count), varianceB / Double(b.count))
        let standardError = (shareA + shareB).squareRoot()
        let difference = b.mean - a.mean
        guard standardError > 0 else {
            return WelchDifference(
                first: a, second: b, difference: difference, standardError: 0, degreesOfFreedom: .infinity, interval: nil)
        }
        let degrees =
            (shareA + shareB) * (shareA + shareB)
            / (shareA * shareA / Double(a.count - 1) + shareB * shareB / Double(b.count - 1))
        let t = StudentT.quantile(probability: 1 - (1 - level) / 2, degreesOfFreedom: degrees) ?? .nan
        return WelchDifference(
            first: a, second: b, difference: difference, standardError: standardError, degreesOfFreedom: degrees,
            interval: ConfidenceInterval(lower: difference - t * standardError, upper: difference + t * standardError, level: level))
    }
}
