import LessonPack

/// What the engine says back after an input, for the player to show.
public struct StepOutcome: Sendable {
    public enum Next: Sendable, Equatable {
        /// Stay on this step: another attempt, or the next scenario node.
        case sameStep
        case nextStep
        case finished
    }

    public var verdict: Verdict
    public var pointsEarned: Double
    /// Points the step was worth when answered (after hints and earlier attempts).
    public var pointsAvailable: Double
    /// Feedback in the order to show it: the chosen options' own, then the general one.
    public var feedback: [LocalizedText]
    public var attemptsLeft: Int
    public var next: Next
}
