import Foundation
import LessonPack

/// The state of a session: nothing but the fold of its events over the lesson.
public struct SessionState: Sendable, Hashable {
    public var start: SessionStart
    /// Index of the current step; equal to the number of steps once finished.
    public var stepIndex = 0
    public var records: [String: StepRecord] = [:]
    public var startedAt: Date
    public var lastActivityAt: Date
    /// Time spent: the gaps between events added up, each counted up to
    /// `ScoringRules.idleLimit`, so a break (a closed laptop, a resume next week) is not.
    public var activeTime: TimeInterval = 0

    public init(start: SessionStart, at time: Date) {
        self.start = start
        self.startedAt = time
        self.lastActivityAt = time
    }

    public func record(for stepId: String) -> StepRecord {
        records[stepId] ?? StepRecord()
    }
}

/// Rules the fold applies that are not about one answer (docs/scoring.md).
public enum ScoringRules {
    /// Each hint shown takes this share of a question's points off what it can earn.
    public static let hintPenalty = 0.25

    /// The longest gap between two events that counts as time spent (10 minutes).
    public static let idleLimit: TimeInterval = 600

    /// The share of a question's points still available for attempt `attempt` (1-based)
    /// of `maxAttempts`, after `hints` hints: (1 − 0.25·hints) × (1 − (attempt − 1)/maxAttempts),
    /// never below 0.
    public static func availableShare(attempt: Int, maxAttempts: Int, hints: Int) -> Double {
        let hintShare = max(0, 1 - hintPenalty * Double(hints))
        let attemptShare = 1 - Double(attempt - 1) / Double(max(maxAttempts, 1))
        return max(0, hintShare * attemptShare)
    }
}
