import LessonEngine
import ProgressStore
import TerminalPlayer

/// Records each event of an attempt in the progress store, in its own synced transaction.
struct StoreRecorder: EventRecorder {
    let store: ProgressStore
    let attemptId: Int64

    func record(_ event: TimedEvent, sequence: Int) throws {
        try store.append(event, toAttempt: attemptId, sequence: sequence)
    }
}
