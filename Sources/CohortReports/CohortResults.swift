import Foundation
import LessonPack
import ProgressStore

/// One learner's attempts at one version of a pack, in the order they were started.
public struct LearnerAttempts: Sendable {
    public var code: String
    public var attempts: [AttemptOutline]

    func finished(_ lessonId: String) -> [AttemptOutline] {
        attempts.filter { $0.lessonId == lessonId && $0.isFinished }
    }
}

/// A cohort's stored results in a pack, as a report reads them: the attempts' headlines,
/// and the step scores of the tests and surveys. Finished attempts without a stored
/// result are replayed and stored first, so every figure comes from the engine's rules.
public enum CohortResults {
    public struct Loaded: Sendable {
        public var learnersEnrolled: Int
        /// Learners with at least one attempt at this version of the pack.
        public var learners: [LearnerAttempts]
        /// Attempts at this pack made with another version of it: left out.
        public var otherVersions: Int
        /// Step scores of the attempts at the surveys and at the item-analysed test, by attempt id.
        public var stepScores: [Int64: [StepScore]]
    }

    public static func load(cohort: String, pack: Pack, store: ProgressStore) throws -> Loaded {
        let cohortId = try store.cohort(named: cohort).id!
        _ = try store.fillMissingResults(ofCohort: cohortId, packs: [pack])
        var loaded = Loaded(
            learnersEnrolled: try store.memberCount(ofCohort: cohortId), learners: [], otherVersions: 0,
            stepScores: [:])
        for outline in try store.attemptOutlines(ofCohort: cohortId, packId: pack.id) {
            guard outline.packVersion == pack.version else {
                loaded.otherVersions += 1
                continue
            }
            if loaded.learners.last?.code != outline.learnerCode {
                loaded.learners.append(LearnerAttempts(code: outline.learnerCode, attempts: []))
            }
            loaded.learners[loaded.learners.count - 1].attempts.append(outline)
        }
        // Step by step, the report needs the surveys and the test it analyses item by item.
        let itemTest = CohortReport.itemTest(of: pack)
        let lessonIds = pack.lessons.filter { $0.kind == .survey || $0.id == itemTest?.id }.map(\.id)
        loaded.stepScores = try store.stepScores(ofCohort: cohortId, packId: pack.id, lessonIds: lessonIds)
        return loaded
    }
}
