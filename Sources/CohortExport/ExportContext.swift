import Foundation
import LessonEngine
import LessonPack
import ProgressStore
import Sessions

/// What every export format starts from: the cohort, the store, and the packs at hand
/// (matched to attempts by id and version) for titles, lesson kinds and replaying
/// attempts that have no stored result. Reads only: nothing is written to the store.
public final class ExportContext {
    public let store: ProgressStore
    public let cohort: Cohort
    public let packs: [Pack]
    public let exportedAt: Date
    /// What the export could not take from stored results, as attempts streamed past.
    public private(set) var gaps = ExportGaps()

    public init(store: ProgressStore, cohort: Cohort, packs: [Pack], exportedAt: Date) {
        self.store = store
        self.cohort = cohort
        self.packs = packs
        self.exportedAt = exportedAt
    }

    public func pack(id: String, version: String) -> Pack? {
        packs.first { $0.id == id && $0.version == version }
    }
}

/// Attempts an export had to replay, or could not give a result for.
public struct ExportGaps: Sendable {
    /// Finished attempts with no stored result (played before results were kept),
    /// replayed for the export.
    public var finishedReplayed = 0
    /// Attempts with no stored result whose pack version is not at hand: exported without one.
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
    /// No stored result and no pack of its version at hand to replay it with.
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
    /// The pack of the attempt's id and version, when it is at hand.
    var pack: Pack?
    var lesson: Lesson?
    var resultSource: ResultSource
}

extension ExportContext {
    /// Every attempt of the cohort in id order, one at a time.
    func forEachAttempt(_ body: (ExportedAttempt) throws -> Void) throws {
        try store.forEachAttempt(ofCohort: cohort.id) { stored in
            let attempt = stored.attempt
            let pack = pack(id: attempt.packId, version: attempt.packVersion)
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
