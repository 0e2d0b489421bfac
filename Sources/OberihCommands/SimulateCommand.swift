import ArgumentParser
import Foundation
import LearnerSimulation
import LessonEngine
import LessonPack
import ProgressStore
import Sessions

/// `oberih simulate`: a synthetic cohort playing a pack, for demos, training trainers and
/// benchmarks.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Add a synthetic cohort that has played a pack (for demos, training and benchmarks).",
        discussion: """
            Adds --learners new learners to --cohort (created if missing), with ages spread
            over the pack's range, and plays every lesson and test of the pack for each of
            them through the engine, as a real learner's sessions are logged. Answers follow
            a two-parameter item response model (each item's discrimination and difficulty
            drawn from the seed; each learner's ability standard normal), with learning
            between the pre-test and the post-test and a shift in attitudes; a lesson not
            passed is tried again. The same --seed gives the same cohort, codes included.
            Session times start on 2026-09-01. docs/statistics.md describes the model.

            A summary goes to stderr; with --json, {formatVersion, cohort, pack, learners,
            sessions, events, seed} to stdout.

            Exit status: 0 done, 2 usage error, unknown pack, or a store that cannot be
            opened or written.
            """
    )

    @Option(help: "The cohort to add the synthetic learners to (created if missing).")
    var cohort: String

    @Option(help: "How many learners (1 to 100000).")
    var learners: Int

    @Option(help: "The pack, by id from ./Curriculum or a file (default: the first pack of ./Curriculum).")
    var pack: String?

    @Option(help: "The seed: the same seed gives the same cohort.")
    var seed: UInt64 = 1

    @Option(help: "The learners' language.")
    var language = "en"

    @OptionGroup var options: StoreOptions

    /// 2026-09-01 08:00 UTC: the first session's start.
    static let start = Date(timeIntervalSince1970: 1_788_249_600)

    /// Learners (and then their attempts) written to the store per transaction.
    static let batchSize = 200

    struct Summary: Encodable {
        var formatVersion = 1
        var cohort: String
        var pack: String
        var learners: Int
        var sessions: Int
        var events: Int
        var seed: UInt64
    }

    func validate() throws {
        guard (1...100_000).contains(learners) else {
            throw ValidationError("--learners takes 1 to 100000 learners")
        }
    }

    func run() throws {
        let loaded = try pack.map(PackLoading.load) ?? PackLoading.playable().first
        guard let loaded else {
            throw CommandFailure("no valid pack in ./\(PackLoading.curriculumFolder); give --pack ID or a pack file")
        }
        let pack = loaded.pack
        let summary = try options.withStore { store in
            if (try? store.cohort(named: cohort)) == nil {
                _ = try store.createCohort(name: cohort, organisation: "simulated", at: Self.start)
            }
            let simulator = PackSimulator(pack: pack, seed: seed)
            var codes = SplitMix64(seed: seed, salt: "codes:" + cohort)
            var summary = Summary(cohort: cohort, pack: pack.id, learners: 0, sessions: 0, events: 0, seed: seed)
            let ages = Array(pack.ageRange.minimum...max(pack.ageRange.minimum, pack.ageRange.maximum))
            let attempts = LessonAttempts(store: store)
            for batchStart in stride(from: 0, to: learners, by: Self.batchSize) {
                let batch = batchStart..<min(batchStart + Self.batchSize, learners)
                var played: [(session: LessonSession, owner: AttemptOwner, packSHA256: String)] = []
                let records = try store.addLearners(
                    ages: batch.map { ages[$0 % ages.count] }, cohortName: cohort, ageBand: nil, language: language,
                    country: nil, at: Self.start, generator: &codes)
                for (index, record) in zip(batch, records) {
                    let sessions = try simulator.play(
                        SimulatedLearner(index: index, seed: seed), index: index, age: ages[index % ages.count],
                        language: language, start: Self.start + Double(index % 1000) * 60)
                    played += sessions.map { ($0, .learner(code: record.code), loaded.sha256) }
                    summary.events += sessions.reduce(0) { $0 + $1.events.count }
                    summary.sessions += sessions.count
                }
                try attempts.importSessions(played)
                summary.learners += batch.count
            }
            return summary
        }
        if options.json {
            try StoreOutput.printJSON(summary)
        } else {
            StoreOutput.message(
                "simulated \(summary.learners) learners in '\(cohort)' playing \(pack.id): "
                    + "\(summary.sessions) sessions, \(summary.events) events (seed \(seed))")
        }
    }
}
