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
    /// their sessions, in batches of `batchSize` learners per transaction. Each batch is
    /// played on another thread while the one before is written (the engine's share of the
    /// time); the store is written in the same order as one batch after the other.
    public func add(learners: Int, toCohort cohort: String, store: ProgressStore) throws -> Summary {
        if (try? store.cohort(named: cohort)) == nil {
            _ = try store.createCohort(name: cohort, organisation: organisation, at: Self.start)
        }
        let simulator = PackSimulator(pack: pack, seed: seed, strategy: strategy, learningEffect: learningEffect)
        var codes = SplitMix64(seed: seed, salt: "codes:" + cohort)
        let ages = Array(pack.ageRange.minimum...max(pack.ageRange.minimum, pack.ageRange.maximum))
        let attempts = LessonAttempts(store: store)
        let batches = stride(from: 0, to: learners, by: Self.batchSize).map {
            $0..<min($0 + Self.batchSize, learners)
        }
        let language = language
        @Sendable func play(_ batch: Range<Int>) throws -> [[LessonSession]] {
            try batch.map { index in
                try simulator.play(
                    simulator.learner(index), index: index, age: ages[index % ages.count],
                    language: language, start: Self.start + Double(index % 1000) * 60)
            }
        }
        var summary = Summary()
        let nextBatch = BatchInBackground()
        var playedBatch = try batches.first.map(play) ?? []
        for (number, batch) in batches.enumerated() {
            let records = try store.addLearners(
                ages: batch.map { ages[$0 % ages.count] }, cohortName: cohort, ageBand: nil, language: language,
                country: nil, at: Self.start, generator: &codes)
            if number + 1 < batches.count {
                let next = batches[number + 1]
                nextBatch.start { try play(next) }
            }
            var played: [(session: LessonSession, owner: AttemptOwner, packFile: PackFile)] = []
            for (record, sessions) in zip(records, playedBatch) {
                played += sessions.map { ($0, .learner(code: record.code), packFile) }
                summary.events += sessions.reduce(0) { $0 + $1.events.count }
                summary.sessions += sessions.count
            }
            // Waited for even when the write fails: the thread never outlives the call.
            let written = Result { try attempts.importSessions(played) }
            if number + 1 < batches.count { playedBatch = try nextBatch.wait() }
            try written.get()
            summary.learners += batch.count
        }
        return summary
    }
}

/// One batch of learners played on another thread: `start` it, then `wait` for its sessions.
final class BatchInBackground: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written by the thread before `leave`, read after `wait`: the group orders the two.
    private var result: Result<[[LessonSession]], any Error>?

    func start(_ work: @escaping @Sendable () throws -> [[LessonSession]]) {
        group.enter()
        DispatchQueue.global().async {
            self.result = Result(catching: work)
            self.group.leave()
        }
    }

    func wait() throws -> [[LessonSession]] {
        group.wait()
        defer { result = nil }
        return try result!.get()
    }
}
