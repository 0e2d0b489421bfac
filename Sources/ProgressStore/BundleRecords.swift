import Foundation
import LessonEngine

/// A time in a bundle: ISO 8601 in UTC with milliseconds (`2026-05-04T09:30:00.125Z`),
/// converted character by character from the store's own text (`2026-05-04 09:30:00.125`),
/// so that a time merged into another store is stored exactly as it was.
public struct BundleTime: Sendable, Hashable, Codable, CustomStringConvertible {
    public let text: String

    /// `text` if it has the bundle's shape; nil otherwise.
    public init?(_ text: String) {
        guard Self.hasShape(text) else { return nil }
        self.text = text
    }

    /// From a time as the store keeps it (`yyyy-MM-dd HH:mm:ss.SSS`); nil for another shape.
    init?(stored: String) {
        guard stored.utf8.count == 23 else { return nil }
        self.init(String(stored.prefix(10)) + "T" + String(stored.dropFirst(11)) + "Z")
    }

    /// As the store keeps it.
    var stored: String {
        String(text.prefix(10)) + " " + String(text.dropFirst(11).dropLast())
    }

    public var description: String { text }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = BundleTime(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a time such as 2026-05-04T09:30:00.125Z"))
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    private static func hasShape(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 24 else { return false }
        let pattern = Array("dddd-dd-ddTdd:dd:dd.dddZ".utf8)
        for (byte, expected) in zip(bytes, pattern) {
            if expected == UInt8(ascii: "d") {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
            } else if byte != expected {
                return false
            }
        }
        return true
    }
}

/// The cohort a bundle is of: matched by name in the store it is merged into.
public struct BundleCohort: Sendable, Hashable, Codable {
    public var name: String
    public var organisation: String?
    public var createdAt: BundleTime
}

/// A pack file an attempt of the bundle was played on, its bytes exactly as kept.
public struct BundlePackFile: Sendable, Hashable, Codable {
    public var sha256: String
    public var packId: String
    public var packVersion: String
    /// Base64 in the bundle.
    public var bytes: Data
}

/// A learner of the cohort, pseudonymous: never the nickname.
public struct BundleLearner: Sendable, Hashable, Codable {
    public var code: String
    public var age: Int?
    public var ageBand: String?
    public var language: String
    public var country: String?
    public var createdAt: BundleTime
    public var enrolledAt: BundleTime
}

/// One event of an attempt's log, in order.
public struct BundleEvent: Sendable, Hashable, Codable {
    public var at: BundleTime
    public var event: SessionEvent
}

/// The stored result of a finished attempt, as the `attemptResult` row keeps it.
public struct BundleResult: Sendable, Hashable, Codable {
    public var rawPoints: Double
    public var maximumPoints: Double
    public var scaled: Double?
    public var passed: Bool?
    public var isComplete: Bool
    public var timeSpent: Double
    public var skipped: Int
    /// JSON text, as the store keeps it.
    public var objectives: String
}

/// One step of a stored result, as the `stepResult` row keeps it.
public struct BundleStep: Sendable, Hashable, Codable {
    public var position: Int
    public var stepId: String
    public var kind: String
    public var status: String
    public var verdict: String?
    public var pointsEarned: Double
    public var pointsMaximum: Double
    public var attempts: Int
    public var hintsShown: Int
    public var timeSpent: Double
    public var lastActivityAt: BundleTime?
    /// JSON text, as the store keeps them.
    public var response: String?
    public var tally: String?
    public var scenarioPath: String?
    public var scenarioEnding: String?
}

/// A group's vote being taken when the bundle was written.
public struct BundleOpenVote: Sendable, Hashable, Codable {
    public var stepId: String
    public var counts: [String: Int]
}

/// One attempt with everything stored about it. Its identity across stores is
/// `registration`, never a row id.
public struct BundleAttempt: Sendable, Hashable, Codable {
    public var registration: String
    /// The learner's code; nil for the cohort's group attempt (`oberih facilitate`).
    public var learner: String?
    public var packId: String
    public var packVersion: String
    public var packSHA256: String
    public var lessonId: String
    public var mode: String
    public var seed: UInt64
    public var startedAt: BundleTime
    public var finishedAt: BundleTime?
    public var events: [BundleEvent]
    public var result: BundleResult?
    /// In lesson order; empty without a result.
    public var steps: [BundleStep]
    public var openVote: BundleOpenVote?
}

/// What a bundle holds, record by record, in the order it is written and read: the
/// cohort first, then pack files, learners and attempts.
public enum BundleRecord: Sendable, Hashable {
    case cohort(BundleCohort)
    case packFile(BundlePackFile)
    case learner(BundleLearner)
    case attempt(BundleAttempt)
}

/// Records of a bundle that do not fit together (an attempt of a learner the bundle does
/// not hold, a pack file whose bytes are not its SHA-256, …): nothing is merged.
public struct BundleMismatch: Error, Sendable, Equatable, CustomStringConvertible {
    public var detail: String

    public init(_ detail: String) {
        self.detail = detail
    }

    public var description: String { detail }
}
