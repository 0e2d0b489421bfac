import Foundation
import LearnerSimulation
import LessonPack
import ProgressStore
import Sessions

/// In-memory stores holding a simulated cohort, for the tests of what reads one
/// (reports, exports).
public enum CohortFixture {
    /// The pack the cohorts play.
    public static let pack = PackValidator().validate(fileAtPath: ProjectFolder.curriculumFile("being-kind-online.xml"))
        .pack!
    /// The pack's file, as the store keeps it.
    public static let packFile = PackFile(
        packId: pack.id, packVersion: pack.version,
        bytes: [UInt8](FileManager.default.contents(atPath: ProjectFolder.curriculumFile("being-kind-online.xml"))!))
    public static let packSHA256 = packFile.sha256

    /// A new store with `learners` simulated learners in `cohort`, each having played the
    /// whole pack; every finished attempt has its stored result.
    public static func simulated(
        learners: Int, cohort: String = "7B", seed: UInt64 = 3, pack: Pack = pack, packFile: PackFile = packFile,
        strategy: PackSimulator.Strategy = .ability
    ) throws -> ProgressStore {
        let store = try ProgressStore.makeInMemory()
        try add(
            learners: learners, to: store, cohort: cohort, seed: seed, pack: pack, packFile: packFile, strategy: strategy)
        return store
    }

    /// Adds simulated learners to `store` (the cohort is created if missing).
    @discardableResult
    public static func add(
        learners: Int, to store: ProgressStore, cohort: String = "7B", seed: UInt64, pack: Pack = pack,
        packFile: PackFile = packFile, strategy: PackSimulator.Strategy = .ability
    ) throws -> SimulatedCohort.Summary {
        try SimulatedCohort(pack: pack, packFile: packFile, seed: seed, language: "en", strategy: strategy)
            .add(learners: learners, toCohort: cohort, store: store)
    }

    /// A new store with the same cohort as `store` played the same way, as if before
    /// results (and pack files) were kept: the same logs, and no stored result at all. Learners get new
    /// codes, paired with the old ones in code order, so every listing keeps its order.
    public static func withoutResults(of store: ProgressStore, cohort: String = "7B") throws -> ProgressStore {
        let copy = try ProgressStore.makeInMemory()
        let original = try store.cohort(named: cohort)
        _ = try copy.createCohort(name: cohort, organisation: original.organisation, at: original.createdAt)
        // Paired by the rank of their codes, so ties a report breaks by code fall the same way.
        let learners = try store.learners(inCohort: cohort).sorted { $0.code < $1.code }
        var generator = SeededGenerator(seed: 11)
        let copies = try copy.addLearners(
            ages: learners.map(\.age), cohortName: cohort, ageBand: nil, language: "en", country: nil,
            at: original.createdAt, generator: &generator
        ).sorted { $0.code < $1.code }
        var attempts: [ImportedAttempt] = []
        for (learner, copied) in zip(learners, copies) {
            for attempt in try store.attempts(ofLearner: learner.code) {
                attempts.append(
                    ImportedAttempt(
                        owner: .learner(code: copied.code), packSHA256: attempt.packSHA256,
                        events: try store.events(ofAttempt: attempt.id), finishedAt: attempt.finishedAt, result: nil))
            }
        }
        try copy.importAttempts(attempts)
        return copy
    }
}
