/// Confidence intervals for a standardised effect size.
public enum EffectSizeInterval {
    /// The largest |t| = |d_z|·√n whose interval is computed.
    public static let largestT = 1e4

    /// The exact confidence interval of Cohen's d_z for n paired observations, by inverting
    /// the noncentral t distribution (Steiger and Fouladi 1997; Cumming and Finch 2001):
    /// t = d_z·√n has n − 1 degrees of freedom; the lower limit is the noncentrality δ_L with
    /// P(T ≤ t | δ_L) = (1 + level)/2, the upper δ_U with P(T ≤ t | δ_U) = (1 − level)/2,
    /// each divided by √n. Limits to about 1e-12.
    /// nil when n < 2, d_z is not finite, |d_z·√n| > `largestT`, or 0 < level < 1 does not hold.
    public static func pairedExact(effectSize dz: Double, count n: Int, level: Double = 0.95) -> ConfidenceInterval? {
        guard n >= 2, dz.isFinite, level > 0, level < 1 else { return nil }
        let root = Double(n).squareRoot()
        let t = dz * root
        // Beyond, the noncentral series needs ever more terms (about |δ| each), for an
        // interval no report needs: nil.
        guard abs(t) <= largestT else { return nil }
        let nu = Double(n - 1)
        // P(T ≤ t | δ) falls as δ grows.
        func cdf(_ delta: Double) -> Double { NoncentralT.cdf(t, degreesOfFreedom: nu, noncentrality: delta) ?? .nan }
        func noncentrality(where probability: Double) -> Double? {
            guard let (low, high) = RootFinding.bracket(target: probability, around: t, step: 1 + abs(t) / 2, cdf)
            else { return nil }
            return RootFinding.bisect(target: probability, lower: low, upper: high, cdf)
        }
        guard let lower = noncentrality(where: (1 + level) / 2), let upper = noncentrality(where: (1 - level) / 2)
        else { return nil }
        return ConfidenceInterval(lower: lower / root, upper: upper / root, level: level)
    }
}
