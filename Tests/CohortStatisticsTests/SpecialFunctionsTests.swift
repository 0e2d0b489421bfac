import Foundation
import Testing

@testable import CohortStatistics

@Suite struct SpecialFunctionsTests {
    // Γ(1) = Γ(2) = 1, Γ(½) = √π, Γ(10) = 9! = 362880.
    @Test func logGammaAtKnownPoints() {
        expectClose(SpecialFunctions.logGamma(1), 0, tolerance: 1e-14)
        expectClose(SpecialFunctions.logGamma(2), 0, tolerance: 1e-14)
        expectClose(SpecialFunctions.logGamma(0.5), log(Double.pi.squareRoot()), tolerance: 1e-14)
        expectClose(SpecialFunctions.logGamma(10), log(362_880.0), tolerance: 1e-14)
    }

    /// Against the C library's lgamma, an independent implementation.
    @Test(arguments: [0.05, 0.3, 0.75, 1.5, 3.3, 12.5, 57.5, 400.25, 10_000.5, 250_000])
    func logGammaMatchesTheCLibrary(_ x: Double) {
        expectClose(SpecialFunctions.logGamma(x), lgamma(x), tolerance: 1e-13, "lnΓ(\(x))")
    }

    // Closed forms: I_x(1, 1) = x, I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ, I_½(a, a) = ½.
    @Test(arguments: [0.01, 0.2, 0.5, 0.77, 0.999])
    func incompleteBetaClosedForms(_ x: Double) {
        expectClose(SpecialFunctions.incompleteBeta(x: x, a: 1, b: 1), x, tolerance: 1e-14)
        expectClose(SpecialFunctions.incompleteBeta(x: x, a: 3.5, b: 1), pow(x, 3.5), tolerance: 1e-14)
        expectClose(SpecialFunctions.incompleteBeta(x: x, a: 1, b: 4.25), 1 - pow(1 - x, 4.25), tolerance: 1e-14)
        expectClose(SpecialFunctions.incompleteBeta(x: 0.5, a: x * 100, b: x * 100), 0.5, tolerance: 1e-13)
    }

    @Test func normalCDF() {
        expectClose(SpecialFunctions.normalCDF(0), 0.5, tolerance: 1e-15)
        // Table value: Φ(1.96) = 0.9750021.
        expectClose(SpecialFunctions.normalCDF(1.96), 0.9750021, tolerance: 1e-7)
        expectClose(SpecialFunctions.normalCDF(-1.96), 1 - 0.9750021, tolerance: 1e-7)
    }
}
