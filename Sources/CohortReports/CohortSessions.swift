import Foundation
import LessonEngine
import LessonPack
import ProgressStore

/// One learner's sessions of one pack, rebuilt from the store's event log.
public struct LearnerSessions: Sendable {
    public var learner: LearnerRecord
    /// In the order they were started.
    public var sessions: [LessonSession]
}

/// Reads a cohort's individual sessions of a pack from the store and replays each through
/// the engine, so every figure comes from the same rules that scored it.
public enum CohortSessions {
    public struct Loaded: Sendable {
        public var learners: [LearnerSessions]
        /// Attempts of this pack made with another version of it: not replayed.
        public var otherVersions: Int
    }

    public static func load(cohort: String, pack: Pack, store: ProgressStore) throws -> Loaded {
        var loaded = Loaded(learners: [], otherVersions: 0)
        for learner in try store.learners(inCohort: cohort) {
            let attempts = try store.progress(of: learner.code).attempts.map(\.attempt).filter { $0.packId == pack.id }
            var sessions: [LessonSession] = []
            for attempt in attempts {
                guard attempt.packVersion == pack.version, let id = attempt.id else {
                    loaded.otherVersions += 1
                    continue
                }
                sessions.append(try LessonSession.resume(pack: pack, events: try store.events(ofAttempt: id)))
            }
            loaded.learners.append(LearnerSessions(learner: learner, sessions: sessions))
        }
        return loaded
    }
}
