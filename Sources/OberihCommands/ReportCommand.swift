import ArgumentParser
import CohortExport
import CohortReports
import Foundation
import LessonPack
import ProgressStore
import ReportPages
import Sessions

/// `oberih report --cohort C`: what a cohort did and learned in a pack.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report a cohort's participation, scores, learning gain, attitudes and item statistics.",
        discussion: """
            Reads the stored results of the cohort's learners in the pack (each scored by the \
            engine when it finished) and reports: learners enrolled and started; per lesson and test, who started and \
            finished, the mean of first scores and the pass rate; a histogram of post-test \
            scores; pre/post means, normalised gain (Hake) for the cohort and per learner, \
            and the paired effect size d_z with its 95% confidence interval; attitude \
            constructs before and after; and item statistics of the post-test (facility, \
            standard deviation, discrimination index, discriminative efficiency, flags) with \
            Cronbach's alpha, error ratio and standard error. docs/statistics.md defines them. \
            Groups under five learners are flagged as too small to report safely. Lessons \
            led with the whole cohort (`oberih facilitate`) are listed with their votes \
            and the group's answers.

            Give --cohort again (or --organisation NAME for all of its cohorts) to compare \
            cohorts side by side, with each one's difference in gain from the first and \
            Welch's 95% interval. --since and --until (a day in UTC such as 2026-09-01, or \
            a time) count only attempts started in that window. docs/reports.md.

            The report is about one version of one pack: --pack (an id, or a file, which \
            names its id and version) and --pack-version, by default the pack and version \
            the learners played most. Its titles, items and keys come from the pack file \
            that version was played on, kept in the store, whatever the curriculum holds \
            now; a note on stderr names the other versions played (docs/curriculum.md).

            With --json (or --format json), the same figures unrounded as one document \
            (docs/statistics.md lists its fields). With --format html, one page that needs \
            nothing else to open: charts drawn in the page, no scripts, nothing loaded from \
            anywhere, readable on a phone and printable on A4, in --lang en, uk or ru \
            (docs/reports.md says how to read it). It goes to --output FILE, or to stdout \
            when stdout is not a terminal. --output writes any format to a file. With \
            --options-csv FILE, also the distractor analysis as CSV, one row per answer \
            option (docs/statistics.md). The store is only read: finished attempts stored \
            before results were kept are replayed for the report and counted in a note on \
            stderr; `oberih doctor --update` stores their results once.

            Exit status: 0 done, 2 usage error, unknown cohort, pack or version, a pack \
            version whose file is neither kept nor found, a store that cannot be opened, \
            an HTML page asked for on a terminal without --output, or an output that \
            cannot be written.
            """
    )

    @Option(
        help: ArgumentHelp("The cohort; give it again for each cohort to compare with the first.", valueName: "name"),
        completion: Completions.cohorts)
    var cohort: [String] = []

    @Option(help: ArgumentHelp("Also compare every cohort of this organisation (oldest first).", valueName: "name"))
    var organisation: String?

    @Option(
        help: ArgumentHelp(
            "Count only attempts started on or after this day (UTC), or this time (2026-09-01T08:00:00Z).",
            valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Count only attempts started on or before this day (UTC), or before this time.", valueName: "date"))
    var until: String?

    @Option(
        help: "The pack, by id or as a file (default: the pack the cohort played most).",
        completion: Completions.packIds)
    var pack: String?

    @Option(help: ArgumentHelp("The pack's version (default: the version the cohort played most).", valueName: "version"))
    var packVersion: String?

    @Option(help: ArgumentHelp("Also write the answer options' counts as CSV to this file.", valueName: "file"))
    var optionsCSV: String?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    enum PageLanguage: String, ExpressibleByArgument, CaseIterable {
        case en, uk, ru
    }

    @Option(help: "text, json or html (default: text; --json is json).")
    var format: Format?

    @Option(help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(help: "The language of the page and of the pack's titles: en, uk or ru.")
    var lang: PageLanguage = .en

    @OptionGroup var search: CurriculumOptions

    @OptionGroup var options: StoreOptions

    func validate() throws {
        if options.json, let format, format != .json {
            throw ValidationError("--json and --format \(format.rawValue) ask for two formats; give one of them")
        }
        if let output, output.isEmpty { throw ValidationError("--output takes a file path, such as report.html") }
        if cohort.isEmpty && organisation == nil {
            throw ValidationError("give --cohort NAME (`oberih cohort list` lists them), or --organisation NAME")
        }
        if optionsCSV != nil && (cohort.count > 1 || organisation != nil) {
            throw ValidationError("--options-csv is for one cohort's report; give one --cohort and no --organisation")
        }
        let window = try self.window
        if let since = window.since, let until = window.until, since >= until {
            throw ValidationError("--since is not before --until: no attempt could be counted; swap them")
        }
    }

    /// `--since` and `--until` as the attempts' start times to count.
    var window: ReportWindow {
        get throws {
            ReportWindow(
                since: try since.map { try ReportDate.parse($0, option: "--since", dayEnds: false) },
                until: try until.map { try ReportDate.parse($0, option: "--until", dayEnds: true) })
        }
    }

    /// --json is --format json.
    var chosenFormat: Format { options.json ? .json : format ?? .text }

    func run() throws {
        if chosenFormat == .html, output == nil, isatty(STDOUT_FILENO) == 1 {
            throw CommandFailure(
                "an HTML page is not for reading on a terminal: give --output report.html (or redirect stdout to a file)")
        }
        let window = try self.window
        let (reports, replayed, notes) = try options.withStore(.readOnly) { store in
            try chosenCohorts(store).reduce(into: ([CohortReport](), 0, [String]())) { made, name in
                let (report, replayed, notes) = try self.report(of: name, window: window, store: store)
                made.0.append(report)
                made.1 += replayed
                made.2 += notes
            }
        }
        notes.forEach(StoreOutput.message)
        if replayed > 0 {
            StoreOutput.message(
                "note: \(StoreOutput.counted(replayed, "finished attempt")) had no stored result (played before "
                    + "results were kept) and were replayed for this report; `oberih doctor --update"
                    + "\(search.repeated)\(options.repeated)` stores them")
        }
        guard reports.count == 1, let report = reports.first else {
            return try write(CohortComparison(reports: reports))
        }
        if let optionsCSV {
            try OutputFile.writing(to: optionsCSV, option: "--options-csv") { sink in
                for (index, row) in report.optionRows.enumerated() {
                    // The label (column 5) is free text from the pack.
                    try sink.write(CSVExport.row(index == 0 ? row : row.enumerated().map { $0 == 4 ? CSVExport.defused($1) : $1 }))
                }
                try sink.flush()
            }
        }
        // Every language of PageLanguage is one of the page's.
        try emit(
            text: { report.text(language: lang.rawValue) }, json: report.json,
            html: { ReportPage(report: report, language: lang.rawValue)!.html })
    }

    private func write(_ comparison: CohortComparison) throws {
        try emit(
            text: { comparison.text(language: lang.rawValue) }, json: comparison.json,
            html: { ComparisonPage(comparison: comparison, language: lang.rawValue)!.html })
    }

    /// The chosen format to --output, else stdout.
    private func emit<JSON: Encodable>(text: () -> String, json: JSON, html: () -> String) throws {
        let written: String
        switch chosenFormat {
        case .text:
            written = text()
        case .json:
            guard output != nil else { return try StoreOutput.printJSON(json) }
            written = try StoreOutput.jsonText(json)
        case .html:
            written = html()
        }
        guard output != nil || chosenFormat == .html else { return try StoreOutput.print(written) }
        try OutputFile.writing(to: output, option: "--output") { sink in try sink.write(written) }
    }

    /// The --cohort names in their order, then the organisation's other cohorts, oldest first.
    private func chosenCohorts(_ store: ProgressStore) throws -> [String] {
        var names = cohort.map { $0.trimmingCharacters(in: .whitespaces) }
        if let organisation {
            let wanted = organisation.trimmingCharacters(in: .whitespaces)
            let all = try store.cohorts().map(\.cohort)
            let members = all.filter { $0.organisation == wanted }.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
            guard !members.isEmpty else {
                let known = Set(all.compactMap(\.organisation)).sorted()
                throw CommandFailure(
                    "no cohort belongs to the organisation '\(StoredText.shownSafely(wanted))'"
                        + (known.isEmpty
                            ? "; no cohort has an organisation yet"
                            : "; the organisations are \(known.map { "'\(StoredText.shownSafely($0))'" }.joined(separator: ", "))"))
            }
            names += members.map(\.name).filter { !names.contains($0) }
        }
        var seen: Set<String> = []
        for name in names where !seen.insert(name).inserted {
            throw CommandFailure("the cohort '\(StoredText.shownSafely(name))' is given twice; give each cohort once")
        }
        return names
    }

    /// One cohort's report, with the notes for stderr and the count of replayed attempts.
    private func report(of name: String, window: ReportWindow, store: ProgressStore) throws -> (CohortReport, Int, [String]) {
        let chosen = try ReportedPack.choose(
            cohort: try store.cohort(named: name), pack: pack, version: packVersion, curriculum: search.curriculum(),
            repeated: search.repeated + options.repeated, store: store)
        let results: CohortResults.Loaded
        do {
            results = try CohortResults.load(cohort: name, pack: chosen.pack, store: store, window: window)
        } catch let failure as ReplayFailure {
            throw CommandFailure(
                "\(failure); the report would leave it out, so none was made. `oberih doctor` checks the store")
        }
        return (CohortReport(cohort: name, pack: chosen.pack, loaded: results), results.replayed, chosen.notes)
    }
}
