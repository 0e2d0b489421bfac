import LessonEngine

/// One synthetic learner: an ability before the lessons and what the lessons add to it,
/// and an attitude before and how far it moves.
public struct SimulatedLearner: Sendable, Hashable {
    /// θ before the lessons, standard normal across a cohort.
    public var ability: Double
    /// Added to θ by the lessons: normal, with the cohort's learning effect as its mean and
    /// half of it as its SD, never below 0.
    public var learning: Double
    /// Where the learner stands on the attitude scales before, in scale points from the
    /// middle: normal, mean 0 and SD 0.8.
    public var attitude: Double
    /// How far the lessons move the attitude: normal, mean 0.5 and SD 0.4.
    public var attitudeShift: Double

    /// What the lessons add to θ on average, in standard deviations of ability, unless
    /// `oberih simulate --learning-effect` says otherwise.
    public static let defaultLearningEffect = 0.8
    /// The learning effects a simulation accepts: none to three standard deviations.
    public static let learningEffects: ClosedRange<Double> = 0...3

    /// Learner number `index` of a cohort simulated under `seed`; the same every time.
    /// `learningEffect` is the mean of `learning`.
    public init(index: Int, seed: UInt64, learningEffect: Double = defaultLearningEffect) {
        var generator = SplitMix64(seed: seed, salt: "learner:\(index)")
        ability = Normal.sample(using: &generator)
        learning = max(0, Normal.sample(mean: learningEffect, sd: learningEffect / 2, using: &generator))
        attitude = Normal.sample(mean: 0, sd: 0.8, using: &generator)
        attitudeShift = Normal.sample(mean: 0.5, sd: 0.4, using: &generator)
    }

    /// The ability after `share` (0…1) of the lessons' learning.
    func ability(after share: Double) -> Double {
        ability + learning * share
    }
}
