import CohortReports

extension ReportPage {
    /// Mastery per objective: a light bar for the pre-test and a dark one for the post-test.
    func objectivesSection() -> [Markup] {
        let lines = report.objectives
        guard !lines.isEmpty else { return [.el("p", text: words.noObjectives)] }
        let (width, labelHeight, barHeight, gap) = (480.0, 20.0, 14.0, 12.0)
        let (left, right) = (4.0, 400.0)
        let rowHeight = labelHeight + 2 * barHeight + 4 + gap
        let height = 24 + Double(lines.count) * rowHeight
        var drawing: [Markup] = []
        for tick in stride(from: 0.0, through: 1, by: 0.25) {
            let x = left + (right - left) * tick
            drawing.append(Chart.line(x, 18, x, height, [("class", "grid")]))
            drawing.append(Chart.text(x, 13, ReportNumber.percent(tick), anchor: tick == 0 ? "start" : "middle"))
        }
        for (index, line) in lines.enumerated() {
            let top = 24 + Double(index) * rowHeight
            drawing.append(Chart.text(left, top + 15, "\(index + 1). " + Chart.foreign(title(of: line), length: 44)))
            for (offset, mastery, style) in [(0.0, line.pre, "pre"), (1.0, line.post, "post")] {
                let y = top + labelHeight + offset * (barHeight + 4)
                guard let mastery else {
                    drawing.append(Chart.text(left, y + 11, "–"))
                    continue
                }
                let share = mastery.share
                drawing.append(Chart.rect(left, y, (right - left) * share, barHeight, [("class", "bar \(style)")]))
                drawing.append(Chart.text(left + (right - left) * share + 6, y + 11, ReportNumber.percent(share)))
            }
        }
        let rows: [[Markup]] = lines.enumerated().map { index, line in
            [.fragment([.text("\(index + 1). "), foreign(title(of: line))]), cell(line.pre), cell(line.post)]
        }
        return [
            Chart.figure(
                id: "objectives-chart", title: words.objectivesTitle, description: words.objectivesDescription,
                size: (width, height), drawing: drawing, legend: [.text(words.preLegend), .text(words.postLegend)],
                table: Chart.table(
                    header: [words.objectiveColumn, words.preMasteryColumn, words.postMasteryColumn], rows: rows,
                    numeric: [1, 2]),
                howToRead: words.objectivesHow, words: words)
        ]
    }

    func title(of line: CohortReport.ObjectiveLine) -> String {
        line.title.map(shown) ?? line.objectiveId
    }

    private func cell(_ mastery: CohortReport.Mastery?) -> Markup {
        guard let mastery else { return .text("–") }
        return .text(
            "\(ReportNumber.percent(mastery.share)) (\(points(mastery.pointsEarned)) / \(points(mastery.pointsMaximum)))")
    }

    /// Points: whole ones as they are, else to two decimals.
    private func points(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : ReportNumber.decimal(value)
    }
}
