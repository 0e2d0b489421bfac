import TestSupport
import Testing

@testable import CohortStatistics

@Suite struct ItemAnalysisTests {
    // Four learners, three 0/1 items:      totals
    //   A 1 1 1                              3
    //   B 1 1 0                              2
    //   C 1 0 1                              2
    //   D 0 0 0                              0
    // Item 1 = [1 1 1 0]: mean 0.75, variance (3·0.0625 + 0.5625)/3 = 0.25, sd 0.5.
    //   Rest [2 1 1 0]: mean 1, variance 2/3. Cov = (0.25·1 + 0.75·1)/3 = 1/3.
    //   r = (1/3)/√(0.25 · 2/3) = √6/3. Sorted item −0.75 0.25 0.25 0.25 × sorted rest
    //   −1 0 0 1 → Σ = 1, Cov_max = 1/3, efficiency 1.
    // Item 2 = [1 1 0 0]: mean 0.5, variance 1/3. Rest [2 1 2 0]: mean 1.25, variance 11/12.
    //   Cov = (0.5·0.75 − 0.5·0.25 − 0.5·0.75 + 0.5·1.25)/3 = 1/6; r = (1/6)/√(1/3 · 11/12) = 1/√11.
    //   Sorted item −½ −½ ½ ½ × sorted rest −1.25 −0.25 0.75 0.75 → Σ = 1.5, Cov_max = ½,
    //   efficiency 1/3.
    // Item 3 = [1 0 1 0]: rest [2 2 1 0], the same figures as item 2.
    // Totals [3 2 2 0]: mean 1.75, variance 4.75/3 = 19/12, median 2.
    // α = 3/2 · (1 − (1/4 + 1/3 + 1/3)/(19/12)) = 3/2 · 8/19 = 12/19.
    // KR-20 with p = 0.75 0.5 0.5: Σpq = 0.6875, population variance 4.75/4 = 1.1875,
    //   3/2 · (1 − 0.6875/1.1875) = 12/19 too.
    // Error ratio √(7/19); standard error √(19/12) · √(7/19) = √(7/12).
    static let scores: [[Double]] = [[1, 1, 1], [1, 1, 0], [1, 0, 1], [0, 0, 0]]

    @Test func workedExample() throws {
        let analysis = try #require(ItemAnalysis.compute(scores: Self.scores, maxima: [1, 1, 1]))
        let (first, second, third) = (analysis.items[0], analysis.items[1], analysis.items[2])
        #expect(first.facility == 0.75 && second.facility == 0.5 && third.facility == 0.5)
        expectClose(first.standardDeviation, 0.5)
        expectClose(second.standardDeviation, (1.0 / 3).squareRoot())
        expectClose(first.discriminationIndex, 6.0.squareRoot() / 3)
        expectClose(second.discriminationIndex, 1 / 11.0.squareRoot())
        expectClose(third.discriminationIndex, 1 / 11.0.squareRoot())
        expectClose(first.discriminativeEfficiency, 1)
        expectClose(second.discriminativeEfficiency, 1.0 / 3)
        expectClose(third.discriminativeEfficiency, 1.0 / 3)
        #expect(analysis.items.allSatisfy { $0.flags.isEmpty })

        let test = analysis.test
        #expect(test.learnerCount == 4 && test.itemCount == 3 && test.maximumTotal == 3)
        #expect(test.totals.mean == 1.75 && test.totals.median == 2)
        expectClose(test.totals.standardDeviation, (19.0 / 12).squareRoot())
        expectClose(test.cronbachAlpha, 12.0 / 19)
        expectClose(test.errorRatio, (7.0 / 19).squareRoot())
        expectClose(test.standardError, (7.0 / 12).squareRoot())
    }

