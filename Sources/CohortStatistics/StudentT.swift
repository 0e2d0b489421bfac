/// Student's t distribution with ν degrees of freedom (ν > 0, not necessarily whole).
public enum StudentT {
    /// P(T ≤ t). For t ≥ 0 it is 1 − ½ I_{ν/(ν+t²)}(ν/2, ½), and P(T ≤ −t) = 1 − P(T ≤ t),
    /// with I the regularized incomplete beta function. nil when ν ≤ 0 or an argument is
    /// not finite.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double? {
        guard nu > 0, nu.isFinite, t.isFinite else { return nil }
        let tail = upperTail(abs(t), nu)
        return t >= 0 ? 1 - tail : tail
    }

    /// The quantile (inverse CDF): the t with P(T ≤ t) = `probability`, by bisection on the
    /// tail probability (accurate to about 1e-12 relative). nil unless 0 < probability < 1
    /// and ν > 0.
    public static func quantile(probability: Double, degreesOfFreedom nu: Double) -> Double? {
        guard probability > 0, probability < 1, nu > 0, nu.isFinite else { return nil }
        if probability == 0.5 { return 0 }
        // Solve P(T > t) = tail for t > 0 (the tail keeps precision near 0 and 1).
        let tail = min(probability, 1 - probability)
        var high = 1.0
        while upperTail(high, nu) > tail { high *= 2 }
        let t = RootFinding.bisect(target: tail, lower: 0, upper: high) { upperTail($0, nu) }
        return probability > 0.5 ? t : -t
    }

    /// P(T > t) for t ≥ 0.
    static func upperTail(_ t: Double, _ nu: Double) -> Double {
        0.5 * SpecialFunctions.incompleteBeta(x: nu / (nu + t * t), a: nu / 2, b: 0.5)
    }
}
