import Foundation
import LessonEngine
import LessonPack
import ProgressStore

/// The life of an attempt, over the progress store: resume the unfinished one or start a
/// new one, record every event as it happens, finish it with its result; import sessions
/// played elsewhere (simulated, or from another device); store the results of attempts
/// finished before results were kept. Play, facilitate and simulate all go through here.
public struct LessonAttempts: Sendable {
    public let store: ProgressStore

    public init(store: ProgressStore) {
        self.store = store
    }

    /// Resumes the learner's unfinished attempt of the lesson, or starts and stores a new
    /// one, keeping `packFile` (the file of `progress.pack`) in the store first. An
    /// unfinished attempt goes on with the pack file it was started with, kept in the
    /// store, even if the file has changed since (same id and version). Throws the engine's `SessionError` when the learner may not start it (age,
    /// prerequisites, no such lesson), and `StoreError`s.
    public func openForLearner(
        _ progress: PackProgress, lessonId: String, packFile: PackFile, language: String, seed: UInt64, at time: Date
    ) throws -> OpenAttempt {
        if let unfinished = progress.unfinished[lessonId] {
            return try resume(unfinished, current: progress.pack, file: packFile)
        }
        let session = try LessonSession.start(
            pack: progress.pack, lessonId: lessonId, learner: progress.engineLearner(language: language), seed: seed,
            passedLessons: progress.passed, at: time)
        return try begin(session, owner: .learner(code: progress.learner.code), packFile: packFile)
    }

    /// Resumes the cohort's unfinished group session of the lesson, or starts one. A group
    /// has no one age: the session records the lesson's lowest age. Packs as for a learner.
    public func openForGroup(
        _ progress: GroupProgress, lessonId: String, packFile: PackFile, language: String, seed: UInt64, at time: Date
    ) throws -> OpenAttempt {
        if let unfinished = progress.unfinished[lessonId] {
            return try resume(unfinished, current: progress.pack, file: packFile)
        }
        let pack = progress.pack
        guard let lesson = pack.lessons.first(where: { $0.id == lessonId }) else {
            throw SessionError.lessonNotFound(lessonId)
        }
        let group = Learner(age: lesson.ageRange(in: pack).minimum, language: language, country: nil)
        let session = try LessonSession.start(
            pack: pack, lessonId: lessonId, learner: group, mode: .group, seed: seed,
            passedLessons: progress.finished, at: time)
        return try begin(session, owner: .group(cohortId: progress.cohortId), packFile: packFile)
    }

    /// Marks the attempt finished and stores its result, in one transaction.
    public func finish(_ attempt: OpenAttempt, result: LessonResult, at time: Date) throws(StoreError) {
        try store.finishAttempt(attempt.attemptId, at: time, result: result)
    }

    /// Stores whole sessions played elsewhere, with their logs and, for finished ones,
    /// their results (finished at their last event), in one transaction: all or none;
    /// their pack files are kept first.
    public func importSessions(_ sessions: [(session: LessonSession, owner: AttemptOwner, packFile: PackFile)])
        throws(StoreError)
    {
        var kept = Set<String>()
        for played in sessions {
            try Self.check(played.packFile, isThe: played.session.pack)
            if kept.insert(played.packFile.sha256).inserted { try store.keep(played.packFile) }
        }
        try store.importAttempts(
            sessions.map { played in
                let session = played.session
                return ImportedAttempt(
                    owner: played.owner, packSHA256: played.packFile.sha256, events: session.events,
                    finishedAt: session.isFinished ? session.events.last?.at : nil,
                    result: session.isFinished ? session.result : nil)
            })
    }

    /// The file kept for an attempt names the pack it plays, or nothing is stored.
    private static func check(_ file: PackFile, isThe pack: Pack) throws(StoreError) {
        guard file.packId == pack.id, file.packVersion == pack.version else {
            throw .invalid("the pack file given is \(file.packId) \(file.packVersion), not \(pack.id) \(pack.version)")
        }
    }

    /// Goes on with the file the attempt was started with; a store from before files were
    /// kept has only the current one, which the log is replayed against as before.
    private func resume(_ attempt: Attempt, current: Pack, file: PackFile) throws -> OpenAttempt {
        try Self.check(file, isThe: current)
        try store.keep(file)
        let pack =
            attempt.packSHA256 == file.sha256
            ? current : try PackVersions(store: store).pack(sha256: attempt.packSHA256) ?? current
        let session = try LessonSession.resume(pack: pack, events: try store.events(ofAttempt: attempt.id))
        return OpenAttempt(session: session, log: AttemptLog(attemptId: attempt.id, store: store), isResumed: true)
    }

    private func begin(_ session: LessonSession, owner: AttemptOwner, packFile: PackFile) throws(StoreError)
        -> OpenAttempt
    {
        try Self.check(packFile, isThe: session.pack)
        try store.keep(packFile)
        let attempt = try store.startAttempt(owner: owner, packSHA256: packFile.sha256, startedEvent: session.events[0])
        return OpenAttempt(session: session, log: AttemptLog(attemptId: attempt.id, store: store), isResumed: false)
    }
}
