import ArgumentParser
import Foundation
import ProgressStore

/// `oberih cohort show NAME`: the cohort's learners with their ages and attempts.
struct CohortShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a cohort's learners (codes, ages, attempts) and its group sessions.",
        discussion: """
            A summary and tables go to stdout; with --json, {formatVersion, cohort: {name, \
            organisation, createdAt, learnerCount}, learners: [{code, age, ageBand, \
            language, country, createdAt, attemptCount}], groupSessions: [{pack, \
            packVersion, lesson, startedAt, finishedAt, tallies: {voteStepId: {optionId: \
            count}}}]}; learners in the order they were handed out, group sessions oldest first.

            Exit status: 0 success, 2 usage error, no such cohort, or a store that cannot \
            be opened.
            """
    )

    @Argument(help: "The cohort's name.", completion: Completions.cohorts)
    var name: String

    @OptionGroup var options: StoreOptions

    func run() throws {
        let name = name.trimmingCharacters(in: .whitespaces)
        let (cohort, learners, sessions) = try options.withStoreForReading { store in
            let cohort = try store.cohort(named: name)
            var learners: [StoreJSON.LearnerEntry] = []
            for learner in try store.learners(inCohort: name) {
                do {
                    let progress = try store.progress(of: learner.code)
                    learners.append(StoreJSON.LearnerEntry(learner, attemptCount: progress.attempts.count))
                } catch StoreError.notFound {
                    // Erased meanwhile by another process: left out.
                }
            }
            let sessions = try store.groupAttempts(ofCohort: cohort.id).map { attempt in
                StoreJSON.GroupSessionEntry(attempt, events: try store.events(ofAttempt: attempt.id))
            }
            return (cohort, learners, sessions)
        }
        let entry = StoreJSON.CohortEntry(cohort, learnerCount: learners.count)
        if options.json {
            try StoreOutput.printJSON(StoreJSON.CohortDetail(cohort: entry, learners: learners, groupSessions: sessions))
            return
        }
        var text = "cohort: \(StoredText.shownSafely(cohort.name))\n"
        if let organisation = cohort.organisation { text += "organisation: \(StoredText.shownSafely(organisation))\n" }
        text += "created: \(StoreOutput.iso8601(cohort.createdAt))\n"
        text += "learners: \(learners.count)\n"
        if !learners.isEmpty {
            text += "\n"
            text += StoreOutput.table(
                header: ["CODE", "AGE", "LANGUAGE", "COUNTRY", "ATTEMPTS"],
                rows: learners.map { learner -> [String] in
                    let age = learner.age.map { String($0) } ?? learner.ageBand ?? "-"
                    return [
                        learner.code, age, learner.language, learner.country ?? "-", String(learner.attemptCount ?? 0),
                    ]
                })
        }
        if !sessions.isEmpty {
            text += "\ngroup sessions: \(sessions.count)\n\n"
            text += StoreOutput.table(
                header: ["PACK", "LESSON", "STARTED", "FINISHED", "VOTES"],
                rows: sessions.map { session in
                    [
                        session.pack, session.lesson, StoreOutput.iso8601(session.startedAt),
                        session.finishedAt.map(StoreOutput.iso8601) ?? "-",
                        String(session.tallies.count),
                    ]
                })
        }
        try StoreOutput.print(text)
    }
}
