import Foundation
import LessonEngine
import LessonPack
import ProgressStore
import Sessions

/// One learner's attempts at one version of a pack, in the order they were started.
public struct LearnerAttempts: Sendable {
    public var code: String
    public var attempts: [AttemptOutline]

    func finished(_ lessonId: String) -> [AttemptOutline] {
        attempts.filter { $0.lessonId == lessonId && $0.isFinished }
    }
}

/// A cohort's stored results in a pack, as a report reads them: the attempts' headlines,
/// the step scores of the tests and surveys, and the group sessions (replayed from their
/// logs: few and short). Reads only: a finished attempt without a stored result (played
/// before results were kept) is replayed in memory, and counted.
public enum CohortResults {
    public struct Loaded: Sendable {
        public var learnersEnrolled: Int
        /// Learners with at least one attempt at this version of the pack.
        public var learners: [LearnerAttempts]
        /// Attempts at this pack made with another version of it: left out.
        public var otherVersions: Int
        /// Step scores of the attempts at the surveys, the pre-tests and post-tests and the
        /// item-analysed test, by attempt id.
        public var stepScores: [Int64: [StepScore]]
        /// Finished attempts with no stored result, replayed for this report.
        public var replayed: Int
        /// The cohort's group sessions of this version of the pack, oldest first.
        public var groupSessions: [GroupSession] = []
        /// The attempts read, by when they started.
        public var window: ReportWindow = .everything
    }

    /// Only attempts and group sessions that started in `window` are read.
    public static func load(cohort: String, pack: Pack, store: ProgressStore, window: ReportWindow = .everything) throws
        -> Loaded
    {
        let cohortId = try store.cohort(named: cohort).id
        var loaded = Loaded(
            learnersEnrolled: try store.memberCount(ofCohort: cohortId), learners: [], otherVersions: 0,
            stepScores: [:], replayed: 0, window: window)
        // Step by step, the report needs the surveys, the test it analyses item by item, and
        // the pre-tests and post-tests (mastery per objective).
        let itemTest = CohortReport.itemTest(of: pack)
        let stepLessons = Set(
            pack.lessons.filter { [.survey, .preTest, .postTest].contains($0.kind) || $0.id == itemTest?.id }.map(\.id))
        var replayedScores: [Int64: [StepScore]] = [:]
        for var outline in try store.attemptOutlines(ofCohort: cohortId, packId: pack.id)
        where window.contains(outline.startedAt) {
            guard outline.packVersion == pack.version else {
                loaded.otherVersions += 1
                continue
            }
            if outline.isFinished && !outline.hasResult {
                let result = try replay(outline.attemptId, pack: pack, store: store)
                (outline.scaled, outline.passed) = (result.scaled, result.passed)
                if stepLessons.contains(outline.lessonId) { replayedScores[outline.attemptId] = stepScores(of: result) }
                loaded.replayed += 1
            }
            if loaded.learners.last?.code != outline.learnerCode {
                loaded.learners.append(LearnerAttempts(code: outline.learnerCode, attempts: []))
            }
            loaded.learners[loaded.learners.count - 1].attempts.append(outline)
        }
        loaded.stepScores = try store.stepScores(ofCohort: cohortId, packId: pack.id, lessonIds: stepLessons.sorted())
            .merging(replayedScores) { stored, _ in stored }
        for attempt in try store.groupAttempts(ofCohort: cohortId, packId: pack.id) where window.contains(attempt.startedAt) {
            guard attempt.packVersion == pack.version else {
                loaded.otherVersions += 1
                continue
            }
            guard let lesson = pack.lessons.first(where: { $0.id == attempt.lessonId }) else { continue }
            loaded.groupSessions.append(
                GroupSession(
                    attemptId: attempt.id, lesson: lesson, startedAt: attempt.startedAt, finishedAt: attempt.finishedAt,
                    result: try replay(attempt.id, pack: pack, store: store)))
        }
        return loaded
    }

    /// Replays an attempt; its `ReplayFailure` stops the report, which cannot count it.
    private static func replay(_ attemptId: Int64, pack: Pack, store: ProgressStore) throws -> LessonResult {
        try ReplayedResult.of(attemptId: attemptId, events: try store.events(ofAttempt: attemptId), pack: pack)
    }

    /// A replayed result's steps as the store's step scores would give them.
    static func stepScores(of result: LessonResult) -> [StepScore] {
        result.steps.enumerated().map { position, step in
            var likert: Int?
            var chosen: [String]?
            switch step.lastAnswer {
            case .likert(let value): likert = value
            case .choice(let option): chosen = [option]
            case .choices(let options): chosen = options
            case .trueFalse(let value): chosen = [value ? "true" : "false"]
            default: break
            }
            return StepScore(
                position: position, pointsEarned: step.pointsEarned, pointsMaximum: step.pointsMaximum,
                likertValue: step.kind == .likert ? likert : nil, chosenOptions: chosen)
        }
    }
}
