import Foundation
import LessonEngine
import LessonPack
import ProgressStore

/// What every export format starts from: the cohort, the store, and the packs at hand
/// (matched to attempts by id and version) for titles, lesson kinds and replaying
/// unfinished attempts.
public struct ExportContext {
    public var store: ProgressStore
    public var cohort: Cohort
    public var packs: [Pack]
    public var exportedAt: Date

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

/// An attempt as exported: stored results for a finished attempt; an unfinished one is
/// replayed (when its pack is at hand) to show where it stands.
struct ExportedAttempt {
    var attempt: Attempt
    var result: AttemptResultRecord?
    var steps: [StepResultRecord]
    /// The pack of the attempt's id and version, when it is at hand.
    var pack: Pack?
    var lesson: Lesson?
    /// "stored", "replayed" (unfinished, computed now) or "unavailable" (no result stored
    /// and no pack to replay it with).
    var resultSource: String
}

extension ExportContext {
    /// Every attempt of the cohort in id order, one at a time.
    func forEachAttempt(_ body: (ExportedAttempt) throws -> Void) throws {
        try store.forEachAttempt(ofCohort: cohort.id!) { stored in
            let attempt = stored.attempt
            let pack = pack(id: attempt.packId, version: attempt.packVersion)
            let lesson = pack?.lessons.first { $0.id == attempt.lessonId }
            var exported = ExportedAttempt(
                attempt: attempt, result: stored.result, steps: stored.steps, pack: pack, lesson: lesson,
                resultSource: "stored")
            if stored.result == nil {
                exported.resultSource = "unavailable"
                if let pack, let session = try? LessonSession.resume(pack: pack, events: stored.events) {
                    (exported.result, exported.steps) = try ProgressStore.records(of: session.result, attemptId: attempt.id!)
                    exported.resultSource = "replayed"
                }
            }
            try body(exported)
        }
    }
}
