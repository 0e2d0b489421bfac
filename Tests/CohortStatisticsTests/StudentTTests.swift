import Foundation
import Testing

@testable import CohortStatistics

@Suite struct StudentTTests {
    // ν = 1 is the Cauchy distribution: F(t) = ½ + atan(t)/π, quantile tan(π(p − ½)).
    // ν = 2: F(t) = ½ + t / (2√(2 + t²)), quantile (2p − 1) / √(2p(1 − p)).
    @Test(arguments: [0.001, 0.025, 0.2, 0.5, 0.8, 0.975, 0.999])
    func closedFormsForOneAndTwoDegrees(_ p: Double) throws {
        expectClose(
            StudentT.quantile(probability: p, degreesOfFreedom: 1), tan(Double.pi * (p - 0.5)), tolerance: 1e-10)
        expectClose(
            StudentT.quantile(probability: p, degreesOfFreedom: 2), (2 * p - 1) / (2 * p * (1 - p)).squareRoot(),
            tolerance: 1e-10)
        let t = 1.7 * (p - 0.5) * 10
        expectClose(StudentT.cdf(t, degreesOfFreedom: 1), 0.5 + atan(t) / Double.pi, tolerance: 1e-13)
        expectClose(StudentT.cdf(t, degreesOfFreedom: 2), 0.5 + t / (2 * (2 + t * t).squareRoot()), tolerance: 1e-13)
    }

    /// Two-sided 95 % critical values from a printed t table (three decimals).
    @Test(arguments: [(3.0, 3.182), (9, 2.262), (10, 2.228), (29, 2.045), (120, 1.980)])
    func textbookTable(_ degrees: Double, _ critical: Double) {
        expectClose(StudentT.quantile(probability: 0.975, degreesOfFreedom: degrees), critical, tolerance: 5e-4)
    }

    @Test func quantileInvertsTheCDF() throws {
        for nu in [1.0, 2.5, 7, 30, 1000] {
            for p in [1e-6, 0.01, 0.3, 0.5, 0.9, 0.999_999] {
                let t = try #require(StudentT.quantile(probability: p, degreesOfFreedom: nu))
                expectClose(StudentT.cdf(t, degreesOfFreedom: nu), p, tolerance: 1e-10, "ν=\(nu) p=\(p)")
            }
        }
    }

    @Test func invalidArgumentsAreNil() {
        #expect(StudentT.quantile(probability: 0, degreesOfFreedom: 5) == nil)
        #expect(StudentT.quantile(probability: 1, degreesOfFreedom: 5) == nil)
        #expect(StudentT.quantile(probability: 0.5, degreesOfFreedom: 0) == nil)
        #expect(StudentT.cdf(.nan, degreesOfFreedom: 5) == nil)
        #expect(StudentT.cdf(1, degreesOfFreedom: -1) == nil)
    }
}
