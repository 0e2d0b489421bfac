/// Where each event of a session goes the moment it happens (the progress store), before
/// its feedback is shown.
public protocol EventRecorder {
    /// `sequence` is the event's index in the session's log (the `started` event is 0).
    func record(_ event: TimedEvent, sequence: Int) throws
}
