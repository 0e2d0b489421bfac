import CohortReports
import CohortStatistics

extension ReportPage {
    /// Attitude change: per construct, a dot at the mean paired change and a whisker
    /// across its 95 % interval, around a line of no change.
    func attitudesSection() -> [Markup] {
        let lines = report.attitudes
        guard !lines.isEmpty else { return [.el("p", text: words.noAttitudes)] }
        let (width, rowHeight) = (480.0, 46.0)
        let (left, right, top) = (20.0, 460.0, 34.0)
        let height = top + Double(lines.count) * rowHeight + 6
        let bounds = lines.compactMap(\.change.paired).flatMap { paired in
            [abs(paired.meanDifference)] + (paired.meanDifferenceInterval.map { [abs($0.lower), abs($0.upper)] } ?? [])
        }
        // The axis runs from −reach to +reach, in half scale points, at least one point.
        let reach = max(1, ((bounds.filter(\.isFinite).max() ?? 1) * 2).rounded(.up) / 2)
        func x(_ value: Double) -> Double { left + (right - left) * (min(reach, max(-reach, value)) + reach) / (2 * reach) }
        var drawing: [Markup] = [
            Chart.text(x(0), 12, words.noChange, anchor: "middle"),
            Chart.text(left, 28, ReportNumber.signed(-reach)),
            Chart.text(right, 28, ReportNumber.signed(reach), anchor: "end"),
        ]
        for (index, line) in lines.enumerated() {
            let y = top + Double(index) * rowHeight
            drawing.append(Chart.text(left, y + 14, "\(index + 1). " + Chart.foreign(shown(line.title), length: 44)))
            guard let paired = line.change.paired else {
                drawing.append(Chart.line(x(0), y + 19, x(0), y + 41, [("class", "axis")]))
                drawing.append(Chart.text(x(0) + 6, y + 34, words.undefined))
                continue
            }
            let middle = y + 30
            drawing.append(Chart.line(x(0), y + 19, x(0), y + 41, [("class", "axis")]))
            if let interval = paired.meanDifferenceInterval {
                drawing.append(Chart.line(x(interval.lower), middle, x(interval.upper), middle, [("class", "whisker")]))
                for end in [interval.lower, interval.upper] {
                    drawing.append(Chart.line(x(end), middle - 6, x(end), middle + 6, [("class", "whisker")]))
                }
            }
            drawing.append(Chart.circle(x(paired.meanDifference), middle, 5, [("class", "mean-dot")]))
        }
        let rows: [[Markup]] = lines.enumerated().map { index, line in
            let paired = line.change.paired
            var interval = "–"
            if let ci = paired?.meanDifferenceInterval { interval = "[\(ReportNumber.signed(ci.lower)), \(ReportNumber.signed(ci.upper))]" }
            return [
                .fragment([.text("\(index + 1). "), foreign(shown(line.title))]),
                .text(decimal(line.change.before?.mean)), .text(decimal(line.change.after?.mean)),
                .text(paired.map { "\($0.count)" } ?? "0"), .text(paired.map { ReportNumber.signed($0.meanDifference) } ?? "–"),
                .text(interval), .text(paired?.effectSize.map(ReportNumber.decimal) ?? words.undefined),
            ]
        }
        return [
            Chart.figure(
                id: "attitudes-chart", title: words.attitudesTitle, description: words.attitudesDescription,
                size: (width, height), drawing: drawing,
                table: Chart.table(
                    header: [
                        words.constructColumn, words.beforeColumn, words.afterColumn, words.pairedColumn,
                        words.changeMeanColumn, words.changeIntervalColumn, words.effectSize,
                    ], rows: rows, numeric: [1, 2, 3, 4, 5, 6]),
                howToRead: words.attitudesHow, words: words)
        ]
    }
}
