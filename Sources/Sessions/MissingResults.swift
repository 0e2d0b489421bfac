import LessonEngine
import LessonPack
import ProgressStore

/// Storing the results of a cohort's attempts finished before results were kept: an
/// explicit step (`oberih doctor --update`), never a side effect of reading.
public enum MissingResults {
    /// What filling in came to.
    public struct Outcome: Sendable {
        /// Attempts whose result was computed and stored.
        public var filled = 0
        /// Attempts whose pack file is neither kept nor at hand: left as they were.
        public var withoutPack = 0
        /// Attempts whose log does not replay with their pack: left as they were.
        public var failures: [ReplayFailure] = []
    }

    /// Replays the finished attempts without a result, of a cohort or of the whole store,
    /// with the pack file each was played on (by SHA-256), and stores the results in one
    /// transaction.
    public static func fill(ofCohort cohortId: Int64? = nil, packs: PackVersions) throws -> Outcome {
        let store = packs.store
        var outcome = Outcome()
        var results: [(attemptId: Int64, result: LessonResult)] = []
        for attempt in try store.finishedAttemptsWithoutResult(ofCohort: cohortId) {
            guard let pack = try packs.pack(sha256: attempt.packSHA256) else {
                outcome.withoutPack += 1
                continue
            }
            do {
                results.append((attempt.id, try ReplayedResult.of(attempt, pack: pack, store: store)))
            } catch let failure as ReplayFailure {
                outcome.failures.append(failure)
            }
        }
        if !results.isEmpty { try store.saveResults(results) }
        outcome.filled = results.count
        return outcome
    }
}
