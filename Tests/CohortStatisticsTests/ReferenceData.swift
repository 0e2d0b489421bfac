import Foundation
import TestSupport

/// The data set the cross-check writes for reference.py, and the figures it reads back.
/// Field names are the JSON keys both sides use.
struct ReferenceInput: Codable {
    struct Pairs: Codable {
        var pre: [Double]
        var post: [Double]
    }
    struct Test: Codable {
        var scores: [[Double]]
        var maxima: [Double]
    }
    struct Construct: Codable {
        var before: [String: Double]
        var after: [String: Double]
    }
    struct Quantile: Codable {
        var probability: Double
        var degreesOfFreedom: Double
    }
    struct NoncentralPoint: Codable {
        var t: Double
        var degreesOfFreedom: Double
        var noncentrality: Double
    }

    var pairs: [Pairs]
    var tests: [Test]
    var constructs: [Construct]
    var tQuantiles: [Quantile]
    var noncentralT: [NoncentralPoint]

    /// A seeded, random but plausible data set: pre/post percentages with some learners at
    /// 100, 0/1 and partial-credit tests from a logistic ability model (with an item
    /// everyone gets right), Likert construct scores with partial overlap, and grids of
    /// t quantiles and noncentral t points.
    static func make(seed: UInt64) -> ReferenceInput {
        var random = SeededGenerator(seed: seed)
        func percent(_ value: Double) -> Double { min(100, max(0, (value * 2).rounded() / 2)) }
        func pairs(n: Int, gain: Double, noise: Double, ceiling: Int) -> Pairs {
            var pre = (0..<n).map { _ in percent(55 + 18 * random.normal()) }
            for index in 0..<min(ceiling, n) { pre[index * 3 % n] = 100 }
            let post = pre.map { percent($0 + gain + noise * random.normal()) }
            return Pairs(pre: pre, post: post)
        }
        func test(n: Int, maxima: [Double], steps: Int, constant: Bool) -> Test {
            let difficulty = maxima.map { _ in random.normal() }
            var scores = (0..<n).map { _ in
                let ability = random.normal()
                return zip(maxima, difficulty).map { maximum, b in
                    let p = 1 / (1 + exp(b - ability))
                    let earned = (0..<steps).filter { _ in Double.random(in: 0..<1, using: &random) < p }.count
                    return maximum * Double(earned) / Double(steps)
                }
            }
            if constant { for row in scores.indices { scores[row][0] = maxima[0] } }
            return Test(scores: scores, maxima: maxima)
        }
        func construct(n: Int, shift: Double) -> Construct {
            var before: [String: Double] = [:]
            var after: [String: Double] = [:]
            for learner in 0..<n {
                let code = "L\(learner)"
                let base = Double.random(in: 1.5...4.5, using: &random)
                if learner % 5 != 4 { before[code] = (base * 3).rounded() / 3 }
                if learner % 7 != 6 { after[code] = (min(5, base + shift + 0.5 * random.normal()) * 3).rounded() / 3 }
            }
            return Construct(before: before, after: after)
        }
        return ReferenceInput(
            pairs: [
                pairs(n: 30, gain: 12, noise: 10, ceiling: 2), pairs(n: 8, gain: 3, noise: 12, ceiling: 0),
                pairs(n: 2, gain: 10, noise: 8, ceiling: 0), pairs(n: 12, gain: -6, noise: 9, ceiling: 1),
                pairs(n: 40, gain: 25, noise: 6, ceiling: 0),
            ],
            tests: [
                test(n: 40, maxima: Array(repeating: 1, count: 10), steps: 1, constant: true),
                test(n: 25, maxima: [1, 2, 3, 1, 2, 4], steps: 3, constant: false),
                test(n: 3, maxima: [1, 1], steps: 1, constant: false),
            ],
            constructs: [construct(n: 24, shift: 0.6), construct(n: 9, shift: -0.2)],
            tQuantiles: [0.001, 0.025, 0.05, 0.5, 0.9, 0.975, 0.999].flatMap { p in
                [1, 2, 3, 7.5, 29, 200].map { Quantile(probability: p, degreesOfFreedom: $0) }
            },
            // δ near t, where interval limits lie (scipy's nct gives NaN in far tails).
            noncentralT: [-3, -0.5, 0, 0.7, 2, 5, 15, 40].flatMap { t in
                [1.0, 4, 29].flatMap { nu in
                    [-3, -1, 0, 0.5, 2].map { NoncentralPoint(t: t, degreesOfFreedom: nu, noncentrality: t + $0) }
                }
            })
    }
}

/// What reference.py prints; nil where a figure is undefined.
struct ReferenceOutput: Decodable {
    struct Paired: Decodable {
        var n: Int
        var meanDifference: Double
        var sdDifference: Double?
        var meanCI: [Double]?
        var dz: Double?
        var dzCI: [Double]?
        var dzCIByIntegral: [Double]?
    }
    struct Pairs: Decodable {
        var n: Int
        var preMean: Double
        var postMean: Double
        var preSD: Double?
        var postSD: Double?
        var learnerGains: [Double?]
        var meanLearnerGain: Double?
        var cohortGain: Double?
        var meanDifference: Double
        var sdDifference: Double?
        var meanCI: [Double]?
        var dz: Double?
        var dzCI: [Double]?
        var dzCIByIntegral: [Double]?
    }
    struct Item: Decodable {
        var facility: Double
        var sd: Double?
        var discrimination: Double?
        var efficiency: Double?
        var flags: [String]
    }
    struct Test: Decodable {
        var items: [Item]
        var n: Int
        var mean: Double
        var median: Double
        var sd: Double?
        var alpha: Double?
        var kr20: Double?
        var errorRatio: Double?
        var standardError: Double?
    }
    struct Construct: Decodable {
        var beforeN: Int
        var beforeMean: Double?
        var afterN: Int
        var afterMean: Double?
        var paired: Paired?
    }

    var pairs: [Pairs]
    var tests: [Test]
    var constructs: [Construct]
    var tQuantiles: [Double]
    var noncentralT: [Double]
    var noncentralTByIntegral: [Double]
}
