import ArgumentParser
import Foundation
import LearnerSimulation
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
            Adds --learners new learners to --cohort (created if missing), with ages spread \
            over the pack's range, and plays every lesson and test of the pack for each of \
            them through the engine, as a real learner's sessions are logged. Answers follow \
            a two-parameter item response model (each item's discrimination and difficulty \
            drawn from the seed, the same for an item and its partner in the other test, as \
            parallel forms are equally hard; each learner's ability standard normal), with \
            learning between the pre-test and the post-test and a shift in attitudes; a \
            lesson not passed is tried again. The same --seed gives the same cohort, codes \
            included.

            --learning-effect is what the lessons add to a learner's ability on average, in \
            standard deviations of ability (default 0.8, a large effect; 0 for lessons that \
            teach nothing; each learner's share is drawn around it and never below 0), so a \
            demo shows what it claims. A new cohort is made for --organisation (default \
            "simulated").

            --strategy cues adds learners who know nothing and answer by the cues badly \
            written items give away (the longest option, the usual number of right options, \
            "false", the order shown); their report shows how far the tests can be passed by \
            cues alone, beside the score expected by chance (docs/assessment.md). \
            Session times start on 2026-09-01. docs/statistics.md describes the model.

            A summary goes to stderr; with --json, {formatVersion, cohort, pack, learners, \
            sessions, events, seed, strategy, learningEffect} to stdout.

            Exit status: 0 done, 2 usage error, unknown pack, or a store that cannot be \
            opened or written.
            """
    )

    @Option(help: "The cohort to add the synthetic learners to (created if missing).", completion: Completions.cohorts)
    var cohort: String

    @Option(parsing: .unconditional, help: "How many learners (1 to 100000).")
    var learners: Int

    @Option(
        help: "The pack, by id from the curriculum or a file (default: the first pack found; `oberih pack list`).",
        completion: Completions.packIds)
    var pack: String?

    @Option(parsing: .unconditional, help: "The seed (0 or more): the same seed gives the same cohort.")
    var seed: UInt64 = 1

    @Option(help: "The learners' language.", completion: Completions.languages)
    var language = "en"

    @Option(help: "How they answer: ability (the item response model) or cues (knowing nothing, by cues alone).")
    var strategy: PackSimulator.Strategy = .ability

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "What the lessons add to ability, in standard deviations (0 to 3).", valueName: "sd"))
    var learningEffect: Double = SimulatedLearner.defaultLearningEffect

    @Option(help: "The organisation of a cohort this makes.")
    var organisation: String = SimulatedCohort.defaultOrganisation

    @OptionGroup var search: CurriculumOptions

    @OptionGroup var options: StoreOptions

    struct Summary: Encodable {
        var formatVersion = 1
        var cohort: String
        var pack: String
        var learners: Int
        var sessions: Int
        var events: Int
        var seed: UInt64
        var strategy: String
        var learningEffect: Double
    }

    func validate() throws {
        guard (1...100_000).contains(learners) else {
            throw ValidationError("--learners must be a positive number: 1 to 100000 learners (not \(learners))")
        }
        guard SimulatedLearner.learningEffects.contains(learningEffect) else {
            throw ValidationError(
                "--learning-effect must be 0 to 3 standard deviations of ability (not \(learningEffect)); the default is "
                    + "\(SimulatedLearner.defaultLearningEffect)")
        }
    }

    func run() throws {
        let curriculum = search.curriculum()
        let loaded = try pack.map(curriculum.load) ?? curriculum.playable().first
        guard let loaded else {
            throw CommandFailure(
                curriculum.existingFolders.isEmpty
                    ? "no lesson packs were found (\(curriculum.searchedEverywhere))"
                    : "no valid pack in the curriculum (\(curriculum.searchedDescription)); give --pack ID or a pack "
                        + "file, or --curriculum DIR")
        }
        let pack = loaded.pack
        let simulation = SimulatedCohort(
            pack: pack, packFile: loaded.file, seed: seed, language: language, strategy: strategy,
            learningEffect: learningEffect, organisation: organisation)
        let added = try options.withStore { store in
            try curriculum.keepPlayedVersions(in: store)
            if let existing = try? store.cohort(named: cohort), existing.organisation != organisation,
                organisation != SimulatedCohort.defaultOrganisation
            {
                throw CommandFailure(
                    "the cohort '\(StoredText.shownSafely(cohort))' already exists for "
                        + (existing.organisation.map { "'\(StoredText.shownSafely($0))'" } ?? "no organisation")
                        + "; leave out --organisation to add to it, or name a new cohort")
            }
            return try simulation.add(learners: learners, toCohort: cohort, store: store)
        }
        let summary = Summary(
            cohort: cohort, pack: pack.id, learners: added.learners, sessions: added.sessions, events: added.events,
            seed: seed, strategy: strategy.rawValue, learningEffect: learningEffect)
        if options.json {
            try StoreOutput.printJSON(summary)
        } else {
            StoreOutput.message(
                "simulated \(StoreOutput.counted(summary.learners, "learner")) in '\(StoredText.shownSafely(cohort))' playing \(pack.id) "
                    + "\(pack.version): \(StoreOutput.counted(summary.sessions, "session")), \(StoreOutput.counted(summary.events, "event")) (seed \(seed)"
                    + (strategy == .ability ? ")" : ", answering by \(strategy.rawValue))")
                    + "; `oberih report --cohort \(shellWord(cohort, quoted: true))\(options.repeated)` reports on them")
        }
    }
}

extension PackSimulator.Strategy: ExpressibleByArgument {}