    // Cronbach's α equals KR-20 on 0/1 items: random 0/1 matrices, KR-20 from its own
    // formula k/(k − 1) · (1 − Σ pᵢ(1 − pᵢ) / population variance of the totals).
    @Test(arguments: [1 as UInt64, 2, 3, 4, 5])
    func alphaIsKR20OnDichotomousItems(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let n = 15 + Int(seed) * 3
        let k = 4 + Int(seed)
        let scores = (0..<n).map { _ in (0..<k).map { _ in Double(Int.random(in: 0...1, using: &generator)) } }
        let analysis = try #require(ItemAnalysis.compute(scores: scores, maxima: Array(repeating: 1, count: k)))
        let totals = scores.map { $0.reduce(0, +) }
        let mean = totals.reduce(0, +) / Double(n)
        let populationVariance = totals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n)
        let pq = (0..<k).map { item in
            let p = scores.map { $0[item] }.reduce(0, +) / Double(n)
            return p * (1 - p)
        }.reduce(0, +)
        let kr20 = Double(k) / Double(k - 1) * (1 - pq / populationVariance)
        expectClose(analysis.test.cronbachAlpha, kr20, tolerance: 1e-12)
    }

    // Partial credit, maxima [2, 1]: A [2 1], B [1 1], C [0 0], D [1 0].
    // Item 1: mean 1 → facility 0.5; variance (1 + 0 + 1 + 0)/3 = 2/3, sd √(2/3)/2.
    //   Rest = item 2 = [1 1 0 0], variance 1/3; cov (1·½ + 1·½)/3 = 1/3; r = (1/3)/√(2/9) = 1/√2.
    //   Sorted: [0 1 1 2] with [0 0 1 1] → same covariance, efficiency 1.
    // Item 2: facility 0.5, sd √(1/3); r = 1/√2, efficiency 1.
    // Totals [3 2 0 1]: variance 5/3; α = 2 · (1 − (2/3 + 1/3)/(5/3)) = 0.8.
    @Test func partialCreditIsScaledByTheMaximum() throws {
        let analysis = try #require(
            ItemAnalysis.compute(scores: [[2, 1], [1, 1], [0, 0], [1, 0]], maxima: [2, 1]))
        #expect(analysis.items[0].facility == 0.5 && analysis.items[0].meanScore == 1)
        expectClose(analysis.items[0].standardDeviation, (2.0 / 3).squareRoot() / 2)
        expectClose(analysis.items[1].standardDeviation, (1.0 / 3).squareRoot())
        expectClose(analysis.items[0].discriminationIndex, 1 / 2.0.squareRoot())
        expectClose(analysis.items[1].discriminationIndex, 1 / 2.0.squareRoot())
        expectClose(analysis.items[0].discriminativeEfficiency, 1)
        expectClose(analysis.test.cronbachAlpha, 0.8)
        expectClose(analysis.test.errorRatio, 0.2.squareRoot())
        expectClose(analysis.test.standardError, (1.0 / 3).squareRoot())
        #expect(analysis.test.maximumTotal == 3)
    }

    // The worked example plus an item everyone got right: its SD is 0, discrimination and
    // efficiency are undefined, and it is flagged. α = 4/3 · (1 − (11/12)/(19/12)) = 32/57
    // (a constant item adds no variance anywhere, only to k).
    @Test func anItemEveryoneGotRight() throws {
        let scores = Self.scores.map { $0 + [1] }
        let analysis = try #require(ItemAnalysis.compute(scores: scores, maxima: [1, 1, 1, 1]))
        let easy = analysis.items[3]
        #expect(easy.facility == 1 && easy.standardDeviation == 0)
        #expect(easy.discriminationIndex == nil && easy.discriminativeEfficiency == nil)
        #expect(easy.flags == [.tooEasy, .discriminationUndefined])
        expectClose(analysis.items[0].discriminationIndex, 6.0.squareRoot() / 3)
        expectClose(analysis.test.cronbachAlpha, 32.0 / 57)
    }

    // Ten learners. Item 1: 9 right → facility 0.9 (on the boundary, not flagged).
    // Item 2: 2 right → 0.2 (boundary). Item 3: 1 right → 0.1, too hard.
    // Item 4: right exactly for the weakest learners → negative discrimination.
    @Test func flagsAtAndBeyondTheBoundaries() throws {
        var scores: [[Double]] = []
        for learner in 0..<10 {
            scores.append([
                learner < 9 ? 1 : 0, learner < 2 ? 1 : 0, learner < 1 ? 1 : 0, learner >= 6 ? 1 : 0,
                learner < 5 ? 1 : 0,
            ])
        }
        let analysis = try #require(ItemAnalysis.compute(scores: scores, maxima: [1, 1, 1, 1, 1]))
        #expect(analysis.items[0].facility == 0.9 && !analysis.items[0].flags.contains(.tooEasy))
        #expect(analysis.items[1].facility == 0.2 && !analysis.items[1].flags.contains(.tooHard))
        #expect(analysis.items[2].flags.contains(.tooHard))
        #expect(try #require(analysis.items[3].discriminationIndex) < 0)
        #expect(analysis.items[3].flags == [.lowDiscrimination])

        let strict = ItemFlagThresholds(minimumDiscrimination: 0.99, facilityRange: 0.3...0.8)
        let flagged = try #require(ItemAnalysis.compute(scores: scores, maxima: [1, 1, 1, 1, 1], thresholds: strict))
        #expect(flagged.items[0].flags.contains(.tooEasy) && flagged.items[1].flags.contains(.tooHard))
        #expect(flagged.items.allSatisfy { $0.flags.contains(.lowDiscrimination) })
    }

    @Test func oneLearnerHasOnlyFacilities() throws {
        let analysis = try #require(ItemAnalysis.compute(scores: [[1, 0, 2]], maxima: [1, 1, 4]))
        #expect(analysis.items.map(\.facility) == [1, 0, 0.5])
        #expect(
            analysis.items.allSatisfy {
                $0.standardDeviation == nil && $0.discriminationIndex == nil && $0.discriminativeEfficiency == nil
                    && $0.flags.contains(.discriminationUndefined)
            })
        #expect(analysis.test.totals.mean == 3 && analysis.test.totals.standardDeviation == nil)
        #expect(
            analysis.test.cronbachAlpha == nil && analysis.test.errorRatio == nil && analysis.test.standardError == nil)
    }

    // One item: the rest of the test is always 0, so nothing to correlate with; α needs k ≥ 2.
    // All totals equal: α is undefined (0/0).
    @Test func oneItemOrEqualTotals() throws {
        let single = try #require(ItemAnalysis.compute(scores: [[1], [0], [1]], maxima: [1]))
        #expect(single.items[0].discriminationIndex == nil && single.test.cronbachAlpha == nil)
        let equal = try #require(ItemAnalysis.compute(scores: [[1, 0], [0, 1]], maxima: [1, 1]))
        #expect(equal.test.cronbachAlpha == nil && equal.test.totals.standardDeviation == 0)
        // Each item is perfectly, negatively, tied to the other.
        expectClose(equal.items[0].discriminationIndex, -1)
    }

    @Test func invalidMatricesAreNil() {
        #expect(ItemAnalysis.compute(scores: [], maxima: [1]) == nil)
        #expect(ItemAnalysis.compute(scores: [[]], maxima: []) == nil)
        #expect(ItemAnalysis.compute(scores: [[1, 0], [1]], maxima: [1, 1]) == nil)
        #expect(ItemAnalysis.compute(scores: [[2]], maxima: [1]) == nil)
        #expect(ItemAnalysis.compute(scores: [[-0.5]], maxima: [1]) == nil)
        #expect(ItemAnalysis.compute(scores: [[.nan]], maxima: [1]) == nil)
        #expect(ItemAnalysis.compute(scores: [[0]], maxima: [0]) == nil)
        // A rounding excess such as 3 × (2/3) computed another way is accepted.
        #expect(ItemAnalysis.compute(scores: [[2.000_000_000_000_000_4]], maxima: [2]) != nil)
    }
}
