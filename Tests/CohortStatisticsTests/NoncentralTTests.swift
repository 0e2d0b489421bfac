import Foundation
import Testing

@testable import CohortStatistics

@Suite struct NoncentralTTests {
    @Test func zeroNoncentralityIsStudentT() throws {
        for nu in [1.0, 3, 29] {
            for t in [-4.0, -0.3, 0, 1.2, 6] {
                expectClose(
                    NoncentralT.cdf(t, degreesOfFreedom: nu, noncentrality: 0), StudentT.cdf(t, degreesOfFreedom: nu),
                    tolerance: 1e-14)
            }
        }
    }

    // At t = 0, P(T ≤ 0) = P(Z + δ ≤ 0) = Φ(−δ) whatever ν.
    @Test(arguments: [-3.0, -0.5, 0.7, 2, 9])
    func atZeroItIsTheNormalTail(_ delta: Double) {
        expectClose(
            NoncentralT.cdf(0, degreesOfFreedom: 4, noncentrality: delta), 0.5 * erfc(delta / 2.0.squareRoot()),
            tolerance: 1e-15)
        // An infinitesimal t > 0 goes through the series and must agree.
        expectClose(
            NoncentralT.cdf(1e-9, degreesOfFreedom: 4, noncentrality: delta), 0.5 * erfc(delta / 2.0.squareRoot()),
            tolerance: 1e-8)
    }

    /// Abramowitz and Stegun 26.7.10: F ≈ Φ((t(1 − 1/(4ν)) − δ) / √(1 + t²/(2ν))), good to
    /// about 1e-3 for large ν. Covers a large δ, where a series from j = 0 would underflow.
    @Test(arguments: [(1.0, 0.5), (12, 10), (41, 40), (58, 60)])
    func largeDegreesFollowTheNormalApproximation(_ t: Double, _ delta: Double) {
        let nu = 400.0
        let z = (t * (1 - 1 / (4 * nu)) - delta) / (1 + t * t / (2 * nu)).squareRoot()
        expectClose(
            NoncentralT.cdf(t, degreesOfFreedom: nu, noncentrality: delta), SpecialFunctions.normalCDF(z),
            tolerance: 2e-3)
    }

    @Test func fallsAsTheNoncentralityGrows() throws {
        var previous = 1.0
        for delta in stride(from: -10.0, through: 30, by: 0.5) {
            let value = try #require(NoncentralT.cdf(3.5, degreesOfFreedom: 6, noncentrality: delta))
            #expect(value <= previous + 1e-15 && value >= 0, "δ=\(delta)")
            previous = value
        }
        #expect(previous < 1e-6)
    }
}
