import CohortStatistics
import Foundation
import LessonPack

extension CohortReport {
    /// Mastery of one objective in one test: the points the learners earned on its items
    /// over the points those items could give, summed over each learner's first finished
    /// attempt at the test (the engine's mastery, `LessonSession.result`, over a cohort).
    public struct Mastery: Sendable, Hashable {
        public var testId: String
        /// Learners whose first finished attempt had a scored item of the objective.
        public var learners: Int
        public var pointsEarned: Double
        public var pointsMaximum: Double

        /// Earned over possible, 0-1.
        public var share: Double { pointsEarned / pointsMaximum }
    }

    /// One objective's mastery before (the first pre-test) and after (the last post-test).
    public struct ObjectiveLine: Sendable {
        public var objectiveId: String
        public var title: LocalizedText?
        public var pre: Mastery?
        public var post: Mastery?
    }

    /// The pack's objectives measured by its first pre-test or its last post-test, in the
    /// pack's order. A scored step counts towards its own objectives, else its lesson's.
    static func objectives(pack: Pack, loaded: CohortResults.Loaded) -> [ObjectiveLine] {
        let pre = pack.lessons.first { $0.kind == .preTest }.map { mastery(in: $0, loaded: loaded) } ?? [:]
        let post = pack.lessons.last { $0.kind == .postTest }.map { mastery(in: $0, loaded: loaded) } ?? [:]
        var ids = pack.objectives.map(\.id)
        ids += Set(pre.keys).union(post.keys).subtracting(ids).sorted()
        return ids.compactMap { id in
            guard pre[id] != nil || post[id] != nil else { return nil }
            return ObjectiveLine(
                objectiveId: id, title: pack.objectives.first { $0.id == id }?.text, pre: pre[id], post: post[id])
        }
    }

    static func mastery(in test: Lesson, loaded: CohortResults.Loaded) -> [String: Mastery] {
        let objectives = test.steps.map { step in (step.objectives.isEmpty ? test.objectives : step.objectives).map(\.id) }
        var result: [String: Mastery] = [:]
        for learner in loaded.learners {
            guard let first = learner.finished(test.id).first else { continue }
            var counted: Set<String> = []
            for score in loaded.stepScores[first.attemptId] ?? []
            where score.pointsMaximum > 0 && objectives.indices.contains(score.position) {
                for id in objectives[score.position] {
                    result[id, default: Mastery(testId: test.id, learners: 0, pointsEarned: 0, pointsMaximum: 0)]
                        .pointsEarned += min(score.pointsEarned, score.pointsMaximum)
                    result[id]!.pointsMaximum += score.pointsMaximum
                    if counted.insert(id).inserted { result[id]!.learners += 1 }
                }
            }
        }
        return result
    }

    /// When the first attempt started and the last finished (an unfinished one: started).
    static func activity(of learners: [LearnerAttempts]) -> (first: Date?, last: Date?) {
        let attempts = learners.flatMap(\.attempts)
        return (attempts.map(\.startedAt).min(), attempts.map { $0.finishedAt ?? $0.startedAt }.max())
    }

    /// The text report's section on objectives.
    func objectiveLines() -> [String] {
        var lines = ["Mastery per objective (points earned of points possible, first finished attempt)"]
        if objectives.isEmpty { return lines + ["  no finished pre-test or post-test yet"] }
        lines.append(
            Self.table(
                header: ["OBJECTIVE", "PRE-TEST", "POST-TEST"],
                rows: objectives.map { line in
                    [
                        line.objectiveId, line.pre.map { Self.percent($0.share) } ?? "-",
                        line.post.map { Self.percent($0.share) } ?? "-",
                    ]
                }))
        return lines
    }
}

extension JSONReport {
    /// `objectives[]`: mastery per objective in the first pre-test and the last post-test.
    public struct ObjectiveMastery: Codable, Sendable {
        public struct Test: Codable, Sendable {
            public var test: String
            public var learners: Int
            public var pointsEarned: Double
            public var pointsMaximum: Double
            public var mastery: Double
        }

        public var objective: String
        public var pre: Test?
        public var post: Test?

        init(_ line: CohortReport.ObjectiveLine) {
            func test(_ mastery: CohortReport.Mastery) -> Test {
                Test(
                    test: mastery.testId, learners: mastery.learners, pointsEarned: mastery.pointsEarned,
                    pointsMaximum: mastery.pointsMaximum, mastery: mastery.share)
            }
            objective = line.objectiveId
            pre = line.pre.map(test)
            post = line.post.map(test)
        }
    }
}
