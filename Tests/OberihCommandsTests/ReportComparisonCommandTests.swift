import Foundation
import ProgressStore
import TestSupport
import Testing

@testable import OberihCommands

/// `oberih report` with two or more cohorts, an organisation, and a window of dates.
@Suite struct ReportComparisonCommandTests {
    /// Two cohorts of one organisation, one learning more than the other, and a third elsewhere.
    static func withCohorts(_ body: (URL, URL) throws -> Void) throws {
        try TemporaryFolder.with { folder in
            let store = folder.appendingPathComponent("progress.sqlite")
            for (name, learners, effect, organisation) in [
                ("A", "40", "2.5", "NGO"), ("B", "30", "0", "NGO"), ("C", "10", "0.8", "school"),
            ] {
                try StoreCommandTests.run(
                    [
                        "simulate", "--cohort", name, "--learners", learners, "--learning-effect", effect, "--organisation",
                        organisation, "--seed", "5", "--pack", StoreCommandTests.packFile,
                    ], store: store)
            }
            try body(store, folder)
        }
    }

    static func json(_ arguments: [String], store: URL, folder: URL) throws -> [String: Any] {
        let file = folder.appendingPathComponent("out-\(UUID().uuidString).json")
        try StoreCommandTests.run(arguments + ["--format", "json", "--output", file.path], store: store)
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    }

    @Test func twoCohortsSideBySideWithTheDifferenceOfTheSecondFromTheFirst() throws {
        try Self.withCohorts { store, folder in
            let both = try Self.json(["report", "--cohort", "A", "--cohort", "B"], store: store, folder: folder)
            let cohorts = try #require(both["cohorts"] as? [[String: Any]])
            #expect(cohorts.map { $0["cohort"] as? String } == ["A", "B"])
            let alone = try Self.json(["report", "--cohort", "B"], store: store, folder: folder)
            #expect(NSDictionary(dictionary: cohorts[1]) == NSDictionary(dictionary: alone), "each cohort as its own report")
            let difference = try #require((both["differences"] as? [[String: Any]])?.first)
            #expect(difference["baseline"] as? String == "A" && difference["cohort"] as? String == "B")
            let change = try #require(difference["change"] as? [String: Any])
            let gains = try cohorts.map { cohort in
                let gain = try #require(cohort["gain"] as? [String: Any])
                return try #require((gain["difference"] as? [String: Any])?["meanDifference"] as? Double)
            }
            #expect(abs((change["difference"] as? Double ?? 0) - (gains[1] - gains[0])) < 1e-9)
            let interval = try #require(change["interval"] as? [String: Any])
            let (lower, upper) = (interval["lower"] as? Double ?? 0, interval["upper"] as? Double ?? 0)
            #expect(lower < gains[1] - gains[0] && gains[1] - gains[0] < upper)
            #expect(upper < 0, "B learns nothing (an effect of 0 SD against 2.5)")
            #expect(both["samePack"] as? Bool == true)
        }
    }

    @Test func anOrganisationAddsItsCohortsOldestFirst() throws {
        try Self.withCohorts { store, folder in
            let document = try Self.json(["report", "--organisation", "NGO"], store: store, folder: folder)
            #expect((document["cohorts"] as? [[String: Any]])?.map { $0["cohort"] as? String } == ["A", "B"])
            let mixed = try Self.json(["report", "--cohort", "C", "--organisation", "NGO"], store: store, folder: folder)
            #expect((mixed["cohorts"] as? [[String: Any]])?.map { $0["cohort"] as? String } == ["C", "A", "B"])
            let none = try #require(try StoreCommandTests.failure(["report", "--organisation", "nobody"], store: store))
            #expect("\(none)".contains("no cohort belongs to the organisation 'nobody'; the organisations are 'NGO', 'school'"))
            let twice = try #require(try StoreCommandTests.failure(["report", "--cohort", "A", "--organisation", "NGO", "--cohort", "A"], store: store))
            #expect("\(twice)".contains("'A' is given twice"))
        }
    }

    @Test func theTextAndThePageCompareToo() throws {
        try Self.withCohorts { store, folder in
            let text = folder.appendingPathComponent("compare.txt")
            try StoreCommandTests.run(["report", "--cohort", "A", "--cohort", "B", "--output", text.path], store: store)
            let said = try String(contentsOf: text, encoding: .utf8)
            #expect(said.hasPrefix("Cohorts compared: A, B\n"))
            #expect(said.contains("Difference from A (Welch's 95% interval)") && said.contains("B − A:"))
            #expect(said.contains("mean change -") && said.contains("[95% CI -"))
            let page = folder.appendingPathComponent("compare.html")
            try StoreCommandTests.run(
                ["report", "--cohort", "A", "--cohort", "B", "--format", "html", "--output", page.path, "--lang", "ru"], store: store)
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.contains("<h1>Сравнение групп</h1>") && html.contains("<figure id=\"difference-chart\">"))
            #expect(html.contains("<figure id=\"means-chart\">") && !html.contains("<script"))
        }
    }

    @Test func sinceAndUntilCountOnlyAttemptsStartedBetween() throws {
        try Self.withCohorts { store, folder in
            let all = try Self.json(["report", "--cohort", "A"], store: store, folder: folder)
            #expect(all["learnersStarted"] as? Int == 40 && all["since"] == nil)
            let future = try Self.json(["report", "--cohort", "A", "--since", "2999-01-01"], store: store, folder: folder)
            #expect(future["learnersStarted"] as? Int == 0 && future["since"] is String)
            let past = try Self.json(["report", "--cohort", "A", "--until", "2000-01-01"], store: store, folder: folder)
            #expect(past["learnersStarted"] as? Int == 0)
            let around = try Self.json(
                ["report", "--cohort", "A", "--since", "2000-01-01", "--until", "2999-12-31T00:00:00Z"], store: store, folder: folder)
            #expect(around["learnersStarted"] as? Int == 40)
        }
    }

    @Test func badDatesAndMixedOptionsAreRefused() {
        for arguments in [
            ["report"], ["report", "--cohort", "A", "--since", "yesterday"],
            ["report", "--cohort", "A", "--since", "2026-02-30"],
            ["report", "--cohort", "A", "--since", "2026-05-02", "--until", "2026-05-01"],
            ["report", "--cohort", "A", "--cohort", "B", "--options-csv", "o.csv"],
        ] {
            #expect(throws: (any Error).self, "\(arguments)") { try OberihCommand.parseAsRoot(arguments) }
        }
        #expect(throws: Never.self) {
            try OberihCommand.parseAsRoot(["report", "--cohort", "A", "--since", "2026-05-01", "--until", "2026-05-01"])
        }
    }
}
