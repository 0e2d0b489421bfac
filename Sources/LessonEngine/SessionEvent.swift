import Foundation
import LessonPack

/// Everything that happens in a session. The session's state is a fold over these, so
/// replaying the log of an interrupted session gives exactly the state it had.
public enum SessionEvent: Sendable, Hashable {
    case started(SessionStart)
    case answered(stepId: String, answer: Answer)
    case hintShown(stepId: String)
    case skipped(stepId: String)
    /// Moving on from a step that takes no answer (text; discussion or role play alone).
    case continued(stepId: String)
    /// Group mode: the facilitator's count of votes per option.
    case tallied(stepId: String, counts: [String: Int])
    /// Group mode: the facilitator marks a discussion or role play done.
    case markedDone(stepId: String)
}

/// How a session began: fixed for its whole life.
public struct SessionStart: Sendable, Codable, Hashable {
    public var packId: String
    public var packVersion: String
    public var lessonId: String
    public var learner: Learner
    /// The language the session is played in (the learner's if the pack has it).
    public var language: String
    public var mode: SessionMode
    /// Seeds every shuffle of the session.
    public var seed: UInt64
    public var ageOverride: AgeOverride?
    /// Whether answers get feedback, hints and a verdict: the lesson's policy when the
    /// session began. `nil` in logs written before tests could hide feedback, which
    /// showed it.
    public var feedback: Lesson.Feedback?
    /// Whether a lesson's steps written for the other audience (`Step.audience`) are left
    /// out: `true` from when steps had an audience; `nil` in older logs, which played
    /// every step (so they replay as they were played).
    public var fitsAudience: Bool?

    public init(
        packId: String, packVersion: String, lessonId: String, learner: Learner, language: String,
        mode: SessionMode, seed: UInt64, ageOverride: AgeOverride?, feedback: Lesson.Feedback? = nil,
        fitsAudience: Bool? = nil
    ) {
        self.packId = packId
        self.packVersion = packVersion
        self.lessonId = lessonId
        self.learner = learner
        self.language = language
        self.mode = mode
        self.seed = seed
        self.ageOverride = ageOverride
        self.feedback = feedback
        self.fitsAudience = fitsAudience
    }

    /// The policy the session is played by.
    public var showsFeedback: Bool { (feedback ?? .shown) == .shown }
}

/// An event with the time it happened, supplied by the caller (the engine reads no clock).
public struct TimedEvent: Sendable, Codable, Hashable {
    public var event: SessionEvent
    public var at: Date

    public init(_ event: SessionEvent, at: Date) {
        self.event = event
        self.at = at
    }
}
