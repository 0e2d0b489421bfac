import Foundation

/// Everything the session knows about one step, built up by events.
public struct StepRecord: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case open, done, skipped
    }

    public var status: Status = .open
    /// Answers given, in order (one per attempt for questions).
    public var answers: [Answer] = []
    public var hintsShown = 0
    public var verdict: Verdict?
    /// Points earned, after the hint and attempt rules.
    public var pointsEarned = 0.0
    /// Scenario: the nodes visited in order, then the ending.
    public var scenarioPath: [String] = []
    /// Scenario: choices already taken (`node#index`), which earn their points once.
    public var scenarioChoicesTaken: Set<String> = []
    public var scenarioEnding: String?
    /// Vote: one learner's option, or the group's tally.
    public var voteCounts: [String: Int] = [:]
    /// Time spent on the step: the gaps before its events, each up to `ScoringRules.idleLimit`.
    public var activeTime: TimeInterval = 0
    /// When the step's last event happened.
    public var lastActivityAt: Date?

    public var attempts: Int { answers.count }
}
