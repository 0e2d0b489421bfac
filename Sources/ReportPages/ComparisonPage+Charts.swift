import CohortReports
import CohortStatistics
import Foundation

extension ComparisonPage {
    /// Each cohort a row on a 0-100 % axis: a light dot at its mean pre-test, a dark dot at
    /// its mean post-test, a line between. Cohorts too small to report safely are left out.
    func meansChart() -> Markup {
        let shown = reports.compactMap { report in
            report.gain.flatMap { gain in
                report.isTooSmall || gain.count < CohortReport.smallestSafeGroup ? nil : (report.cohort, gain)
            }
        }
        let (width, rowHeight, left, right) = (480.0, 44.0, 10.0, 440.0)
        let height = 40 + Double(max(shown.count, 1)) * rowHeight
        func x(_ score: Double) -> Double { left + (right - left) * min(100, max(0, score)) / 100 }
        var drawing: [Markup] = []
        for tick in stride(from: 0.0, through: 100, by: 25) {
            drawing.append(Chart.line(x(tick), 4, x(tick), height - 24, [("class", "grid")]))
            drawing.append(Chart.text(x(tick), height - 6, "\(Int(tick)) %", anchor: tick == 0 ? "start" : tick == 100 ? "end" : "middle"))
        }
        for (index, (name, gain)) in shown.enumerated() {
            let y = 8 + Double(index) * rowHeight
            drawing.append(Chart.text(left, y + 12, Chart.foreign(name, length: 40)))
            drawing.append(Chart.line(x(gain.pre.mean), y + 26, x(gain.post.mean), y + 26, [("class", "whisker")]))
            drawing.append(Chart.circle(x(gain.pre.mean), y + 26, 6, [("class", "bar pre")]))
            drawing.append(Chart.circle(x(gain.post.mean), y + 26, 6, [("class", "mean-dot")]))
        }
        let rows: [[Markup]] = shown.map { name, gain in
            [
                base.foreign(name), .text("\(gain.count)"), .text(ReportNumber.percent(gain.pre.mean / 100)),
                .text(ReportNumber.percent(gain.post.mean / 100)), .text(ReportNumber.signed(gain.difference.meanDifference)),
            ]
        }
        return Chart.figure(
            id: "means-chart", title: compared.meansTitle, description: compared.meansDescription(shown.count),
            size: (width, height), drawing: drawing, legend: [.text(compared.preDot), .text(compared.postDot)],
            table: Chart.table(
                header: [compared.cohortColumn, compared.learnersColumn, words.preColumn, words.postColumn, words.changeColumn],
                rows: rows, numeric: [1, 2, 3, 4]),
            howToRead: compared.meansHow, words: words)
    }

    /// Each cohort's difference in mean change from the first: a dot and its 95 % interval
    /// on an axis centred on 0; then the table, with the difference in normalised gain.
    func differences() -> [Markup] {
        var content: [Markup] = [.el("p", [], [differenceOf()])]
        let given = comparison.differences.compactMap { difference in
            difference.change.map { (difference.cohort, $0) }
        }
        if !given.isEmpty { content.append(differenceChart(given)) }
        let rows: [[Markup]] = comparison.differences.map { difference in
            guard !difference.tooSmall else {
                return [base.foreign(difference.cohort), .text(compared.notGiven(CohortReport.smallestSafeGroup)), .text("–"), .text("–")]
            }
            return [
                base.foreign(difference.cohort), .text(difference.change.map { ReportNumber.signed($0.difference) } ?? "–"),
                .text(interval(difference.change)),
                .text(
                    difference.learnerGain.map { ReportNumber.signed($0.difference) + " " + interval($0) } ?? "–"),
            ]
        }
        content.append(
            Chart.table(
                header: [compared.cohortColumn, compared.differenceColumn, compared.intervalColumn, compared.learnerGainDifferenceColumn],
                rows: rows, numeric: [1]))
        return content
    }

    private func differenceOf() -> Markup {
        // The sentence names the baseline cohort in its own direction.
        let sentence = compared.differenceOf("\u{0}")
        let parts = sentence.components(separatedBy: "\u{0}")
        return .fragment([.text(parts[0]), base.foreign(baselineName, "bdi"), .text(parts.dropFirst().joined())])
    }

    private func interval(_ welch: WelchDifference?) -> String {
        guard let welch else { return "–" }
        guard let interval = welch.interval else { return compared.noInterval }
        return "[\(ReportNumber.signed(interval.lower)), \(ReportNumber.signed(interval.upper))]"
    }

    private func differenceChart(_ given: [(String, WelchDifference)]) -> Markup {
        let (width, rowHeight, left, right) = (480.0, 44.0, 10.0, 470.0)
        let height = 40 + Double(given.count) * rowHeight
        let reach = given.map { max(abs($0.1.interval?.lower ?? $0.1.difference), abs($0.1.interval?.upper ?? $0.1.difference)) }
            .max() ?? 1
        let scale = max(5, (reach / 5).rounded(.up) * 5)
        func x(_ value: Double) -> Double { left + (right - left) * (value + scale) / (2 * scale) }
        var drawing: [Markup] = []
        for tick in [-scale, -scale / 2, 0, scale / 2, scale] {
            drawing.append(Chart.line(x(tick), 4, x(tick), height - 24, [("class", tick == 0 ? "axis" : "grid")]))
            let anchor = tick == -scale ? "start" : tick == scale ? "end" : "middle"
            drawing.append(Chart.text(x(tick), height - 6, tick == 0 ? "0" : ReportNumber.signed(tick), anchor: anchor))
        }
        for (index, (name, welch)) in given.enumerated() {
            let y = 8 + Double(index) * rowHeight
            drawing.append(Chart.text(left, y + 12, Chart.foreign(name, length: 40)))
            if let interval = welch.interval {
                drawing.append(Chart.line(x(interval.lower), y + 26, x(interval.upper), y + 26, [("class", "whisker")]))
            }
            drawing.append(Chart.circle(x(welch.difference), y + 26, 6, [("class", "mean-dot")]))
        }
        let rows: [[Markup]] = given.map { name, welch in
            [base.foreign(name), .text("\(welch.second.count)"), .text(ReportNumber.signed(welch.difference)), .text(interval(welch))]
        }
        return Chart.figure(
            id: "difference-chart", title: compared.differenceTitle, description: compared.differenceDescription(baselineName),
            size: (width, height), drawing: drawing,
            table: Chart.table(
                header: [compared.cohortColumn, compared.learnersColumn, compared.differenceColumn, compared.intervalColumn],
                rows: rows, numeric: [1, 2]),
            howToRead: compared.differenceHow, words: words)
    }
}
