import Testing

@testable import CohortStatistics

@Suite struct PairedDifferenceTests {
    // before [3, 5, 4, 6, 7], after [5, 6, 7, 6, 9]: differences [2, 1, 3, 0, 2], mean 1.6,
    // deviations 0.4 −0.6 1.4 −1.6 0.4, squares 0.16 + 0.36 + 1.96 + 2.56 + 0.16 = 5.2,
    // s_d = √1.3, d_z = 1.6 / √1.3.
    @Test func workedExample() throws {
        let paired = try #require(PairedDifference.compute(before: [3, 5, 4, 6, 7], after: [5, 6, 7, 6, 9]))
        #expect(paired.count == 5)
        expectClose(paired.meanDifference, 1.6)
        expectClose(paired.standardDeviation, 1.3.squareRoot())
        expectClose(paired.effectSize, 1.6 / 1.3.squareRoot())
    }

    /// The exact interval's limits are where the noncentral t CDF at the observed t = d_z √n
    /// is 0.975 and 0.025, and they hold d_z.
    @Test func effectSizeIntervalInvertsTheNoncentralT() throws {
        let paired = try #require(PairedDifference.compute(before: [3, 5, 4, 6, 7], after: [5, 6, 7, 6, 9]))
        let dz = try #require(paired.effectSize)
        let interval = try #require(paired.effectSizeInterval)
        let root = 5.0.squareRoot()
        #expect(interval.level == 0.95 && interval.lower < dz && dz < interval.upper)
        expectClose(
            NoncentralT.cdf(dz * root, degreesOfFreedom: 4, noncentrality: interval.lower * root), 0.975,
            tolerance: 1e-10)
        expectClose(
            NoncentralT.cdf(dz * root, degreesOfFreedom: 4, noncentrality: interval.upper * root), 0.025,
            tolerance: 1e-10)
    }

    /// For a large n the exact interval nears the normal approximation
    /// d_z ± 1.96 · √(1/n + d_z²/(2n)).
    @Test func largeSamplesNearTheApproximation() throws {
        let interval = try #require(EffectSizeInterval.pairedExact(effectSize: 0.5, count: 2000))
        let se = (1 / 2000.0 + 0.25 / 4000).squareRoot()
        expectClose(interval.lower, 0.5 - 1.959964 * se, tolerance: 2e-3)
        expectClose(interval.upper, 0.5 + 1.959964 * se, tolerance: 2e-3)
    }

    /// A negative effect mirrors a positive one: the interval of −d is minus that of d.
    @Test func negativeEffectsMirror() throws {
        let positive = try #require(EffectSizeInterval.pairedExact(effectSize: 0.8, count: 12))
        let negative = try #require(EffectSizeInterval.pairedExact(effectSize: -0.8, count: 12))
        expectClose(negative.lower, -positive.upper, tolerance: 1e-10)
        expectClose(negative.upper, -positive.lower, tolerance: 1e-10)
    }

    @Test func twoPairsAndAHugeEffectStillGiveAnInterval() throws {
        let small = try #require(EffectSizeInterval.pairedExact(effectSize: 1.5, count: 2))
        #expect(small.lower < 1.5 && 1.5 < small.upper)
        let huge = try #require(EffectSizeInterval.pairedExact(effectSize: 6, count: 60))
        #expect(huge.lower < 6 && 6 < huge.upper)
    }

    @Test func undefinedIsNil() {
        #expect(EffectSizeInterval.pairedExact(effectSize: 1, count: 1) == nil)
        #expect(EffectSizeInterval.pairedExact(effectSize: .infinity, count: 10) == nil)
        #expect(EffectSizeInterval.pairedExact(effectSize: 1, count: 10, level: 1) == nil)
        #expect(PairedDifference.compute(before: [1], after: [1, 2]) == nil)
        #expect(PairedDifference.compute(before: [], after: []) == nil)
    }

    /// Three learners who each gained a third of the test: the differences agree up to
    /// floating-point rounding. d_z would be rounding noise (about 1e15), and its interval
    /// once took the noncentral series billions of terms (a report of such a cohort hung).
    @Test func aSpreadWithinRoundingIsNoSpread() throws {
        let before = [100.0 / 3, 200.0 / 3, 0.1 + 0.2]
        let after = before.map { $0 + 100.0 / 3 }
        let paired = try #require(PairedDifference.compute(before: before, after: after))
        #expect((paired.standardDeviation ?? 1) < 1e-12)
        #expect(paired.effectSize == nil && paired.effectSizeInterval == nil)
        #expect(EffectSizeInterval.pairedExact(effectSize: 1e15, count: 3) == nil)
        #expect(EffectSizeInterval.pairedExact(effectSize: EffectSizeInterval.largestT / 3.0.squareRoot() * 0.99, count: 3) != nil)
    }
}
