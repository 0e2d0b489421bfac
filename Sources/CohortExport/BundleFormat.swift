import Foundation
import ProgressStore

/// A bundle (`oberih export --format bundle`, `oberih import`): a cohort's records as JSON
/// Lines, to merge one store into another (docs/sync.md). The first line is the header,
/// then one line per record (pack files, learners, attempts), and the last line holds the
/// SHA-256 of every byte before it.
public enum BundleFormat {
    /// The header's `kind`.
    public static let kind = "oberih-bundle"
    /// The format this Oberih writes, and the newest it reads.
    public static let formatVersion = 1
    /// The longest line read: a pack file's bytes in base64 (a pack is at most 16 MiB),
    /// or an attempt's whole log.
    static let maximumLineLength = 24 * 1024 * 1024

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// The first line: what the file is, which format, who wrote it, and the cohort.
public struct BundleHeader: Sendable, Hashable, Codable {
    public var kind: String
    public var formatVersion: Int
    /// The version of Oberih that wrote the bundle.
    public var oberihVersion: String
    /// ISO 8601, UTC.
    public var exportedAt: String
    public var cohort: BundleCohort
}

/// The last line's content: how many records came between the header and it, and the
/// SHA-256 (hex) of every byte before it.
struct BundleEnd: Codable, Hashable {
    var records: Int
    var sha256: String
}

/// One line after the header: exactly one of its members is set.
struct BundleLine: Codable {
    var packFile: BundlePackFile?
    var learner: BundleLearner?
    var attempt: BundleAttempt?
    var end: BundleEnd?

    init(_ record: BundleRecord) {
        switch record {
        case .cohort: break
        case .packFile(let file): packFile = file
        case .learner(let learner): self.learner = learner
        case .attempt(let attempt): self.attempt = attempt
        }
    }

    init(end: BundleEnd) {
        self.end = end
    }

    /// The record the line holds; nil for the end line or a line of no known kind.
    var record: BundleRecord? {
        if let packFile { return .packFile(packFile) }
        if let learner { return .learner(learner) }
        if let attempt { return .attempt(attempt) }
        return nil
    }

    var memberCount: Int {
        [packFile != nil, learner != nil, attempt != nil, end != nil].filter { $0 }.count
    }
}

/// What a written bundle holds.
public struct BundleContents: Sendable, Hashable {
    public var packFiles = 0
    public var learners = 0
    public var attempts = 0
    public var events = 0
    /// Attempts whose pack file is not kept in the store, so not in the bundle.
    public var attemptsWithoutPackFile = 0

    public init() {}
}
