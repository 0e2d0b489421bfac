import CohortReports
import CohortStatistics
import LessonPack

extension ReportPage {
    /// The item-analysed test: a table of its items, worst first, each beside its pre-test
    /// partner; the pre-test's items with no partner; then the answer options of each
    /// choice item in that order.
    func itemsSection() -> [Markup] {
        guard let analysis = report.items, let test = report.itemTest else { return [.el("p", text: words.noItems)] }
        let items = Self.worstFirst(analysis.items)
        let analysed = Dictionary(report.analysedItems.map { ($0.stepId, $0) }, uniquingKeysWith: { first, _ in first })
        let hasPartners = test.kind == .postTest
        let rows: [[Markup]] = items.map { item in
            let id = stepId(of: item)
            let partner = analysed[id]?.preTestPartner
            let facility = ReportNumber.percent(item.facility)
            return [.el("code", text: id), questionCell(analysed[id]?.prompt)]
                + (hasPartners
                    ? [
                        partner.map { .el("code", text: $0.stepId) } ?? .text(words.none),
                        .text("\(percent(partner?.facility)) → \(facility)"),
                    ] : [.text(facility)])
                + [
                    .text(item.discriminationIndex.map(ReportNumber.decimal) ?? words.undefined),
                    .text(flags(of: item)),
                ]
        }
        let facilityHeaders = hasPartners ? [words.preTestPartnerColumn, words.facilityPrePostColumn] : [words.facilityColumn]
        var content: [Markup] = [
            facts([
                (words.itemsOf, .fragment([foreign(shown(test.title)), .text(" (\(test.id))")])),
                (words.itemsLearners, .text("\(analysis.test.learnerCount)")),
                (words.cronbachAlpha, .text(analysis.test.cronbachAlpha.map(ReportNumber.decimal) ?? words.undefined)),
                (words.standardError, .text(analysis.test.standardError.map(ReportNumber.decimal) ?? words.undefined)),
            ]),
            Chart.table(
                header: [words.itemColumn, words.questionColumn] + facilityHeaders + [words.discriminationColumn, words.flagsColumn],
                rows: rows, numeric: hasPartners ? [3, 4] : [2, 3], wide: [1]),
            .el("p", [("class", "how")], [.el("strong", text: words.howToRead + ": "), .text(words.itemsHow)]),
        ]
        if hasPartners {
            content.append(.el("p", [("class", "how")], text: words.partnersHow))
            content += unpartneredSection()
        }
        let choiceItems = items.compactMap { item in report.optionItems.first { $0.stepId == stepId(of: item) } }
        guard !choiceItems.isEmpty else { return content }
        if report.isTooSmall || choiceItems.contains(where: \.analysis.tooSmall) {
            content.append(.el("p", [("class", "warning")], text: words.optionsTooSmall(CohortReport.smallestSafeGroup)))
            return content
        }
        content += choiceItems.enumerated().map { index, item in optionsChart(item, number: index + 1, test: test) }
        return content
    }

    /// The pre-test's items that no post-test item is partnered with, worst first.
    func unpartneredSection() -> [Markup] {
        guard report.preTestItems != nil else { return [] }
        let unpartnered = report.unpartneredPreTestItems
        var content: [Markup] = [.el("h3", text: words.unpartneredTitle)]
        guard !unpartnered.isEmpty else { return content + [.el("p", text: words.everyPreTestItemPartnered)] }
        let byIndex = Dictionary(unpartnered.map { ($0.statistics.index, $0) }, uniquingKeysWith: { first, _ in first })
        let rows: [[Markup]] = Self.worstFirst(unpartnered.map(\.statistics)).compactMap { byIndex[$0.index] }.map { item in
            [
                .el("code", text: item.stepId), questionCell(item.prompt), .text(ReportNumber.percent(item.statistics.facility)),
                .text(item.statistics.discriminationIndex.map(ReportNumber.decimal) ?? words.undefined),
                .text(flags(of: item.statistics)),
            ]
        }
        content.append(
            Chart.table(
                header: [words.itemColumn, words.questionColumn, words.facilityColumn, words.discriminationColumn, words.flagsColumn],
                rows: rows, numeric: [2, 3], wide: [1]))
        return content
    }

    /// A question's prompt in the page's language, in its own direction.
    func questionCell(_ prompt: LocalizedText?) -> Markup {
        prompt.map { foreign(shown($0), "div") } ?? .text("–")
    }

    func flags(of item: ItemStatistics) -> String {
        item.flags.isEmpty ? words.none : item.flags.map { words.itemFlags[$0.rawValue] ?? $0.rawValue }.joined(separator: "; ")
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
        CohortReport.prompt(ofStep: stepId, in: test).map(shown)
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
