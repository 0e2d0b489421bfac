import Testing

@testable import CohortStatistics

@Suite struct DescriptiveTests {
    // [2, 4, 4, 4, 5, 5, 7, 9]: Σ = 40, mean 5; deviations −3 −1 −1 −1 0 0 2 4,
    // squares 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32; variance 32/7; median (4 + 5)/2 = 4.5.
    @Test func meanVarianceMedianByHand() {
        let values: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
        #expect(Descriptive.mean(values) == 5)
        expectClose(Descriptive.variance(values), 32.0 / 7)
        expectClose(Descriptive.standardDeviation(values), (32.0 / 7).squareRoot())
        #expect(Descriptive.median(values) == 4.5)
        #expect(Descriptive.median([3, 1, 2]) == 2)
    }

    // x = [1, 2, 3, 4], y = [2, 4, 5, 9]: deviations x −1.5 −0.5 0.5 1.5, y −3 −1 0 4;
    // Σ products 4.5 + 0.5 + 0 + 6 = 11, cov 11/3; var x 5/3, var y 26/3;
    // r = (11/3) / √(5/3 · 26/3) = 11/√130.
    @Test func covarianceAndCorrelationByHand() {
        let x: [Double] = [1, 2, 3, 4]
        let y: [Double] = [2, 4, 5, 9]
        expectClose(Descriptive.covariance(x, y), 11.0 / 3)
        expectClose(Descriptive.correlation(x, y), 11 / 130.0.squareRoot())
        expectClose(Descriptive.correlation(x, x.map { -2 * $0 }), -1)
    }

    @Test func undefinedIsNilNotNaN() {
        #expect(Descriptive.mean([]) == nil)
        #expect(Descriptive.median([]) == nil)
        #expect(Descriptive.variance([7]) == nil)
        #expect(Descriptive.standardDeviation([7]) == nil)
        #expect(Descriptive.covariance([1], [2]) == nil)
        #expect(Descriptive.covariance([1, 2], [1, 2, 3]) == nil)
        #expect(Descriptive.correlation([1, 2, 3], [5, 5, 5]) == nil)
        #expect(Descriptive.mean([7]) == 7)
        #expect(Descriptive.median([7]) == 7)
    }

    // 0.1 + 0.1 + 0.1 = 0.30000000000000004, so a naive mean leaves a rounding residue.
    @Test func constantSamplesAreExact() {
        let values = [0.1, 0.1, 0.1]
        #expect(Descriptive.mean(values) == 0.1)
        #expect(Descriptive.variance(values) == 0)
        #expect(Descriptive.covariance(values, [1, 2, 3]) == 0)
    }

    @Test func summaryOfOneValue() throws {
        let summary = try #require(SampleSummary([42]))
        #expect(summary.count == 1 && summary.mean == 42 && summary.median == 42)
        #expect(summary.standardDeviation == nil)
        #expect(SampleSummary([]) == nil)
    }
}
