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
    /// The lesson hides feedback (a pre-test): the answer is saved and scored, and the
    /// outcome says only that (verdict `recorded`, no points, no feedback).
    public var isWithheld = false
    /// Which parts of the answer were right (matching, ordering, multiple choice).
    public var parts: AnswerParts?
    /// A short answer taken as this accepted one, though spelt a little differently.
    public var spellingCorrection: String?
    /// The question ended without the right answer, in a teaching lesson: the player
    /// shows the right one.
    public var showsRightAnswer = false

    /// This outcome as a lesson without feedback shows it; where it goes next is kept.
    var withheld: StepOutcome {
        StepOutcome(
            verdict: .recorded, pointsEarned: 0, pointsAvailable: 0, feedback: [], attemptsLeft: 0, next: next,
            isWithheld: true)
    }
}
