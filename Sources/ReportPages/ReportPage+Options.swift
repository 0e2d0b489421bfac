import CohortReports
import CohortStatistics
import LessonPack

extension ReportPage {
    /// One choice item's answer options: a bar per option of the share of the learners
    /// who answered who chose it; the key dark and marked "key" in words.
    func optionsChart(_ item: CohortReport.OptionItem, number: Int, test: Lesson) -> Markup {
        let analysis = item.analysis
        // A true/false item's options are "true" and "false": shown in the page's words.
        func shownId(_ id: String, _ labels: [String: String]) -> Markup {
            ["true", "false"].contains(id) && isTrueFalse(item.stepId, in: test) ? .text(labels[id] ?? id) : .el("code", text: id)
        }
        let labels = optionLabels(item.stepId, in: test)
        let (width, rowHeight, barHeight) = (480.0, 40.0, 14.0)
        let (left, right) = (4.0, 380.0)
        let height = 8 + Double(analysis.options.count) * rowHeight
        func share(_ option: OptionAnalysis.Option) -> Double? {
            analysis.answered > 0 ? Double(option.chosen) / Double(analysis.answered) : nil
        }
        var drawing: [Markup] = []
        for (index, option) in analysis.options.enumerated() {
            let y = 4 + Double(index) * rowHeight
            let mark = option.isKey ? "✓ \(words.key): " : ""
            let label = Chart.foreign(labels[option.id] ?? option.id, length: 40 - mark.count)
            drawing.append(Chart.text(left, y + 13, mark + label, bold: option.isKey))
            let value = share(option) ?? 0
            drawing.append(Chart.rect(left, y + 18, right - left, barHeight, [("class", "track")]))
            drawing.append(Chart.rect(left, y + 18, (right - left) * value, barHeight, [("class", option.isKey ? "bar key" : "bar")]))
            drawing.append(Chart.text(right + 6, y + 30, share(option).map(ReportNumber.percent) ?? "–"))
        }
        let rows: [[Markup]] = analysis.options.map { option in
            [
                shownId(option.id, labels), foreign(labels[option.id] ?? option.id),
                .text(option.isKey ? "✓ " + words.key : "–"), .text("\(option.chosen)"),
                .text(share(option).map(ReportNumber.percent) ?? "–"), .text("\(option.chosenTop)"),
                .text("\(option.chosenBottom)"),
                .text(option.flags.isEmpty ? words.none : option.flags.map { words.optionFlags[$0.rawValue] ?? $0.rawValue }.joined(separator: "; ")),
            ]
        }
        let table = Markup.fragment([
            .el(
                "p",
                text: "\(words.answeredSkipped): \(analysis.answered) · \(words.skipped): \(analysis.learners - analysis.answered)"
                    + (item.isMultiple ? " · " + words.multiple : "")),
            Chart.table(
                header: [
                    words.optionColumn, words.answerColumn, words.keyColumn, words.chosenColumn, words.shareColumn,
                    words.topColumn, words.bottomColumn, words.optionFlagsColumn,
                ], rows: rows, numeric: [3, 4, 5, 6], wide: [1]),
        ])
        var heading: [Markup] = [.el("h3", [], [.text("\(number). "), .el("code", text: item.stepId)])]
        if let prompt = question(item.stepId, in: test) { heading.append(foreign(prompt, "p")) }
        return .el(
            "div", [("class", "option-item")],
            heading + [
                Chart.figure(
                    id: "options-\(number)", title: words.optionsTitle(item.stepId),
                    description: words.optionsDescription(item.stepId, analysis.answered), size: (width, height),
                    drawing: drawing, table: table, howToRead: words.optionsHow, words: words)
            ])
    }
}
