import LessonEngine
import ProgressStore

/// The language a returning learner last played in: that of their latest attempt, as its
/// `started` event recorded it. `oberih play --code` shows them that language again when
/// no `--lang` is given, so a learner who chose Russian once keeps it.
public enum LastLanguage {
    /// The language of the learner's latest attempt (of any pack), or `nil` when they have
    /// none. Reads one attempt's log.
    public static func of(learner code: String, store: ProgressStore) throws -> String? {
        guard let latest = try store.attempts(ofLearner: code).last else { return nil }
        for timed in try store.events(ofAttempt: latest.id) {
            if case .started(let start) = timed.event { return start.language }
        }
        return nil
    }
}
