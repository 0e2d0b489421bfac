import Foundation
import GRDB

/// A group of learners: a class, a school year, a training course.
public struct Cohort: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var name: String
    public var organisation: String?
    public var createdAt: Date

    public static let databaseTableName = "cohort"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A learner, known only by a generated code. The nickname never leaves the machine.
public struct LearnerRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public var code: String
    /// Age in years, or `nil` when only a band is known.
    public var age: Int?
    /// An age band such as "13-15", when the exact age is not recorded.
    public var ageBand: String?
    public var language: String
    public var country: String?
    public var nickname: String?
    public var createdAt: Date

    public static let databaseTableName = "learner"
}

/// A learner's place in a cohort.
public struct Enrolment: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public var learnerCode: String
    public var cohortId: Int64
    public var enrolledAt: Date

    public static let databaseTableName = "enrolment"
}

/// One play of one lesson by one learner, or by a group (a cohort, in facilitator mode),
/// with the pack as it was. Group tallies are the `tallied` events of group attempts.
public struct Attempt: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    /// The learner, for a learner's attempt.
    public var learnerCode: String?
    /// The cohort, for a group's attempt.
    public var cohortId: Int64?
    public var packId: String
    public var packVersion: String
    /// SHA-256 of the pack file, hex: an edited pack never changes the meaning of old answers.
    public var packSHA256: String
    public var lessonId: String
    public var mode: String
    /// The session's `UInt64` seed, stored as its bit pattern (`Int64(bitPattern:)`):
    /// SQLite integers are signed.
    public var seed: Int64
    public var startedAt: Date
    public var finishedAt: Date?

    public static let databaseTableName = "attempt"

    public init(
        id: Int64? = nil, learnerCode: String?, cohortId: Int64?, packId: String, packVersion: String,
        packSHA256: String, lessonId: String, mode: String, seed: Int64, startedAt: Date, finishedAt: Date? = nil
    ) {
        self.id = id
        self.learnerCode = learnerCode
        self.cohortId = cohortId
        self.packId = packId
        self.packVersion = packVersion
        self.packSHA256 = packSHA256
        self.lessonId = lessonId
        self.mode = mode
        self.seed = seed
        self.startedAt = startedAt
        self.finishedAt = finishedAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// One engine event of an attempt, as JSON, in the order it happened. Never updated.
struct EventRow: Codable, Sendable, FetchableRecord, PersistableRecord {
    var attemptId: Int64
    var sequence: Int
    var at: Date
    var event: String

    static let databaseTableName = "event"
}

/// What a finished attempt came to, as the engine scored it. Written with the finish (or
/// filled in later by replaying the log), so reports and exports need no replay.
public struct AttemptResultRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
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

    public static let databaseTableName = "attemptResult"
}

/// One step of a finished attempt, in lesson order: what the learner (or group) gave and
/// what it earned.
public struct StepResultRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public var attemptId: Int64
    /// The step's index in its lesson, from 0.
    public var position: Int
    public var stepId: String
    /// The step's kind as in the pack ("single-choice", "likert", …).
    public var kind: String
    /// "open", "done" or "skipped".
    public var status: String
    public var verdict: String?
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

    public static let databaseTableName = "stepResult"
}
