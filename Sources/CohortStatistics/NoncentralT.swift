import Foundation

/// The noncentral t distribution: T = (Z + δ) / √(V/ν) with Z standard normal and V
/// chi-squared with ν degrees of freedom; δ is the noncentrality.
public enum NoncentralT {
    /// P(T ≤ t) for ν > 0 and any δ. nil when ν ≤ 0 or an argument is not finite.
    ///
    /// For t ≥ 0 (Lenth 1989, algorithm AS 243), with x = t²/(t² + ν) and λ = δ²/2:
    /// F = Φ(−δ) + ½ Σⱼ [pⱼ I_x(j + ½, ν/2) + (δ/√2) qⱼ I_x(j + 1, ν/2)],
    /// pⱼ = e^{−λ} λʲ / j!, qⱼ = e^{−λ} λʲ / Γ(j + 3/2). The sum starts at the largest
    /// weight, j = ⌊λ⌋, and runs both ways with recurrences for the weights and for I_x
    /// (Benton and Krishnamoorthy 2003), so a large δ neither underflows nor costs more
    /// than O(√λ) terms. For t < 0, F(t; ν, δ) = 1 − F(−t; ν, −δ). Absolute error about 1e-13.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double, noncentrality delta: Double) -> Double? {
        guard nu > 0, nu.isFinite, t.isFinite, delta.isFinite else { return nil }
        if t < 0 { return 1 - nonnegativeCDF(-t, nu, -delta) }
        return nonnegativeCDF(t, nu, delta)
    }

    private static func nonnegativeCDF(_ t: Double, _ nu: Double, _ delta: Double) -> Double {
        let atZero = SpecialFunctions.normalCDF(-delta)
        if t == 0 { return atZero }
        if delta == 0 { return 1 - StudentT.upperTail(t, nu) }
        let x = t * t / (t * t + nu)
        let lambda = delta * delta / 2
        let scale = delta / 2.0.squareRoot()
        let mode = Foundation.floor(lambda)
        let logPoisson = -lambda + mode * log(lambda) - SpecialFunctions.logGamma(mode + 1)
        let logWhole = -lambda + mode * log(lambda) - SpecialFunctions.logGamma(mode + 1.5)
        let halfAtMode = SeriesTerm(a: mode + 0.5, logWeight: logPoisson, x: x, b: nu / 2, lambda: lambda)
        let wholeAtMode = SeriesTerm(a: mode + 1, logWeight: logWhole, x: x, b: nu / 2, lambda: lambda)
        func value(_ half: SeriesTerm, _ whole: SeriesTerm) -> Double {
            half.weight * half.beta + scale * whole.weight * whole.beta
        }
        // What the terms not yet summed can add at most, with I_x ≤ 1 and at most ~√λ terms of this size.
        let spread = 1 + lambda.squareRoot()
        func negligible(_ half: SeriesTerm, _ whole: SeriesTerm, beta: Double) -> Bool {
            (half.weight + abs(scale) * whole.weight) * beta * spread < 1e-16
        }

        var sum = value(halfAtMode, wholeAtMode)
        var (half, whole) = (halfAtMode, wholeAtMode)
        let lastForward = mode + 50 * lambda.squareRoot() + 2000
        while half.a < lastForward {
            (half, whole) = (half.advanced(), whole.advanced())
            sum += value(half, whole)
            if negligible(half, whole, beta: max(half.beta, whole.beta)) { break }
        }
        (half, whole) = (halfAtMode, wholeAtMode)
        while half.a > 1 {
            (half, whole) = (half.retreated(), whole.retreated())
            sum += value(half, whole)
            if negligible(half, whole, beta: 1) { break }
        }
        return min(1, max(0, atZero + sum / 2))
    }
}

/// One term of a series in `NoncentralT.cdf`: a weight (pⱼ or qⱼ), I_x(a, b), and the
/// recurrence step x^a (1 − x)^b Γ(a + b) / (Γ(a + 1) Γ(b)) = I_x(a, b) − I_x(a + 1, b).
/// Both weights obey the same recurrence in a: ·λ/(a + ½) up, ·(a − ½)/λ down.
private struct SeriesTerm {
    var a: Double
    var weight: Double
    var beta: Double
    var step: Double
    let x: Double
    let b: Double
    let lambda: Double

    init(a: Double, logWeight: Double, x: Double, b: Double, lambda: Double) {
        self.a = a
        self.x = x
        self.b = b
        self.lambda = lambda
        weight = exp(logWeight)
        beta = SpecialFunctions.incompleteBeta(x: x, a: a, b: b)
        step = exp(
            a * log(x) + b * log1p(-x) + SpecialFunctions.logGamma(a + b)
                - SpecialFunctions.logGamma(a + 1) - SpecialFunctions.logGamma(b))
    }

    /// The term for a + 1.
    func advanced() -> SeriesTerm {
        var next = self
        next.weight = weight * lambda / (a + 0.5)
        next.beta = max(0, beta - step)
        next.step = step * x * (a + b) / (a + 1)
        next.a = a + 1
        return next
    }

    /// The term for a − 1 (a > 1).
    func retreated() -> SeriesTerm {
        var previous = self
        previous.weight = weight * (a - 0.5) / lambda
        previous.step = step * a / (x * (a + b - 1))
        previous.beta = min(1, beta + previous.step)
        previous.a = a - 1
        return previous
    }
}
