import ArgumentParser
import CohortReports
import Foundation
import LessonPack
import ProgressStore
import ReportPages
import Sessions

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `oberih learner cards --cohort C --output cards.html`: the cohort's codes as cut-out
/// cards to print and hand out.
struct LearnerCardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "Write a cohort's learner codes as cards to print and cut out (HTML, A4).",
        discussion: """
            Writes one self-contained HTML page (nothing is loaded from anywhere) with a \
            card for each learner of the cohort, in the order the codes were handed out, \
            ten to an A4 sheet with dashed lines to cut along: open it in a browser and \
            print it. A card holds the code in large type, the pack's title, the command \
            that starts it (oberih play PACK --code CODE) and the pack's help lines for \
            the learner's country (someone to talk to, the emergency number; the \
            international ones when the country is not known), in the learner's language \
            (--lang for all). Nothing on a card names a learner.

            The pack is --pack (an id, or a file), else the one the cohort played most, \
            else the first of the curriculum; its title and contacts come from the \
            curriculum, so that a card shows the contacts checked last. Without a pack, \
            a card has no pack line and no help lines but the trusted adult.

            The page goes to --output FILE (written under a temporary name and renamed \
            when complete), or to stdout when stdout is not a terminal. A summary goes \
            to stderr.

            Exit status: 0 written, 2 usage error, unknown cohort or pack, a cohort with \
            no learners, a store that cannot be opened, or an output that cannot be written.
            """
    )

    @Option(help: "The cohort.", completion: Completions.cohorts)
    var cohort: String

    @Option(help: ArgumentHelp("Write the page to this file (default: stdout when it is not a terminal).", valueName: "file"))
    var output: String?

    @Option(
        help: "The pack, by id or as a file (default: the pack the cohort played most, else the first found).",
        completion: Completions.packIds)
    var pack: String?

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp("The cards' language for every learner: en, uk or ru (default: each learner's).", valueName: "lang"),
        completion: Completions.languages)
    var language: String?

    @OptionGroup var search: CurriculumOptions

    @OptionGroup var options: StoreOptions

    func validate() throws {
        if options.json { throw ValidationError("learner cards writes an HTML page; --json is for other commands") }
        if let output, output.isEmpty { throw ValidationError("--output takes a file path, such as cards.html") }
        if let language, !["en", "uk", "ru"].contains(language) {
            throw ValidationError("--lang takes en, uk or ru; '\(language)' is not one of them")
        }
        if output == nil, isatty(STDOUT_FILENO) == 1 {
            throw ValidationError(
                "give --output FILE, such as --output cards.html (the page is written to stdout only when that is not a "
                    + "terminal)")
        }
    }

    func run() throws {
        let curriculum = search.curriculum()
        let (learners, chosen) = try options.withStore(.readOnly) { store in
            let found = try store.cohort(named: cohort)
            let learners = try store.learners(inCohort: found.name)
            guard !learners.isEmpty else {
                throw CommandFailure(
                    "the cohort '\(StoredText.shownSafely(cohort))' has no learners yet; add some with "
                        + "`oberih learner add --cohort \(shellWord(cohort)) --age N --count K\(options.repeated)`")
            }
            return (learners, try Self.choosePack(pack, cohort: found, curriculum: curriculum, store: store))
        }
        chosen.note.map(StoreOutput.message)
        let cards = learners.map { learner in
            // The cards' words are in en, uk and ru; the pack's title follows them.
            let given = self.language ?? learner.language
            let language = ["en", "uk", "ru"].contains(given) ? given : "en"
            let pack = chosen.pack
            return CodeCards.Card(
                code: learner.code, language: language,
                packTitle: pack?.title.text(in: language, fallback: pack?.defaultLanguage ?? "en"), packId: pack?.id,
                help: pack.map {
                    CodeCards.HelpLine.choose(
                        from: $0.contacts, country: learner.country, language: language, fallbackLanguage: $0.defaultLanguage)
                } ?? [])
        }
        let page = CodeCards.page(cards: cards, cohort: cohort)
        try OutputFile.writing(to: output) { sink in
            try sink.write(page)
        }
        let sheets = (cards.count + CodeCards.cardsPerSheet - 1) / CodeCards.cardsPerSheet
        let withoutHelp = cards.filter { $0.help.isEmpty }.count
        StoreOutput.message(
            "wrote \(StoreOutput.counted(cards.count, "card")) for '\(StoredText.shownSafely(cohort))' on "
                + "\(StoreOutput.counted(sheets, "A4 sheet")) to \(output ?? "stdout")"
                + (chosen.pack.map { " (pack \($0.id))" } ?? " (no pack)")
                + (withoutHelp > 0 && chosen.pack != nil
                    ? "; \(StoreOutput.counted(withoutHelp, "card")) without a help line: the pack has no contact for "
                        + "that country and no international one" : ""))
    }

    /// `--pack`, else the pack the cohort played most (by id, from the curriculum; the
    /// version kept in the store when the curriculum no longer has it), else the first of
    /// the curriculum; `nil` when there is none, with a note saying so.
    static func choosePack(_ name: String?, cohort: Cohort, curriculum: Curriculum, store: ProgressStore) throws
        -> (pack: Pack?, note: String?)
    {
        if let name { return (try curriculum.load(name).pack, nil) }
        let played = try store.playedPackVersions(ofCohort: cohort.id)
        if let chosen = try? ReportedVersion.choose(packId: nil, version: nil, played: played) {
            if let loaded = try? curriculum.load(chosen.file.id) { return (loaded.pack, nil) }
            let versions = PackVersions(store: store, findingAtHand: { curriculum.filesAtHand().map(\.file) })
            if let kept = try versions.pack(sha256: chosen.file.sha256) {
                return (
                    kept,
                    "note: \(chosen.file.id) is not in the curriculum (\(curriculum.searchedDescription)); the cards "
                        + "show its title and contacts as played (\(chosen.file.version)), which may be out of date"
                )
            }
            // Never another pack's title and contacts on the cards of the one played.
            return (
                nil,
                "note: the cohort played \(chosen.file.id) \(chosen.file.version), which is neither in the curriculum "
                    + "nor kept in the store, so the cards have no pack line and no help lines; give --pack ID or FILE"
            )
        }
        guard let first = curriculum.playable().first else {
            return (nil, "note: no lesson pack was found, so the cards have no pack line and no help lines; give --pack")
        }
        return (first.pack, nil)
    }
}
