import CohortStatistics
import LessonPack
import ProgressStore

extension CohortReport {
    /// The text report's item analysis: the analysed test's items beside their pre-test
    /// partners, then the pre-test's own items (docs/reports.md).
    func itemLines(language: String) -> [String] {
        guard let items, let test = itemTest else { return ["Items: no finished test yet"] }
        let partners = analysedItems
        let hasPartners = test.kind == .postTest
        var lines = ["Items of \(test.id) (n \(items.test.learnerCount), first finished attempt)"]
        lines.append(
            itemTable(
                partners, language: language, partnerHeader: hasPartners ? "PRE-TEST (ITEM)" : nil,
                partner: { item in
                    guard let partner = item.preTestPartner else { return "no partner" }
                    return "\(partner.facility.map(Self.percent) ?? "-") (\(partner.stepId))"
                }))
        lines.append("FACILITY: the share of the item's points the learners earned, in their first finished attempt.")
        if hasPartners {
            lines.append(
                "PRE-TEST (ITEM): the facility of the parallel pre-test item (same kind, same first objective), "
                    + "and its id.")
        }
        lines.append(Self.testLine(items.test))
        guard let preTestItems else { return lines }
        let postTestItem = Dictionary(
            partners.compactMap { item in item.preTestPartner.map { ($0.stepId, item.stepId) } },
            uniquingKeysWith: { first, _ in first })
        lines.append("")
        lines.append(
            "Items of \(preTestItems.test.id) (n \(preTestItems.analysis.test.learnerCount), first finished attempt)")
        lines.append(
            itemTable(
                analysedPreTestItems, language: language, partnerHeader: "POST-TEST ITEM",
                partner: { postTestItem[$0.stepId] ?? "no partner" }))
        lines.append(Self.testLine(preTestItems.analysis.test))
        return lines
    }

    private func itemTable(
        _ items: [AnalysedItem], language: String, partnerHeader: String?, partner: (AnalysedItem) -> String
    ) -> String {
        let header = ["ITEM", "QUESTION", "FACILITY"] + (partnerHeader.map { [$0] } ?? [])
            + ["SD", "DISCRIMINATION", "EFFICIENCY", "FLAGS"]
        return Self.table(
            header: header,
            rows: items.map { item in
                let figures = item.statistics
                return [
                    item.stepId,
                    item.prompt.map { Self.shortQuestion($0.text(in: language, fallback: pack.defaultLanguage)) } ?? "-",
                    Self.percent(figures.facility),
                ] + (partnerHeader == nil ? [] : [partner(item)]) + [
                    figures.standardDeviation.map(Self.percent) ?? "-",
                    figures.discriminationIndex.map(Self.decimal) ?? "-",
                    figures.discriminativeEfficiency.map(Self.decimal) ?? "-",
                    figures.flags.map(\.rawValue).joined(separator: " "),
                ]
            })
    }

    static func testLine(_ whole: TestStatistics) -> String {
        "Test: alpha \(whole.cronbachAlpha.map(decimal) ?? "-"), error ratio "
            + "\(whole.errorRatio.map(percent) ?? "-"), standard error \(whole.standardError.map(decimal) ?? "-") points"
    }

    /// A question on one line of at most `length` characters, ending in "…" when cut, with
    /// control characters and direction marks made visible (`StoredText.shownSafely`).
    static func shortQuestion(_ prompt: String, to length: Int = 40) -> String {
        StoredText.shownSafely(shortened(prompt.split(whereSeparator: \.isWhitespace).joined(separator: " "), to: length))
    }
}
