import CohortReports
import CohortStatistics
import Foundation
import TestSupport
import Testing

@testable import LessonPack
@testable import ReportPages

/// The page's item table: each post-test item beside its pre-test partner, with its
/// question, worst first; and the pre-test's items that have no partner.
@Suite struct ReportPageItemsTests {
    /// The markup of each row of the first table body after `marker`, in order.
    static func rows(after marker: String, in page: String) -> [String] {
        guard let start = page.range(of: marker) else { return [] }
        guard let body = page[start.upperBound...].range(of: "<tbody>") else { return [] }
        let table = page[body.upperBound...].components(separatedBy: "</tbody>")[0]
        return table.components(separatedBy: "<tr>").dropFirst().map { String($0) }
    }

    @Test func eachItemRowHoldsItsPartnerAndBothFacilitiesWorstFirst() throws {
        let report = try ReportPageTests.report(learners: 20)
        let page = try ReportPageTests.page(report)
        let test = try #require(report.itemTest)
        let ordered = ReportPage.worstFirst(try #require(report.items).items)
        let byIndex = Dictionary(report.analysedItems.map { ($0.statistics.index, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = Self.rows(after: ">Flags</th>", in: page)
        #expect(rows.count == ordered.count && !rows.isEmpty)
        for (row, statistics) in zip(rows, ordered) {
            let item = try #require(byIndex[statistics.index])
            let partner = try #require(item.preTestPartner)
            let question = try #require(CohortReport.prompt(ofStep: item.stepId, in: test)).text(in: "en", fallback: "en")
            #expect(row.hasPrefix("<td><code>\(item.stepId)</code></td>"), "worst first: \(item.stepId)")
            #expect(row.contains("<td><code>\(partner.stepId)</code></td>"))
            #expect(row.contains(">\(ReportNumber.percent(try #require(partner.facility))) → \(ReportNumber.percent(statistics.facility))<"))
            #expect(row.contains(Markup.text(question).rendered), "\(item.stepId)'s question")
        }
        #expect(page.contains("<th scope=\"col\">Facility: pre-test partner → this post-test item</th>"))
        #expect(page.contains("Every pre-test item has a partner in the post-test."))
    }

    @Test func aPreTestItemWithNoPartnerIsListedWithItsQuestion() throws {
        var pack = ReportPageTests.pack
        let post = try #require(pack.lessons.lastIndex { $0.kind == .postTest })
        let step = try #require(pack.lessons[post].steps.firstIndex { if case .question = $0.content { true } else { false } })
        pack.lessons[post].steps[step].objectives = [Reference(id: "nowhere", position: pack.title.position)]
        let report = try ReportPageTests.report(learners: 12, pack: pack)
        let left = try #require(report.unpartneredPreTestItems.first)
        #expect(report.unpartneredPreTestItems.count == 1)
        let page = try ReportPageTests.page(report)
        let rows = Self.rows(after: "<h3>Pre-test items with no partner in the post-test</h3>", in: page)
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        let question = try #require(left.prompt).text(in: "en", fallback: "en")
        #expect(row.contains("<code>\(left.stepId)</code>") && row.contains("<div dir=\"auto\">\(Markup.text(question).rendered)</div>"))
        #expect(row.contains(">\(ReportNumber.percent(left.statistics.facility))<"))
        let stepId = pack.lessons[post].steps[step].id
        let postRow = try #require(Self.rows(after: ">Flags</th>", in: page).first { $0.contains("<code>\(stepId)</code>") })
        #expect(postRow.contains("<td>none</td>") && postRow.contains(">– → "), "no partner, no pre-test facility")
    }
}
