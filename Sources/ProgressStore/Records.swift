import Foundation
import LessonEngine
import LessonPack

/// A group of learners: a class, a school year, a training course.
public struct Cohort: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var organisation: String?
    public var createdAt: Date
}

/// A learner, known only by a generated code. The nickname never leaves the machine.
public struct LearnerRecord: Sendable, Hashable {
    public var code: String
    /// Age in years, or `nil` when only a band is known.
    public var age: Int?
    /// An age band such as "13-15", when the exact age is not recorded.
    public var ageBand: String?
    public var language: String
    public var country: String?
    public var nickname: String?
    public var createdAt: Date

    public init(
        code: String, age: Int?, ageBand: String?, language: String, country: String?, nickname: String?,
        createdAt: Date
    ) {
        self.code = code
        self.age = age
        self.ageBand = ageBand
        self.language = language
        self.country = country
        self.nickname = nickname
        self.createdAt = createdAt
    }
}

/// Who played an attempt: one learner, or a cohort as a group (`oberih facilitate`).
public enum AttemptOwner: Sendable, Hashable {
    case learner(code: String)
    case group(cohortId: Int64)
}

/// One play of one lesson by one learner, or by a group, with the pack as it was. Group
/// tallies are the `tallied` events of group attempts.
public struct Attempt: Sendable, Hashable {
    public var id: Int64
    public var owner: AttemptOwner
    public var packId: String
    public var packVersion: String
    /// SHA-256 of the pack file, hex: an edited pack never changes the meaning of old answers.
    public var packSHA256: String
    public var lessonId: String
    public var mode: SessionMode
    /// Seeds every shuffle of the session.
    public var seed: UInt64
    public var startedAt: Date
    public var finishedAt: Date?
    /// The xAPI registration the attempt kept from the store it was imported from; nil for
    /// one made here (see `registrationUUID`).
    public var registration: String? = nil

    /// The learner, for a learner's attempt.
    public var learnerCode: String? {
        if case .learner(let code) = owner { return code }
        return nil
    }

    /// The cohort, for a group's attempt.
    public var cohortId: Int64? {
        if case .group(let cohortId) = owner { return cohortId }
        return nil
    }

    public var isFinished: Bool { finishedAt != nil }
}

/// What a finished attempt came to, as the engine scored it. Written with the finish (or
/// filled in later by replaying the log), so reports and exports need no replay.
public struct AttemptResultRecord: Sendable, Hashable {
    public var attemptId: Int64
    public var rawPoints: Double
    public var maximumPoints: Double
    /// Raw ÷ maximum, 0-1; nil when nothing is scored.
    public var scaled: Double?
    public var passed: Bool?
    public var isComplete: Bool
    /// Seconds, each gap between events counted up to the idle limit.
    public var timeSpent: Double
    public var skipped: Int
    /// JSON: `[{"earned":2,"maximum":4,"mastery":0.5,"objective":"obj-id"}]`.
    public var objectives: String
}

/// One step of a finished attempt, in lesson order: what the learner (or group) gave and
/// what it earned.
public struct StepResultRecord: Sendable, Hashable {
    public var attemptId: Int64
    /// The step's index in its lesson, from 0.
    public var position: Int
    public var stepId: String
    public var kind: StepKind
    public var status: StepRecord.Status
    public var verdict: Verdict?
    public var pointsEarned: Double
    public var pointsMaximum: Double
    public var attempts: Int
    public var hintsShown: Int
    public var timeSpent: Double
    public var lastActivityAt: Date?
    /// The last answer, as JSON in the event log's coding (`{"kind":"choice","option":"a"}`).
    public var response: String?
    /// Group mode: the tally as a JSON object of counts per option.
    public var tally: String?
    /// Scenario: the nodes visited, as a JSON array.
    public var scenarioPath: String?
    public var scenarioEnding: String?
}
