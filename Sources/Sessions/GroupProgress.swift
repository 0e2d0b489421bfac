import LessonPack
import ProgressStore

/// Where a cohort, as a group, stands in one pack (this version of it): the lessons it
/// finished and its unfinished session of each lesson, if any.
public struct GroupProgress: Sendable {
    public let cohortId: Int64
    public let pack: Pack
    public private(set) var finished: Set<String> = []
    /// Lesson id → the latest unfinished group attempt.
    public private(set) var unfinished: [String: Attempt] = [:]

    public init(cohortId: Int64, pack: Pack, store: ProgressStore) throws(StoreError) {
        self.cohortId = cohortId
        self.pack = pack
        for attempt in try store.groupAttempts(ofCohort: cohortId, packId: pack.id)
        where attempt.packVersion == pack.version {
            if attempt.isFinished {
                finished.insert(attempt.lessonId)
            } else {
                unfinished[attempt.lessonId] = attempt
            }
        }
    }

    /// The pack's teaching lessons (not its tests or surveys, which learners take alone)
    /// that the group has not finished, in order.
    public var lessonsToRun: [Lesson] {
        pack.lessons.filter { !$0.isAssessment && !finished.contains($0.id) }
    }
}
