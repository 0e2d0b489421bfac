import Foundation
import Testing

/// `oberih simulate` then `oberih report`, through the built binary.
@Suite final class SimulateAndReportTests {
    let store: StoreFolder

    init() throws {
        store = try StoreFolder(prefix: "oberih-report")
    }

    func oberih(_ arguments: [String]) throws -> OberihRun {
        try store.oberih(arguments)
    }

    @Test func theSameSeedGivesTheSameCohortAndReport() throws {
        let first = try oberih(["simulate", "--cohort", "A", "--learners", "40", "--seed", "5", "--json"])
        #expect(first.exitCode == 0, "\(first.standardError)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any])
        #expect(summary["learners"] as? Int == 40)
        #expect((summary["sessions"] as? Int ?? 0) >= 40 * 6, "every lesson and test, some twice")
        let second = try oberih(["simulate", "--cohort", "B", "--learners", "40", "--seed", "5"])
        #expect(second.exitCode == 0)
        let reportA = try oberih(["report", "--cohort", "A"])
        let reportB = try oberih(["report", "--cohort", "B"])
        #expect(reportA.exitCode == 0, "\(reportA.standardError)")
        let body = { (run: OberihRun) in run.standardOutput.split(separator: "\n").dropFirst().joined(separator: "\n") }
        #expect(body(reportA) == body(reportB), "the same seed, the same figures")
        #expect(reportA.standardOutput.contains("Learners: 40 enrolled, 40 started"))
        #expect(reportA.standardOutput.contains("normalised gain (Hake): cohort "))
        #expect(reportA.standardOutput.contains("effect size d_z "))
        #expect(reportA.standardOutput.contains("Items of post-test"))
        #expect(!reportA.standardOutput.contains("too few"))
    }

    @Test func aGroupUnderFiveIsFlaggedAndAnUnknownCohortExitsTwo() throws {
        #expect(try oberih(["simulate", "--cohort", "Tiny", "--learners", "3"]).exitCode == 0)
        let report = try oberih(["report", "--cohort", "Tiny"])
        #expect(report.exitCode == 0)
        #expect(report.standardOutput.contains("Fewer than 5 learners started: too few to report safely."))
        let unknown = try oberih(["report", "--cohort", "Nobody"])
        #expect(unknown.exitCode == 2)
        #expect(unknown.standardError.contains("no cohort 'Nobody'"))
    }
}
