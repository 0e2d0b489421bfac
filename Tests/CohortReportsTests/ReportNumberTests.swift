import Testing

@testable import CohortReports

@Suite struct ReportNumberTests {
    @Test(arguments: [
        (1.0, "100%"), (0.0, "0%"), (0.5, "50%"), (0.694, "69%"), (0.996, "99.6%"), (0.9996, "99.96%"),
        (0.99999, "> 99.99%"), (0.004, "0.4%"), (0.00004, "< 0.01%"), (0.995, "99.5%"), (0.0051, "1%"),
    ])
    func aShareIsNeverShownAsAllOrNoneUnlessItIs(_ share: Double, _ shown: String) {
        #expect(ReportNumber.percent(share) == shown)
    }

    @Test func theTextReportUsesIt() {
        #expect(CohortReport.percent(0.996) == "99.6%")
    }
}
