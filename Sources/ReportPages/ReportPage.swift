import CohortReports
import CohortStatistics
import Foundation
import LessonPack

/// `oberih report --format html`: a cohort's report as one self-contained page, in
/// English, Ukrainian or Russian. Each section is one method returning its markup, so a
/// section is added in one place (`sections`). docs/reports.md says what each shows.
public struct ReportPage {
    public static let languages = ReportWords.languages

    public let report: CohortReport
    public let language: String
    /// When the report was made, shown in the header.
    public let made: Date
    let words: ReportWords

    /// nil when `language` is not one of `languages`.
    public init?(report: CohortReport, language: String = "en", made: Date = Date()) {
        guard let words = ReportWords.of(language) else { return nil }
        self.report = report
        self.language = language
        self.made = made
        self.words = words
    }

    /// The whole page.
    public var html: String {
        HTMLPage.document(
            title: "\(words.reportTitle): \(report.cohort)", language: language, style: ReportStyle.sheet,
            body: [.el("main", [], sections.map(\.markup))])
    }

    /// The page's sections in order: an id (the anchor of the contents), a heading, markup.
    var sections: [(id: String, heading: String, markup: Markup)] {
        let parts: [(String, String, () -> [Markup])] = [
            ("participation", words.participation, participationSection),
            ("gain", words.gain, gainSection),
            ("objectives", words.objectives, objectivesSection),
            ("attitudes", words.attitudes, attitudesSection),
            ("items", words.items, itemsSection),
            ("group-sessions", groupWords.heading, groupSessionsSection),
            ("definitions", words.definitions, definitionsSection),
        ]
        let body = parts.map { id, heading, content in
            (id, heading, Markup.el("section", [("id", id)], [.el("h2", text: heading)] + content()))
        }
        let contents = Markup.el(
            "nav", [("aria-label", words.contents)],
            [.el("ul", [], body.map { id, heading, _ in .el("li", [], [.el("a", [("href", "#" + id)], text: heading)]) })])
        return [("header", words.reportTitle, .el("header", [], headerSection() + [contents]))] + body
    }

    // MARK: - Helpers shared by the sections

    /// A pack's text in the page's language, else the pack's default language.
    func shown(_ text: LocalizedText) -> String {
        text.text(in: language, fallback: report.pack.defaultLanguage)
    }

    /// Text from a pack or a cohort, in its own direction.
    func foreign(_ text: String, _ element: String = "span") -> Markup {
        .el(element, [("dir", "auto")], text: text)
    }

    /// "label: value" lines.
    func facts(_ lines: [(String, Markup)]) -> Markup {
        .el("dl", [("class", "facts")], lines.flatMap { label, value in [.el("dt", text: label), .el("dd", [], [value])] })
    }

    func percent(_ share: Double?) -> String { share.map(ReportNumber.percent) ?? "–" }
    func decimal(_ value: Double?) -> String { value.map(ReportNumber.decimal) ?? "–" }

    static func isoDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    // MARK: - Header and participation

    func headerSection() -> [Markup] {
        let pack = report.pack
        var lines: [(String, Markup)] = [
            (words.pack, .fragment([foreign(shown(pack.title)), .text(" (\(pack.id), \(words.version) \(pack.version))")])),
        ]
        if let first = report.firstActivity { lines.append((words.firstActivity, .text(Self.isoDate(first)))) }
        if let last = report.lastActivity { lines.append((words.lastActivity, .text(Self.isoDate(last)))) }
        lines.append((words.reportMade, .text(Self.isoDate(made))))
        lines.append((words.learnersEnrolled, .text("\(report.learnersEnrolled)")))
        lines.append((words.learnersStarted, .text("\(report.learnersStarted)")))
        if report.otherVersions > 0 { lines.append((words.otherVersions, .text("\(report.otherVersions)"))) }
        var header: [Markup] = [
            .el("h1", [], [.text(words.reportTitle + ": "), foreign(report.cohort, "bdi")]), facts(lines),
        ]
        if report.isTooSmall {
            header.append(
                .el("p", [("class", "warning"), ("role", "note")], text: words.tooSmall(CohortReport.smallestSafeGroup)))
        }
        return header
    }

    func participationSection() -> [Markup] {
        let rows: [[Markup]] = report.lessons.map { line in
            [
                foreign(shown(line.lesson.title)), .text(words.kinds[line.lesson.kind.rawValue] ?? line.lesson.kind.rawValue),
                .text("\(line.learnersStarted)"), .text("\(line.learnersFinished)"),
                .text(percent(Descriptive.mean(line.firstScores))), .text(percent(line.chanceScore)),
                .text(percent(line.passRate)),
            ]
        }
        return [
            Chart.table(
                header: [
                    words.lessonColumn, words.kindColumn, words.startedColumn, words.finishedColumn,
                    words.meanScoreColumn, words.chanceColumn, words.passRateColumn,
                ], rows: rows, numeric: [2, 3, 4, 5, 6]),
            .el("p", [("class", "how")], [.el("strong", text: words.howToRead + ": "), .text(words.participationHow)]),
        ]
    }

    func definitionsSection() -> [Markup] {
        [.el("dl", [("class", "terms")], words.terms.flatMap { [Markup.el("dt", text: $0.term), .el("dd", text: $0.definition)] })]
    }
}
