import Foundation
import LessonPack

/// What a session came to (docs/scoring.md).
public struct LessonResult: Sendable {
    public struct StepResult: Sendable {
        public var stepId: String
        public var kind: StepKind
        public var verdict: Verdict?
        public var pointsEarned: Double
        public var pointsMaximum: Double
        public var attempts: Int
        public var hintsShown: Int
        public var scenarioPath: [String]
        public var scenarioEnding: String?
        public var status: StepRecord.Status
        /// The last answer given, if any.
        public var lastAnswer: Answer?
        /// Group mode: the facilitator's tally per option.
        public var voteCounts: [String: Int]
        /// The step's share of `timeSpent`.
        public var timeSpent: TimeInterval
        public var lastActivityAt: Date?

        /// The step's element name in the file (`single-choice`, …).
        public var kindName: String { kind.rawValue }
    }

    public struct ObjectiveMastery: Sendable, Equatable {
        public var objectiveId: String
        public var pointsEarned: Double
        public var pointsMaximum: Double
        /// Earned ÷ maximum, 0-1.
        public var mastery: Double
    }

    public var lessonId: String
    /// Lesson, pre-test, post-test or survey: gain is computed from pre and post apart.
    public var kind: Lesson.Kind
    public var rawPoints: Double
    public var maximumPoints: Double
    /// Raw ÷ maximum, 0-1; `nil` when nothing in the lesson is scored (a survey).
    public var scaled: Double?
    /// Against the lesson's pass mark; `nil` when nothing is scored.
    public var passed: Bool?
    /// Whether every step was answered, passed or done.
    public var isComplete: Bool
    /// The gaps between the session's events added up, each up to 10 minutes
    /// (`ScoringRules.idleLimit`): a break is not time spent.
    public var timeSpent: TimeInterval
    public var skipped: Int
    public var steps: [StepResult]
    public var objectives: [ObjectiveMastery]
}
