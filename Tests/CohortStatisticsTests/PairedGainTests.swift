import Testing

@testable import CohortStatistics

@Suite struct PairedGainTests {
    // pre [20, 50, 80, 100], post [40, 75, 90, 100].
    // Learner gains: 20/80 = 0.25, 25/50 = 0.5, 10/20 = 0.5, undefined (pre 100);
    // mean of the three defined: 1.25/3.
    // Means: pre 250/4 = 62.5, post 305/4 = 76.25; cohort gain 13.75 / 37.5 = 11/30.
    // Differences [20, 25, 10, 0]: mean 13.75, deviations 6.25 11.25 −3.75 −13.75,
    // squares 39.0625 + 126.5625 + 14.0625 + 189.0625 = 368.75, s_d = √(368.75/3);
    // d_z = 13.75 / s_d.
    @Test func workedExample() throws {
        let gain = try #require(PairedGain.compute(pre: [20, 50, 80, 100], post: [40, 75, 90, 100]))
        #expect(gain.count == 4)
        #expect(gain.pre.mean == 62.5 && gain.post.mean == 76.25)
        #expect(gain.learnerGains == [0.25, 0.5, 0.5, nil])
        #expect(gain.learnersWithGain == 3)
        expectClose(gain.meanLearnerGain, 1.25 / 3)
        expectClose(gain.cohortGain, 11.0 / 30)
        #expect(gain.difference.meanDifference == 13.75)
        let sd = (368.75 / 3).squareRoot()
        expectClose(gain.difference.standardDeviation, sd)
        expectClose(gain.difference.effectSize, 13.75 / sd)
        // Mean difference ± t(0.975, 3) · s_d / 2, t from a printed table: 3.182.
        let interval = try #require(gain.difference.meanDifferenceInterval)
        expectClose(interval.lower, 13.75 - 3.182 * sd / 2, tolerance: 1e-3)
        expectClose(interval.upper, 13.75 + 3.182 * sd / 2, tolerance: 1e-3)
    }

    @Test func lossesGiveNegativeGains() throws {
        let gain = try #require(PairedGain.compute(pre: [50, 60], post: [25, 60]))
        #expect(gain.learnerGains == [-0.5, 0])
        expectClose(gain.cohortGain, -25.0 / 2 / 45)
    }

    @Test func everyoneAtTheCeilingHasNoGain() throws {
        let gain = try #require(PairedGain.compute(pre: [100, 100], post: [100, 90]))
        #expect(gain.learnerGains == [nil, nil])
        #expect(gain.meanLearnerGain == nil && gain.learnersWithGain == 0)
        #expect(gain.cohortGain == nil)
        #expect(gain.difference.meanDifference == -5)
    }

    @Test func oneLearnerHasNoSpread() throws {
        let gain = try #require(PairedGain.compute(pre: [40], post: [70]))
        #expect(gain.learnerGains == [0.5] && gain.cohortGain == 0.5)
        #expect(gain.difference.standardDeviation == nil)
        #expect(gain.difference.effectSize == nil && gain.difference.effectSizeInterval == nil)
        #expect(gain.difference.meanDifferenceInterval == nil)
        #expect(gain.pre.standardDeviation == nil)
    }

    // Everyone gains exactly 10 points: s_d = 0, so d_z is undefined (not infinite), and the
    // interval of the mean difference is the single point 10.
    @Test func identicalChangesHaveNoEffectSize() throws {
        let gain = try #require(PairedGain.compute(pre: [30, 40, 50], post: [40, 50, 60]))
        #expect(gain.difference.standardDeviation == 0)
        #expect(gain.difference.effectSize == nil && gain.difference.effectSizeInterval == nil)
        let interval = try #require(gain.difference.meanDifferenceInterval)
        #expect(interval.lower == 10 && interval.upper == 10)
    }

    @Test func invalidInputIsNil() {
        #expect(PairedGain.compute(pre: [], post: []) == nil)
        #expect(PairedGain.compute(pre: [10, 20], post: [30]) == nil)
        #expect(PairedGain.compute(pre: [10], post: [101]) == nil)
        #expect(PairedGain.compute(pre: [-1], post: [50]) == nil)
        #expect(PairedGain.compute(pre: [.nan], post: [50]) == nil)
        #expect(PairedGain.hakeGain(pre: 100, post: 100) == nil)
    }
}
