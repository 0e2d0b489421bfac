import Foundation
import LessonEngine

/// The two-parameter logistic item response model (Birnbaum 1968): a learner of ability
/// θ answers an item of discrimination a and difficulty b correctly with probability
/// 1 / (1 + e^(−a(θ − b))).
public struct ItemResponseModel: Sendable {
    public struct Item: Sendable, Hashable {
        public var discrimination: Double
        public var difficulty: Double
    }

    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// The parameters of the item `stepId`, the same for every learner under this seed:
    /// a uniform on 0.5…2.0, b normal with mean −0.5 and SD 1 (most items a little easy,
    /// as a teaching quiz's are).
    public func item(_ stepId: String) -> Item {
        var generator = SplitMix64(seed: seed, salt: "item:" + stepId)
        let discrimination = 0.5 + 1.5 * Double.random(in: 0..<1, using: &generator)
        let difficulty = -0.5 + Normal.sample(using: &generator)
        return Item(discrimination: discrimination, difficulty: difficulty)
    }

    public func probabilityCorrect(ability: Double, item: Item) -> Double {
        1 / (1 + exp(-item.discrimination * (ability - item.difficulty)))
    }
}

/// Standard normal samples (Box–Muller).
enum Normal {
    static func sample(using generator: inout some RandomNumberGenerator) -> Double {
        let u1 = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &generator)
        let u2 = Double.random(in: 0..<1, using: &generator)
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    static func sample(mean: Double, sd: Double, using generator: inout some RandomNumberGenerator) -> Double {
        mean + sd * sample(using: &generator)
    }
}
