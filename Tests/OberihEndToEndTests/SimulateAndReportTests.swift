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
        // The same cohort in a second store: the same codes, so even ties between learners
        // (broken by code in the answer-option thirds) fall the same way.
        let other = try StoreFolder(prefix: "oberih-report-again")
        let second = try other.oberih(["simulate", "--cohort", "A", "--learners", "40", "--seed", "5"])
        #expect(second.exitCode == 0)
        let reportA = try oberih(["report", "--cohort", "A"])
        let reportB = try other.oberih(["report", "--cohort", "A"])
        #expect(reportA.exitCode == 0, "\(reportA.standardError)")
        #expect(reportA.standardOutput == reportB.standardOutput, "the same seed, the same figures")
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

    /// The JSON's and the CSV's option counts of each single-choice item add up to the learners.
    @Test func theReportsOptionCountsAddUpInTheJSONAndTheCSV() throws {
        #expect(try oberih(["simulate", "--cohort", "D", "--learners", "30", "--seed", "3"]).exitCode == 0)
        let csvPath = store.folder.appendingPathComponent("options.csv").path
        let run = try oberih(["report", "--cohort", "D", "--json", "--options-csv", csvPath])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let items = try #require((report["items"] as? [String: Any])?["items"] as? [[String: Any]])
        let withOptions = items.compactMap { $0["options"] as? [String: Any] }
        #expect(!withOptions.isEmpty)
        for analysis in withOptions {
            let counts = try #require(analysis["options"] as? [[String: Any]]).compactMap { $0["chosen"] as? Int }
            let learners = try #require(analysis["learners"] as? Int)
            let answered = learners - (analysis["skipped"] as? Int ?? learners + 1)
            if analysis["multiple"] as? Bool == true {
                #expect(counts.allSatisfy { $0 <= answered } && counts.reduce(0, +) >= 0)
            } else {
                #expect(counts.count >= 2 && counts.reduce(0, +) == answered)
            }
        }
        let rows = try String(contentsOfFile: csvPath, encoding: .utf8).components(separatedBy: "\r\n").dropLast()
        #expect(rows.first?.hasPrefix("test,item,option,key,label,learners,answered,skipped,chosen,") == true)
        var byItem: [String: (sum: Int, skippedAndLearners: Int)] = [:]
        for row in rows.dropFirst() {
            // Labels may hold commas; the numbers are the last eight fields.
            let fields = row.components(separatedBy: ",")
            let numbers = fields.suffix(8).dropLast(2).map { Int($0) }
            let (learners, skipped, chosen) = (numbers[0]!, numbers[2]!, numbers[3]!)
            byItem[fields[1], default: (0, learners - skipped)].sum += chosen
        }
        #expect(byItem.count == withOptions.count)
        let multiple = Set(items.filter { ($0["options"] as? [String: Any])?["multiple"] as? Bool == true }.compactMap { $0["step"] as? String })
        for (item, totals) in byItem where !multiple.contains(item) {
            #expect(totals.sum == totals.skippedAndLearners, "\(item)")
        }
        #expect(multiple.count < byItem.count, "some single-choice items are checked")
    }
}
