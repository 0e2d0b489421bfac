import LessonEngine

/// One synthetic learner: an ability before the lessons and what the lessons add to it,
/// and an attitude before and how far it moves.
public struct SimulatedLearner: Sendable, Hashable {
    /// θ before the lessons, standard normal across a cohort.
    public var ability: Double
    /// Added to θ by the lessons: normal, mean 0.8 and SD 0.4, never below 0.
    public var learning: Double
    /// Where the learner stands on the attitude scales before, in scale points from the
    /// middle: normal, mean 0 and SD 0.8.
    public var attitude: Double
    /// How far the lessons move the attitude: normal, mean 0.5 and SD 0.4.
    public var attitudeShift: Double

    /// Learner number `index` of a cohort simulated under `seed`; the same every time.
    public init(index: Int, seed: UInt64) {
        var generator = SplitMix64(seed: seed, salt: "learner:\(index)")
        ability = Normal.sample(using: &generator)
        learning = max(0, Normal.sample(mean: 0.8, sd: 0.4, using: &generator))
        attitude = Normal.sample(mean: 0, sd: 0.8, using: &generator)
        attitudeShift = Normal.sample(mean: 0.5, sd: 0.4, using: &generator)
    }

    /// The ability after `share` (0…1) of the lessons' learning.
    func ability(after share: Double) -> Double {
        ability + learning * share
    }
}
