import CohortReports
import CohortStatistics

extension ReportPage {
    /// Pre/post: the figures, and a slope chart of the learners' pairs (not for a group
    /// under `CohortReport.smallestSafeGroup`).
    func gainSection() -> [Markup] {
        guard let gain = report.gain else { return [.el("p", text: words.noGain)] }
        var effect = decimal(gain.difference.effectSize)
        if gain.difference.effectSize == nil { effect = words.undefined }
        var interval = words.undefined
        if let ci = gain.difference.effectSizeInterval { interval = "[\(decimal(ci.lower)), \(decimal(ci.upper))]" }
        var content: [Markup] = [
            .el("p", text: words.gainWhich),
            facts([
                (words.gainLearners, .text("\(gain.count)")),
                (words.meanPre, .text(percent(gain.pre.mean / 100))),
                (words.meanPost, .text(percent(gain.post.mean / 100))),
                (words.cohortGain, .text(gain.cohortGain.map(ReportNumber.decimal) ?? words.undefined)),
                (words.meanLearnerGain, .text(gain.meanLearnerGain.map(ReportNumber.decimal) ?? words.undefined)),
                (words.learnersWithGain, .text("\(gain.learnersWithGain)")),
                (words.effectSize, .text(effect)),
                (words.effectSizeInterval, .text(interval)),
            ]),
        ]
        if report.isTooSmall || gain.count < CohortReport.smallestSafeGroup {
            content.append(.el("p", [("class", "warning")], text: words.tooFewPairs(CohortReport.smallestSafeGroup)))
        } else {
            content.append(pairsChart(gain))
        }
        return content
    }

    /// Each learner a line from their pre-test score (left) to their post-test score (right).
    func pairsChart(_ gain: PairedGain) -> Markup {
        let (width, height) = (420.0, 372.0)
        let (left, right, top, bottom) = (110.0, 310.0, 20.0, 310.0)
        func y(_ score: Double) -> Double { bottom - (bottom - top) * min(100, max(0, score)) / 100 }
        var drawing: [Markup] = []
        for tick in stride(from: 0.0, through: 100, by: 25) {
            drawing.append(Chart.line(left - 6, y(tick), right + 6, y(tick), [("class", "grid")]))
            drawing.append(Chart.text(left - 12, y(tick) + 5, "\(Int(tick)) %", anchor: "end"))
        }
        drawing.append(Chart.line(left, top, left, bottom, [("class", "axis")]))
        drawing.append(Chart.line(right, top, right, bottom, [("class", "axis")]))
        let opacity = min(0.7, max(0.12, 8 / Double(max(1, gain.count))))
        let pairs = zip(gain.preScores, gain.postScores).sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var lines: [Markup] = []
        for (pre, post) in pairs {
            var attributes = [
                ("class", post < pre ? "learner down" : "learner"), ("stroke-opacity", String(format: "%.2f", opacity)),
            ]
            if post < pre { attributes.append(("stroke-dasharray", "5 4")) }
            lines.append(Chart.line(left, y(pre), right, y(post), attributes))
        }
        drawing.append(.el("g", [], lines))
        drawing.append(Chart.line(left, y(gain.pre.mean), right, y(gain.post.mean), [("class", "mean")]))
        drawing.append(Chart.circle(left, y(gain.pre.mean), 5, [("class", "mean-dot")]))
        drawing.append(Chart.circle(right, y(gain.post.mean), 5, [("class", "mean-dot")]))
        // On two lines, so that long words of either never run into the other's.
        drawing.append(Chart.text(4, bottom + 24, words.preAxis, bold: true))
        drawing.append(Chart.text(width - 4, bottom + 48, words.postAxis, anchor: "end", bold: true))
        drawing.append(Chart.text(right + 10, y(gain.post.mean) + 5, percent(gain.post.mean / 100)))
        let rows: [[Markup]] = pairs.map { pre, post in
            [.text(percent(pre / 100)), .text(percent(post / 100)), .text(ReportNumber.signed(post - pre))]
        }
        return Chart.figure(
            id: "gain-chart", title: words.pairsTitle,
            description: words.pairsDescription(gain.count, percent(gain.pre.mean / 100), percent(gain.post.mean / 100)),
            size: (width, height), drawing: drawing,
            legend: [.text(words.wentUp), .text(words.wentDown), .text(words.meanLine)],
            table: Chart.table(header: [words.preColumn, words.postColumn, words.changeColumn], rows: rows, numeric: [0, 1, 2]),
            howToRead: words.pairsHow, words: words)
    }
}
