import Foundation
import LessonEngine
import LessonPack
import ProgressStore

/// Where one learner stands in one pack (this version of it): the lessons passed, those
/// finished, and the unfinished attempt of each lesson, if any.
struct LessonProgress {
    let learner: LearnerRecord
    let pack: Pack
    /// Finished and passed, or finished with nothing to score (a survey).
    private(set) var passed: Set<String> = []
    private(set) var finished: Set<String> = []
    /// Lesson id → the latest unfinished attempt's id.
    private(set) var unfinished: [String: Int64] = [:]

    init(learner: LearnerRecord, pack: Pack, store: ProgressStore) throws {
        self.learner = learner
        self.pack = pack
        let attempts = try store.progress(of: learner.code).attempts.map(\.attempt)
            .filter { $0.packId == pack.id && $0.packVersion == pack.version }
        for attempt in attempts {
            guard let id = attempt.id else { continue }
            guard attempt.finishedAt != nil else {
                unfinished[attempt.lessonId] = id
                continue
            }
            finished.insert(attempt.lessonId)
            let result = try LessonSession.resume(pack: pack, events: try store.events(ofAttempt: id)).result
            if result.passed == true || result.maximumPoints == 0 { passed.insert(attempt.lessonId) }
        }
    }

    /// The learner as the engine sees them; a learner enrolled without an age takes the
    /// pack's lowest.
    func engineLearner(language: String) -> Learner {
        Learner(age: learner.age ?? pack.ageRange.minimum, language: language, country: learner.country)
    }

    func eligibility(of lesson: Lesson) -> Eligibility {
        Eligibility.of(lesson, in: pack, for: engineLearner(language: pack.defaultLanguage), passed: passed)
    }

    /// The lesson to suggest: the first unfinished one, else the first open one not yet passed.
    var suggested: Lesson? {
        pack.lessons.first { unfinished[$0.id] != nil && eligibility(of: $0) == .open }
            ?? pack.lessons.first { !passed.contains($0.id) && eligibility(of: $0) == .open }
    }
}
