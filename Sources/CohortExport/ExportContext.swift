import Foundation
import LessonEngine
import LessonPack
import ProgressStore
import Sessions

/// What every export format starts from: the cohort, the store, and the pack each attempt
/// was played on (by SHA-256: kept in the store, or a file at hand) for titles, lesson
/// kinds and replaying attempts that have no stored result. Reads only: nothing is
/// written to the store.
public final class ExportContext {
    public let store: ProgressStore
    public let cohort: Cohort
    public let packs: PackVersions
    public let exportedAt: Date
    /// What the export could not take from stored results, as attempts streamed past.
    public private(set) var gaps = ExportGaps()

    public init(cohort: Cohort, packs: PackVersions, exportedAt: Date) {
        store = packs.store
        self.cohort = cohort
        self.packs = packs
        self.exportedAt = exportedAt
    }

    /// The pack a version was played on, if it is kept or at hand.
    public func pack(_ played: PlayedPack) throws -> Pack? {
        try packs.pack(sha256: played.sha256)
    }

    /// The cohort's pack versions that are neither kept nor at hand: their attempts
    /// would be exported without titles, lesson kinds or replayed results.
    public func unavailablePacks() throws -> [PlayedPack] {
        try store.packsPlayed(byCohort: cohort.id).filter { try packs.pack(sha256: $0.sha256) == nil }
    }
}

/// Attempts an export had to replay, or could not give a result for.
public struct ExportGaps: Sendable {
    /// Finished attempts with no stored result (played before results were kept),
    /// replayed for the export.
    public var finishedReplayed = 0
    /// Attempts with no stored result whose pack file is neither kept nor at hand: exported without one.
    public var withoutPack = 0
    /// Attempts whose log does not replay with their pack, and why: exported without a result.
    public var replayFailures: [ReplayFailure] = []
}

/// Where an exported attempt's result comes from.
enum ResultSource: String {
    /// Stored when the attempt finished.
    case stored
    /// Computed now from the log: an unfinished attempt, or one finished before results were kept.
    case replayed
    /// No stored result and its pack file neither kept nor at hand to replay it with.
    case unavailable
    /// No stored result, and the log does not replay with the pack at hand.
    case replayFailed
}

/// An attempt as exported: stored results for a finished attempt; an unfinished one is
/// replayed (when its pack is at hand) to show where it stands.
struct ExportedAttempt {
    var attempt: Attempt
    var result: AttemptResultRecord?
    var steps: [StepResultRecord]
    /// The pack the attempt was played on, when it is kept or at hand.
    var pack: Pack?
    var lesson: Lesson?
    var resultSource: ResultSource
}

extension ExportContext {
    /// Every attempt of the cohort (or just those of `only`) in id order, one at a time.
    func forEachAttempt(only ids: [Int64]? = nil, _ body: (ExportedAttempt) throws -> Void) throws {
        // Read before the walk: the store cannot be read again while it streams attempts.
        var packsBySHA256: [String: Pack] = [:]
        for played in try store.packsPlayed(byCohort: cohort.id) { packsBySHA256[played.sha256] = try pack(played) }
        try store.forEachAttempt(ofCohort: cohort.id, only: ids) { stored in
            let attempt = stored.attempt
            let pack = packsBySHA256[attempt.packSHA256]
            var exported = ExportedAttempt(
                attempt: attempt, result: stored.result, steps: stored.steps, pack: pack,
                lesson: pack?.lessons.first { $0.id == attempt.lessonId }, resultSource: .stored)
            if stored.result == nil { try replay(stored.events, into: &exported) }
            try body(exported)
        }
    }

    private func replay(_ events: [TimedEvent], into exported: inout ExportedAttempt) throws {
        let attempt = exported.attempt
        guard let pack = exported.pack else {
            exported.resultSource = .unavailable
            gaps.withoutPack += 1
            return
        }
        let result: LessonResult
        do {
            result = try ReplayedResult.of(attemptId: attempt.id, events: events, pack: pack)
        } catch {
            exported.resultSource = .replayFailed
            gaps.replayFailures.append(error)
            return
        }
        (exported.result, exported.steps) = try ProgressStore.records(of: result, attemptId: attempt.id)
        exported.resultSource = .replayed
        if attempt.isFinished { gaps.finishedReplayed += 1 }
    }
}
