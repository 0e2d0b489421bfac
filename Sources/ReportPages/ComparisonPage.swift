import CohortReports
import CohortStatistics
import Foundation
import LessonPack

/// `oberih report --cohort A --cohort B --format html`: cohorts side by side on one
/// self-contained page: their figures in a table, their mean pre-test and post-test as a
/// dot chart, and each cohort's difference in gain from the first with its interval.
public struct ComparisonPage {
    public let comparison: CohortComparison
    public let language: String
    public let made: Date
    let words: ReportWords
    let compared: ComparisonWords
    /// The first cohort's report page: the shared helpers (a pack's text, facts).
    let base: ReportPage

    public init?(comparison: CohortComparison, language: String = "en", made: Date = Date()) {
        guard let first = comparison.reports.first, let base = ReportPage(report: first, language: language, made: made),
            let words = ReportWords.of(language), let compared = ComparisonWords.of(language)
        else { return nil }
        (self.comparison, self.language, self.made) = (comparison, language, made)
        (self.words, self.compared, self.base) = (words, compared, base)
    }

    public var html: String {
        HTMLPage.document(
            title: "\(compared.title): \(comparison.reports.map(\.cohort).joined(separator: ", "))", language: language,
            style: ReportStyle.sheet, body: [.el("main", [], [header()] + sections())])
    }

    var reports: [CohortReport] { comparison.reports }
    var baselineName: String { reports.first?.cohort ?? "" }

    func header() -> Markup {
        let names = reports.enumerated().flatMap { index, report -> [Markup] in
            (index == 0 ? [] : [.text(", ")]) + [base.foreign(report.cohort, "bdi")]
        }
        var lines: [(String, Markup)] = [(compared.cohorts, .fragment(names))]
        let window = reports.first?.window ?? .everything
        if let since = window.since { lines.append((compared.since, .text(ReportPage.isoMinute(since)))) }
        if let until = window.until { lines.append((compared.until, .text(ReportPage.isoMinute(until)))) }
        lines.append((words.reportMade, .text(ReportPage.isoDate(made))))
        var content: [Markup] = [.el("h1", text: compared.title), base.facts(lines)]
        if !comparison.samePack { content.append(.el("p", [("class", "warning"), ("role", "note")], text: compared.differentPacks)) }
        return .el("header", [], content)
    }

    func sections() -> [Markup] {
        [
            section("side-by-side", compared.sideBySide, sideBySide()),
            section("means", compared.means, [meansChart()]),
            section("difference", compared.difference, differences()),
            section(
                "definitions", words.definitions,
                [
                    .el(
                        "dl", [("class", "terms")],
                        (compared.terms + words.terms).flatMap { [Markup.el("dt", text: $0.term), .el("dd", text: $0.definition)] }),
                    .el("p", text: compared.ownReports),
                ]),
        ]
    }

    func section(_ id: String, _ heading: String, _ content: [Markup]) -> Markup {
        .el("section", [("id", id)], [.el("h2", text: heading)] + content)
    }

    /// A pack's title in the page's language.
    func title(of report: CohortReport) -> String {
        report.pack.title.text(in: language, fallback: report.pack.defaultLanguage)
    }

    func sideBySide() -> [Markup] {
        func row(_ label: String, _ value: (CohortReport) -> String) -> [Markup] {
            [.text(label)] + reports.map { .text(value($0)) }
        }
        func percent(_ value: Double?) -> String { value.map { ReportNumber.percent($0 / 100) } ?? "–" }
        let rows: [[Markup]] = [
            [.text(words.pack)]
                + reports.map { report in
                    .fragment([base.foreign(title(of: report)), .text(" (\(report.pack.id), \(words.version) \(report.pack.version))")])
                },
            row(words.learnersEnrolled) { "\($0.learnersEnrolled)" },
            row(words.learnersStarted) { "\($0.learnersStarted)" + ($0.isTooSmall ? " (\(compared.tooFew))" : "") },
            row(compared.finishedPostTest) { report in
                report.lessons.last { $0.lesson.kind == .postTest }.map { "\($0.learnersFinished)" } ?? "–"
            },
            row(compared.withBothTests) { "\($0.gain?.count ?? 0)" },
            row(words.meanPre) { percent($0.gain?.pre.mean) },
            row(words.meanPost) { percent($0.gain?.post.mean) },
            row(compared.meanChange) { $0.gain.map { ReportNumber.signed($0.difference.meanDifference) } ?? "–" },
            row(words.cohortGain) { $0.gain?.cohortGain.map(ReportNumber.decimal) ?? words.undefined },
            row(words.meanLearnerGain) { $0.gain?.meanLearnerGain.map(ReportNumber.decimal) ?? words.undefined },
            row(words.effectSize) { $0.gain?.difference.effectSize.map(ReportNumber.decimal) ?? words.undefined },
            row(words.effectSizeInterval) { report in
                report.gain?.difference.effectSizeInterval.map { "[\(ReportNumber.decimal($0.lower)), \(ReportNumber.decimal($0.upper))]" }
                    ?? words.undefined
            },
            row(compared.groupSessions) { "\($0.groupSessions.count)" },
        ]
        let header = [compared.measureColumn] + reports.map(\.cohort)
        return [Chart.table(header: header, rows: rows)]
    }
}
