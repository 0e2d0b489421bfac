/// Where each event of a session goes the moment it happens (the progress store), before
/// its feedback is shown.
public protocol EventRecorder {
    /// `sequence` is the event's index in the session's log (the `started` event is 0).
    func record(_ event: TimedEvent, sequence: Int) throws
}

/// Where a group's vote taken one by one keeps its votes while they are counted, so that
/// none is lost before the tally is recorded (`facilitate`, `v`).
public protocol VoteKeeper {
    /// The vote left open, if any: its step and the votes counted so far.
    func openVote() throws -> (stepId: String, counts: [String: Int])?
    /// Keeps the counts so far, replacing those kept before.
    func keepOpenVote(_ counts: [String: Int], stepId: String) throws
    /// The tally is recorded (or the vote is taken again): nothing is kept.
    func discardOpenVote() throws
}
