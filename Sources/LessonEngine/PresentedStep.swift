import LessonPack

/// The current step as the player should show it: the order of its options, where a
/// scenario stands, what is left of attempts and hints.
public struct PresentedStep: Sendable {
    public var step: Step
    /// 0-based position in the lesson, and the number of steps.
    public var index: Int
    public var count: Int
    /// The language to show, chosen when the session started.
    public var language: String
    /// Option, item or right-side (pair) ids in the order to show them; empty when the
    /// step has none. Seeded: the same session shows the same order after a resume.
    public var order: [String]
    /// Scenario: the node the learner is at, and its choices' indices in showing order.
    public var scenarioNode: ScenarioNode?
    public var scenarioChoiceOrder: [Int]
    public var attemptsUsed: Int
    public var attemptsLeft: Int
    public var hintsShown: Int
    public var hintsLeft: Int
    /// A question's verdict so far (its last answer's), `nil` before any answer.
    public var verdict: Verdict? = nil
}
