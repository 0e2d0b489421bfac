import CohortStatistics
import LessonPack

/// Each learner's pre/post results in each pack, gathered as attempts stream past: the
/// first finished pre-test and the last finished post-test, as the report takes them.
struct Outcomes {
    private struct Key: Hashable, Comparable {
        var learner: String
        var pack: String

        static func < (left: Key, right: Key) -> Bool { (left.learner, left.pack) < (right.learner, right.pack) }
    }

    private struct TestResult {
        var attemptId: Int64
        var lessonId: String
        var scaled: Double
    }

    private var pre: [Key: TestResult] = [:]
    private var post: [Key: TestResult] = [:]

    mutating func note(_ exported: ExportedAttempt) {
        guard let learner = exported.attempt.learnerCode, exported.attempt.finishedAt != nil,
            let kind = exported.lesson?.kind, let scaled = exported.result?.scaled
        else { return }
        let key = Key(learner: learner, pack: exported.attempt.packId)
        let result = TestResult(attemptId: exported.attempt.id, lessonId: exported.attempt.lessonId, scaled: scaled)
        switch kind {
        case .preTest where pre[key] == nil: pre[key] = result
        case .postTest: post[key] = result
        default: break
        }
    }

    /// One JSON object per learner and pack with a finished test, by learner code.
    var sorted: [String] {
        Set(pre.keys).union(post.keys).sorted().map { key in
            let before = pre[key]
            let after = post[key]
            let gain = before.flatMap { before in
                after.flatMap { PairedGain.hakeGain(pre: before.scaled * 100, post: $0.scaled * 100) }
            }
            return "{\"learner\":\(JSONText.string(key.learner)),\"pack\":\(JSONText.string(key.pack)),"
                + "\"preTest\":\(Self.json(before)),\"postTest\":\(Self.json(after)),"
                + "\"normalisedGain\":\(JSONText.number(gain))}"
        }
    }

    private static func json(_ result: TestResult?) -> String {
        guard let result else { return "null" }
        return "{\"attempt\":\(result.attemptId),\"lesson\":\(JSONText.string(result.lessonId)),"
            + "\"scaled\":\(JSONText.number(result.scaled))}"
    }
}
