import Foundation
import LessonEngine
import LessonPack
import ProgressStore

/// Where one learner stands in one pack (this version of it): the lessons passed, those
/// finished, and the unfinished attempt of each lesson, if any.
public struct PackProgress: Sendable {
    public let learner: LearnerRecord
    public let pack: Pack
    /// Finished and passed, or finished with nothing to score (a survey).
    public private(set) var passed: Set<String> = []
    public private(set) var finished: Set<String> = []
    /// Lesson id → the latest unfinished attempt.
    public private(set) var unfinished: [String: Attempt] = [:]

    /// Reads the learner's attempts at `pack` from the store. A finished attempt's stored
    /// result says whether it passed; one finished before results were kept is replayed.
    public init(learner: LearnerRecord, pack: Pack, store: ProgressStore) throws {
        self.learner = learner
        self.pack = pack
        for attempt in try store.attempts(ofLearner: learner.code, packId: pack.id)
        where attempt.packVersion == pack.version {
            guard attempt.isFinished else {
                unfinished[attempt.lessonId] = attempt
                continue
            }
            finished.insert(attempt.lessonId)
            let (passed, maximum) = try Self.outcome(of: attempt, pack: pack, store: store)
            if passed == true || maximum == 0 { self.passed.insert(attempt.lessonId) }
        }
    }

    private static func outcome(of attempt: Attempt, pack: Pack, store: ProgressStore) throws
        -> (passed: Bool?, maximum: Double)
    {
        if let stored = try store.result(ofAttempt: attempt.id) { return (stored.passed, stored.maximumPoints) }
        let result = try ReplayedResult.of(attempt, pack: pack, store: store)
        return (result.passed, result.maximumPoints)
    }

    /// The learner as the engine sees them; a learner enrolled without an age takes the
    /// pack's lowest.
    public func engineLearner(language: String) -> Learner {
        Learner(age: learner.age ?? pack.ageRange.minimum, language: language, country: learner.country)
    }

    public func eligibility(of lesson: Lesson) -> Eligibility {
        Eligibility.of(lesson, in: pack, for: engineLearner(language: pack.defaultLanguage), passed: passed)
    }

    /// The lesson to suggest: the first unfinished one, else the first open one not yet passed.
    public var suggested: Lesson? {
        pack.lessons.first { unfinished[$0.id] != nil && eligibility(of: $0) == .open }
            ?? pack.lessons.first { !passed.contains($0.id) && eligibility(of: $0) == .open }
    }
}
