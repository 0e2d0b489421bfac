/// Why the engine refused an input or a session. Nothing is recorded when it does.
public enum SessionError: Error, Sendable, Equatable {
    case lessonNotFound(String)
    /// The learner's age is outside the lesson's, and no facilitator override was given.
    case outsideAgeRange(age: Int, allowed: ClosedRange<Int>)
    /// Lessons that must be passed first.
    case locked(missing: [String])
    case sessionFinished
    /// The input does not fit the current step (a text answer to a vote, say).
    case doesNotFit(step: String, expected: String)
    case unknownOption(String)
    /// An ordering or matching that does not place every item exactly once.
    case incomplete(missing: [String], repeated: [String])
    case emptyAnswer
    case outOfRange(value: Int, allowed: ClosedRange<Int>)
    case notSkippable
    case noHintLeft
    /// A step that needs an answer first (continuing a question never answered).
    case answerNeeded
    case groupModeOnly
    case individualModeOnly
    /// A replayed event that the pack no longer accepts, with its index in the log.
    case replayFailed(index: Int, reason: String)
    case notStarted
}
