import Foundation
import LearnerSimulation
import LessonEngine
import LessonPack
import ProgressStore

/// A synthetic cohort playing a pack (`oberih simulate`, and tests of what reads a
/// cohort): new learners with ages spread over the pack's range, each playing every
/// lesson and test through the engine, stored as imported sessions. The same seed gives
/// the same cohort, learner codes included; `strategy` says how they answer.
public struct SimulatedCohort: Sendable {
    public struct Summary: Sendable, Equatable {
        public var learners = 0
        public var sessions = 0
        public var events = 0
    }

    /// 2026-09-01 08:00 UTC: the first session's start.
    public static let start = Date(timeIntervalSince1970: 1_788_249_600)

    /// Learners (and then their attempts) written to the store per transaction.
    static let batchSize = 200

    public let pack: Pack
    public let packFile: PackFile
    public let seed: UInt64
    public let language: String
    public let strategy: PackSimulator.Strategy
    /// What the lessons add to a learner's ability on average (`SimulatedLearner`).
    public let learningEffect: Double
    /// The organisation a cohort made for the simulation is given.
    public let organisation: String

    public static let defaultOrganisation = "simulated"

    public init(
        pack: Pack, packFile: PackFile, seed: UInt64, language: String, strategy: PackSimulator.Strategy = .ability,
        learningEffect: Double = SimulatedLearner.defaultLearningEffect, organisation: String = defaultOrganisation
    ) {
        self.pack = pack
        self.packFile = packFile
        self.seed = seed
        self.language = language
        self.strategy = strategy
        self.learningEffect = learningEffect
        self.organisation = organisation
    }

    /// Adds `learners` learners to the cohort, created (for `organisation`) if missing, with
    /// their sessions, in batches of `batchSize` learners per transaction.
    public func add(learners: Int, toCohort cohort: String, store: ProgressStore) throws -> Summary {
        if (try? store.cohort(named: cohort)) == nil {
            _ = try store.createCohort(name: cohort, organisation: organisation, at: Self.start)
        }
        let simulator = PackSimulator(pack: pack, seed: seed, strategy: strategy, learningEffect: learningEffect)
        var codes = SplitMix64(seed: seed, salt: "codes:" + cohort)
        let ages = Array(pack.ageRange.minimum...max(pack.ageRange.minimum, pack.ageRange.maximum))
        let attempts = LessonAttempts(store: store)
        var summary = Summary()
        for batchStart in stride(from: 0, to: learners, by: Self.batchSize) {
            let batch = batchStart..<min(batchStart + Self.batchSize, learners)
            var played: [(session: LessonSession, owner: AttemptOwner, packFile: PackFile)] = []
            let records = try store.addLearners(
                ages: batch.map { ages[$0 % ages.count] }, cohortName: cohort, ageBand: nil, language: language,
                country: nil, at: Self.start, generator: &codes)
            for (index, record) in zip(batch, records) {
                let sessions = try simulator.play(
                    simulator.learner(index), index: index, age: ages[index % ages.count],
                    language: language, start: Self.start + Double(index % 1000) * 60)
                played += sessions.map { ($0, .learner(code: record.code), packFile) }
                summary.events += sessions.reduce(0) { $0 + $1.events.count }
                summary.sessions += sessions.count
            }
            try attempts.importSessions(played)
            summary.learners += batch.count
        }
        return summary
    }
}
