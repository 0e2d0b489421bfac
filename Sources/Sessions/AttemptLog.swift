import LessonEngine
import ProgressStore

/// The log of one stored attempt: each event is appended in its own synced transaction,
/// so once `record` returns the event survives a crash.
public struct AttemptLog: EventRecorder, Sendable {
    public let attemptId: Int64
    let store: ProgressStore

    public func record(_ event: TimedEvent, sequence: Int) throws {
        try store.append(event, toAttempt: attemptId, sequence: sequence)
    }
}

extension AttemptLog: VoteKeeper {
    public func openVote() throws -> (stepId: String, counts: [String: Int])? {
        try store.openVote(ofAttempt: attemptId)
    }

    public func keepOpenVote(_ counts: [String: Int], stepId: String) throws {
        try store.keepOpenVote(counts, stepId: stepId, attemptId: attemptId)
    }

    public func discardOpenVote() throws {
        try store.discardOpenVote(ofAttempt: attemptId)
    }
}

/// A session ready to play on: resumed from its stored log, or just started and stored.
public struct OpenAttempt: Sendable {
    public var session: LessonSession
    /// Where the session's next events go.
    public let log: AttemptLog
    /// Whether the session went on from an unfinished attempt.
    public let isResumed: Bool

    public var attemptId: Int64 { log.attemptId }
}
