import CohortReports
import Foundation
import TestSupport
import Testing

@testable import OberihCommands

/// `oberih report`'s item analysis as the command writes it: the text's pre-test column
/// holds the figures of `--json`'s pre-test items, and the page sets them beside the post-test's.
@Suite struct ReportItemsCommandTests {
    @Test func theTextsPreTestColumnIsTheJSONsPreTestItemFacility() throws {
        try TemporaryFolder.with { folder in
            let store = folder.appendingPathComponent("progress.sqlite")
            try StoreCommandTests.run(
                ["simulate", "--cohort", "demo", "--learners", "10", "--pack", StoreCommandTests.packFile], store: store)
            let textFile = folder.appendingPathComponent("report.txt")
            let jsonFile = folder.appendingPathComponent("report.json")
            let pageFile = folder.appendingPathComponent("report.html")
            try StoreCommandTests.run(["report", "--cohort", "demo", "--output", textFile.path], store: store)
            try StoreCommandTests.run(["report", "--cohort", "demo", "--json", "--output", jsonFile.path], store: store)
            try StoreCommandTests.run(
                ["report", "--cohort", "demo", "--format", "html", "--output", pageFile.path], store: store)
            let text = try String(contentsOf: textFile, encoding: .utf8)
            let json = try JSONDecoder().decode(JSONReport.self, from: Data(contentsOf: jsonFile))
            let page = try String(contentsOf: pageFile, encoding: .utf8)
            let preTest = Dictionary(json.preTestItems.map { ($0.step, $0.facility) }, uniquingKeysWith: { a, _ in a })
            let items = try #require(json.items?.items)
            #expect(!items.isEmpty && preTest.count == items.count)
            for item in items {
                let partner = try #require(item.preTestPartner)
                let facility = try #require(preTest[partner.stepId])
                #expect(partner.facility == facility)
                let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("  \(item.step) ") })
                #expect(row.contains("\(ReportNumber.percent(facility)) (\(partner.stepId))"), "\(row)")
                #expect(
                    page.contains("<td class=\"n\">\(ReportNumber.percent(facility)) → \(ReportNumber.percent(item.facility))</td>"))
            }
            #expect(text.contains("PASSED (ANY TRY)") && !text.contains("PASS RATE"))
        }
    }
}
