import LessonEngine
import LessonPack
import ProgressStore

/// An attempt whose stored log cannot be replayed with its pack: the log and the pack
/// disagree (a pack edited without a new version, or a damaged store).
public struct ReplayFailure: Error, Sendable, CustomStringConvertible {
    public var attemptId: Int64
    public var reason: SessionError

    public var description: String { "attempt \(attemptId) cannot be replayed with its pack: \(reason)" }
}

/// What an attempt comes to, computed again from its stored log.
public enum ReplayedResult {
    /// Replays `attempt`'s log, read from the store, with `pack` (the version it was played on).
    public static func of(_ attempt: Attempt, pack: Pack, store: ProgressStore) throws -> LessonResult {
        try of(attemptId: attempt.id, events: try store.events(ofAttempt: attempt.id), pack: pack)
    }

    /// Replays a log already read. Throws `ReplayFailure` when it does not fit the pack.
    public static func of(attemptId: Int64, events: [TimedEvent], pack: Pack) throws(ReplayFailure) -> LessonResult {
        do {
            return try LessonSession.resume(pack: pack, events: events).result
        } catch {
            throw ReplayFailure(attemptId: attemptId, reason: error)
        }
    }
}
