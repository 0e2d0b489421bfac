import CohortReports
import CohortStatistics
import LessonPack

extension ReportPage {
    /// The item-analysed test: a table of its items, worst first, then the answer options
    /// of each choice item in that order.
    func itemsSection() -> [Markup] {
        guard let analysis = report.items, let test = report.itemTest else { return [.el("p", text: words.noItems)] }
        let items = Self.worstFirst(analysis.items)
        let rows: [[Markup]] = items.map { item in
            let id = stepId(of: item)
            return [
                .el("code", text: id), question(id, in: test).map { foreign($0, "div") } ?? .text("–"),
                .text(ReportNumber.percent(item.facility)),
                .text(item.discriminationIndex.map(ReportNumber.decimal) ?? words.undefined),
                .text(item.flags.isEmpty ? words.none : item.flags.map { words.itemFlags[$0.rawValue] ?? $0.rawValue }.joined(separator: "; ")),
            ]
        }
        var content: [Markup] = [
            facts([
                (words.itemsOf, .fragment([foreign(shown(test.title)), .text(" (\(test.id))")])),
                (words.itemsLearners, .text("\(analysis.test.learnerCount)")),
                (words.cronbachAlpha, .text(analysis.test.cronbachAlpha.map(ReportNumber.decimal) ?? words.undefined)),
                (words.standardError, .text(analysis.test.standardError.map(ReportNumber.decimal) ?? words.undefined)),
            ]),
            Chart.table(
                header: [words.itemColumn, words.questionColumn, words.facilityColumn, words.discriminationColumn, words.flagsColumn],
                rows: rows, numeric: [2, 3], wide: [1]),
            .el("p", [("class", "how")], [.el("strong", text: words.howToRead + ": "), .text(words.itemsHow)]),
        ]
        let choiceItems = items.compactMap { item in report.optionItems.first { $0.stepId == stepId(of: item) } }
        guard !choiceItems.isEmpty else { return content }
        if report.isTooSmall || choiceItems.contains(where: \.analysis.tooSmall) {
            content.append(.el("p", [("class", "warning")], text: words.optionsTooSmall(CohortReport.smallestSafeGroup)))
            return content
        }
        content += choiceItems.enumerated().map { index, item in optionsChart(item, number: index + 1, test: test) }
        return content
    }

    /// Flagged items first, then by discrimination, lowest (or undefined) first; ties in test order.
    static func worstFirst(_ items: [ItemStatistics]) -> [ItemStatistics] {
        items.sorted { a, b in
            if a.flags.isEmpty != b.flags.isEmpty { return !a.flags.isEmpty }
            let (da, db) = (a.discriminationIndex ?? -.infinity, b.discriminationIndex ?? -.infinity)
            return da != db ? da < db : a.index < b.index
        }
    }

    func stepId(of item: ItemStatistics) -> String {
        report.itemStepIds.indices.contains(item.index) ? report.itemStepIds[item.index] : "\(item.index + 1)"
    }

    /// A question's prompt in the page's language.
    func question(_ stepId: String, in test: Lesson) -> String? {
        guard let step = test.steps.first(where: { $0.id == stepId }), case .question(let question) = step.content
        else { return nil }
        return shown(question.prompt)
    }

    func isTrueFalse(_ stepId: String, in test: Lesson) -> Bool {
        guard let step = test.steps.first(where: { $0.id == stepId }), case .question(let question) = step.content,
            case .trueFalse = question.answer
        else { return false }
        return true
    }

    /// Each option's label in the page's language, by option id.
    func optionLabels(_ stepId: String, in test: Lesson) -> [String: String] {
        guard let step = test.steps.first(where: { $0.id == stepId }), case .question(let question) = step.content
        else { return [:] }
        switch question.answer {
        case .singleChoice(let options), .multipleChoice(let options):
            return Dictionary(options.map { ($0.id, shown($0.label)) }, uniquingKeysWith: { first, _ in first })
        case .trueFalse:
            return ["true": words.trueWord, "false": words.falseWord]
        default:
            return [:]
        }
    }
}
