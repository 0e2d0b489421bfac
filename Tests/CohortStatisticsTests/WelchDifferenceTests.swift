import Testing

@testable import CohortStatistics

/// Welch's interval for the difference of two independent means.
@Suite struct WelchDifferenceTests {
    // Wikipedia, "Welch's t-test", example 1: t = −2.46, ν ≈ 25.0, p = 0.021 (A1 − A2).
    static let a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4]
    static let a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4]

    @Test func matchesThePublishedExample() throws {
        let welch = try #require(WelchDifference.compute(Self.a1, Self.a2))
        #expect(abs(welch.difference / welch.standardError - 2.46) < 0.005)
        #expect(abs(welch.degreesOfFreedom - 25.0) < 0.05)
        let p = 2 * (1 - (StudentT.cdf(welch.difference / welch.standardError, degreesOfFreedom: welch.degreesOfFreedom) ?? 0))
        #expect(abs(p - 0.021) < 0.0005)
        let interval = try #require(welch.interval)
        #expect(interval.lower > 0 && interval.upper > welch.difference, "p < 0.05: the 95 % interval leaves out 0")
        #expect(abs((interval.lower + interval.upper) / 2 - welch.difference) < 1e-12)
        // At the level 1 − p the interval's end reaches 0.
        let edge = try #require(WelchDifference.compute(Self.a1, Self.a2, level: 1 - p)?.interval)
        #expect(abs(edge.lower) < 1e-6)
    }

    @Test func swappingTheSamplesNegatesTheDifference() throws {
        let forward = try #require(WelchDifference.compute(Self.a1, Self.a2))
        let backward = try #require(WelchDifference.compute(Self.a2, Self.a1))
        #expect(abs(forward.difference + backward.difference) < 1e-12)
        #expect(abs(forward.degreesOfFreedom - backward.degreesOfFreedom) < 1e-9)
    }

    @Test func tooFewOrNoSpread() throws {
        #expect(WelchDifference.compute([1], [1, 2]) == nil)
        #expect(WelchDifference.compute([1, 2], [.nan, 2]) == nil)
        let flat = try #require(WelchDifference.compute([5, 5, 5], [7, 7]))
        #expect(flat.difference == 2 && flat.interval == nil)
    }
}
