import Foundation
import Testing

/// `oberih export --format xapi|csv` through the built binary, checked against
/// `--format json` of the same cohort.
@Suite final class ExportFormatsTests {
    let folder: URL
    var environment: [String: String]

    init() throws {
        folder = try TestFolder.make("export")
        environment = TestFolder.pipedEnvironment(folder)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func oberih(_ arguments: [String], input: [String] = []) throws -> OberihRun {
        try OberihProcess.run(arguments, input: Data(input.map { $0 + "\n" }.joined().utf8), environment: environment)
    }

    /// A short answer a spreadsheet would take for a formula, with a comma and quotes.
    static let trickyAnswer = "=SUM(1,2) \"hi\", ok"
    static let homePage = "https://lms.example.org"
    static let answerableKinds: Set = [
        "single-choice", "multiple-choice", "true-false", "ordering", "matching", "short-answer", "likert", "scenario", "vote",
    ]

    /// Cohort "t": six simulated learners, the cohort led through a whole pack as a group,
    /// and a learner who gave `trickyAnswer` in a one-question pack (returned: its file).
    func makeCohort() throws -> URL {
        let simulated = try oberih(["simulate", "--cohort", "t", "--learners", "6", "--pack", "being-kind-online"])
        #expect(simulated.exitCode == 0, "\(simulated.standardError)")
        let led = try oberih(
            ["facilitate", "being-kind-online", "--cohort", "t", "--seed", "3"], input: FacilitateCommandTests.wholePackInput)
        #expect(led.exitCode == 0, "\(led.standardError)")
        let pack = folder.appendingPathComponent("one-word.xml")
        try Self.oneWordPack.write(to: pack, atomically: true, encoding: .utf8)
        let played = try oberih(["play", pack.path, "--age", "13", "--cohort", "t"], input: [Self.trickyAnswer])
        #expect(played.exitCode == 0, "\(played.standardError)")
        return pack
    }

    func export(_ pack: URL, _ arguments: [String]) throws -> OberihRun {
        try oberih(["export", "--cohort", "t", "--pack", pack.path] + arguments)
    }

    /// The JSON export's attempts and learner codes.
    func jsonExport(_ pack: URL) throws -> (attempts: [[String: Any]], learners: Set<String>) {
        let run = try export(pack, [])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let learners = try #require(document["learners"] as? [[String: Any]]).compactMap { $0["code"] as? String }
        return (try #require(document["attempts"] as? [[String: Any]]), Set(learners))
    }

    @Test func xapiStatementsAreWellFormedAndAgreeWithTheJSONExport() throws {
        let pack = try makeCohort()
        let (attempts, learners) = try jsonExport(pack)
        #expect(learners.count == 7)
        let run = try export(pack, ["--format", "xapi", "--home-page", Self.homePage + "/"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
        let problems = statements.flatMap { XAPICheck.problems(in: $0, learners: learners, homePage: Self.homePage) }
        #expect(problems.isEmpty, "\(problems.count) problems, such as \(problems.prefix(5))")
        #expect(Set(statements.compactMap { $0["id"] as? String }).count == statements.count, "unique ids")

        // One registration per attempt, the same on all its statements, one "attempted" each.
        let byRegistration = Dictionary(grouping: statements) { XAPICheck.string($0, "context", "registration") ?? "" }
        #expect(Set(byRegistration.keys) == Set(attempts.compactMap { $0["registration"] as? String }))
        #expect(byRegistration.count == attempts.count, "registrations differ between attempts")
        for attempt in attempts {
            let own = byRegistration[attempt["registration"] as? String ?? ""] ?? []
            let owner = attempt["learner"] as? String ?? "cohort:t"
            #expect(own.allSatisfy { XAPICheck.string($0, "actor", "account", "name") == owner })
            #expect(own.first.flatMap { XAPICheck.verb($0) } == "attempted")
            #expect(own.filter { XAPICheck.verb($0) == "attempted" }.count == 1)
        }

        // Counts against the JSON export.
        let verbs = statements.compactMap { XAPICheck.verb($0) }
        let responses = attempts.flatMap { $0["responses"] as? [[String: Any]] ?? [] }
        let answerable = { (response: [String: Any]) in Self.answerableKinds.contains(response["kind"] as? String ?? "") }
        #expect(verbs.filter { $0 == "completed" }.count == attempts.filter { $0["finishedAt"] is String }.count)
        #expect(verbs.filter { $0 == "answered" }.count == responses.filter { answerable($0) && $0["status"] as? String == "done" }.count)
        let experienced = responses.filter { $0["status"] as? String == "skipped" || ($0["status"] as? String == "done" && !answerable($0)) }
        #expect(verbs.filter { $0 == "experienced" }.count == experienced.count)
        let judged = attempts.filter { ($0["result"] as? [String: Any])?["passed"] is Bool }.count
        #expect(verbs.filter { $0 == "passed" || $0 == "failed" }.count == judged)

        // The group, its tally, a skip and the tricky answer.
        let results = statements.compactMap { $0["result"] as? [String: Any] }
        #expect(statements.contains { XAPICheck.string($0, "actor", "objectType") == "Group" })
        #expect(results.contains { ($0["response"] as? String)?.wholeMatch(of: #/[a-z-]+=\d+(\[,\][a-z-]+=\d+)+/#) != nil })
        #expect(results.contains { $0["response"] as? String == Self.trickyAnswer && $0["success"] as? Bool == false })
        let skip = try #require(results.first { $0["completion"] as? Bool == false })
        #expect(skip["score"] == nil)
        #expect((skip["extensions"] as? [String: Any])?[Self.homePage + "/oberih/extensions/skipped"] as? Bool == true)
    }

    @Test func xapiWithoutAHomePageExitsTwo() throws {
        #expect(try oberih(["cohort", "create", "t"]).exitCode == 0)
        for extra in [[], ["--home-page", "lms.example.org"]] {
            let run = try oberih(["export", "--cohort", "t", "--format", "xapi"] + extra)
            #expect(run.exitCode == 2)
            #expect(run.standardError.contains("--home-page"), "\(run.standardError)")
            #expect(run.standardOutput.isEmpty)
        }
    }

    @Test func csvHasOneRowPerAnswerableResponseAndQuotesSafely() throws {
        #expect(CSV.records("a,\"b\r\nc \"\"q\"\"\"\r\n,\r\n") == [["a", "b\r\nc \"q\""], ["", ""]], "the test's own parser")
        #expect(CSV.records("a\nb\r\n") == nil && CSV.records("\"a\"b\r\n") == nil)
        let pack = try makeCohort()
        let (attempts, _) = try jsonExport(pack)
        let output = folder.appendingPathComponent("out.csv")
        let run = try export(pack, ["--format", "csv", "--output", output.path])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let text = try String(contentsOf: output, encoding: .utf8)
        let records = try #require(CSV.records(text), "RFC 4180 with CRLF line ends")
        let header = try #require(records.first)
        #expect(header == [
            "cohort", "learner", "group", "pack", "pack_version", "lesson", "lesson_kind", "attempt_id", "attempt_number",
            "started_at", "finished_at", "step", "position", "item_kind", "status", "verdict", "score", "max_score", "attempts",
            "hints", "skipped", "seconds", "answered_at", "response", "scenario_path", "scenario_ending",
        ])
        #expect(records.allSatisfy { $0.count == header.count })
        let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }

        // One to one with the JSON export's answerable responses, in the same order.
        let number = { (value: Any?) in "\((value as? NSNumber)?.doubleValue ?? Double(value as? String ?? "") ?? .nan)" }
        let expected = attempts.flatMap { attempt in
            (attempt["responses"] as? [[String: Any]] ?? []).filter { Self.answerableKinds.contains($0["kind"] as? String ?? "") }
                .map { response in
                    [attempt["learner"] as? String ?? "", "\(attempt["id"] ?? "")", response["step"] as? String ?? "",
                        number(response["score"]), number(response["maximum"]), "\(response["attempts"] ?? "")",
                        "\(response["hints"] ?? "")", "\(response["skipped"] as? Bool ?? false)"]
                }
        }
        let actual = rows.map { row in
            [row["learner"]!, row["attempt_id"]!, row["step"]!, number(row["score"]), number(row["max_score"]),
                row["attempts"]!, row["hints"]!, row["skipped"]!]
        }
        #expect(actual == expected)

        // The nth attempt by a learner (or the group) at a lesson is numbered n.
        var seen: [String: [String]] = [:]
        for row in rows where seen[row["learner"]! + row["lesson"]!]?.last != row["attempt_id"] {
            seen[row["learner"]! + row["lesson"]!, default: []].append(row["attempt_id"]!)
            #expect(row["attempt_number"] == String(seen[row["learner"]! + row["lesson"]!]!.count))
        }

        // A child's formula is defused and quoted; so is a group tally ("[,]" holds a comma).
        let tricky = try #require(rows.first { $0["step"] == "q-word" })
        #expect(tricky["response"] == "'" + Self.trickyAnswer)
        #expect(text.contains(",\"'=SUM(1,2) \"\"hi\"\", ok\","))
        let tally = try #require(rows.first { $0["item_kind"] == "vote" && $0["group"] == "true" })
        #expect(tally["learner"] == "" && tally["response"]?.contains("[,]") == true)
        #expect(text.contains(",\"" + tally["response"]! + "\","))
    }

    @Test func outputGoesToAFileOnlyWhenComplete() throws {
        #expect(try oberih(["simulate", "--cohort", "t", "--learners", "6", "--pack", "being-kind-online"]).exitCode == 0)
        let missing = folder.appendingPathComponent("no-such-folder/out.csv")
        let failed = try oberih(["export", "--cohort", "t", "--format", "csv", "--output", missing.path])
        #expect(failed.exitCode == 2)
        #expect(failed.standardError.contains("no-such-folder"), "\(failed.standardError)")
        #expect(!FileManager.default.fileExists(atPath: missing.path))
        #expect(!FileManager.default.fileExists(atPath: missing.path + ".partial"))

        let output = folder.appendingPathComponent("statements.json")
        let arguments = ["export", "--cohort", "t", "--format", "xapi", "--home-page", Self.homePage]
        let written = try oberih(arguments + ["--output", output.path])
        #expect(written.exitCode == 0, "\(written.standardError)")
        #expect(written.standardOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.path + ".partial"))
        let onStdout = try oberih(arguments)
        #expect(try String(contentsOf: output, encoding: .utf8) == onStdout.standardOutput, "the same statements, the same ids")
        #expect(onStdout.standardOutput.hasPrefix("[\n{"))
    }
}

extension ExportFormatsTests {
    /// One learner question, so a learner's free text can be typed through a pipe.
    static let oneWordPack = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:oberih:pack:1" id="one-word" version="1.0.0" default-lang="en" langs="en"
              age-min="12" age-max="16" risk="contact" topic="privacy" minutes="5">
          <title><t lang="en">One word</t></title>
          <summary><t lang="en">A test pack.</t></summary>
          <authors><author>Oberih tests</author></authors>
          <licence>CC-BY-SA-4.0</licence>
          <objectives><objective id="obj-block"><t lang="en">Block</t></objective></objectives>
          <support>
            <contact id="ua-line" country="UA" source="https://example.org/ua" verified="2026-11-01" for="talk" status="published">
              <name><t lang="en">Child line</t></name><phone>116 111</phone><purpose><t lang="en">Support</t></purpose>
            </contact>
          </support>
          <lesson id="words" objectives="obj-block">
            <title><t lang="en">Words</t></title>
            <short-answer id="q-word" objectives="obj-block">
              <prompt><t lang="en">One word</t></prompt>
              <accept lang="en">block</accept>
            </short-answer>
          </lesson>
        </pack>
        """
}

/// What every xAPI 1.0.3 statement of the export must satisfy.
enum XAPICheck {
    static let verbs = ["attempted", "answered", "experienced", "completed", "passed", "failed"]
    static let interactionTypes: Set = ["choice", "true-false", "sequencing", "matching", "fill-in", "likert"]

    static func string(_ object: [String: Any], _ path: String...) -> String? {
        value(object, path) as? String
    }

    static func value(_ object: [String: Any], _ path: [String]) -> Any? {
        path.dropLast().reduce(object as [String: Any]?) { $0?[$1] as? [String: Any] }?[path.last!]
    }

    static func verb(_ statement: [String: Any]) -> String? {
        string(statement, "verb", "id")?.replacingOccurrences(of: "http://adlnet.gov/expapi/verbs/", with: "")
    }

    static func isUUID(_ text: String?) -> Bool {
        text?.wholeMatch(of: #/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/#) != nil
    }

    /// What is wrong with one statement, as short descriptions.
    static func problems(in statement: [String: Any], learners: Set<String>, homePage: String) -> [String] {
        var problems: [String] = []
        func require(_ condition: Bool, _ what: String) {
            if !condition { problems.append("\(what): \(statement["id"] ?? "no id")") }
        }
        require(isUUID(statement["id"] as? String), "id")
        require(statement["version"] as? String == "1.0.3", "version")
        let actorType = string(statement, "actor", "objectType")
        let name = string(statement, "actor", "account", "name")
        require(string(statement, "actor", "account", "homePage") == homePage, "actor homePage")
        require(actorType == "Agent" ? learners.contains(name ?? "") : (actorType == "Group" && name == "cohort:t"), "actor")
        let verb = verb(statement) ?? ""
        require(verbs.contains(verb) && string(statement, "verb", "display", "en-US") == verb, "verb")
        let objectId = string(statement, "object", "id") ?? ""
        require(objectId.hasPrefix(homePage + "/oberih/packs/") && URL(string: objectId)?.scheme == "https", "object id")
        require(string(statement, "object", "definition", "type")?.hasPrefix("http") == true, "activity type")
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        require(formatter.date(from: statement["timestamp"] as? String ?? "") != nil, "timestamp")
        if let found = value(statement, ["result", "score"]) {
            let score = found as? [String: Double] ?? [:]
            let (scaled, raw, low, high) = (score["scaled"] ?? -2, score["raw"] ?? -1, score["min"] ?? 1, score["max"] ?? 0)
            require((0...1).contains(scaled) && low <= raw && raw <= high && low < high, "score \(score)")
            require(abs(scaled - (raw - low) / (high - low)) < 1e-9, "scaled score")
        }
        if let duration = value(statement, ["result", "duration"]) {
            let pattern = #/P(?:\d+D)?T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)/#
            require((duration as? String)?.wholeMatch(of: pattern) != nil, "duration \(duration)")
        }
        require(isUUID(string(statement, "context", "registration")), "registration")
        require(string(statement, "context", "platform") == "Oberih", "platform")
        let extensions = value(statement, ["context", "extensions"]) as? [String: Any]
        require(extensions?[homePage + "/oberih/extensions/pack-version"] is String, "pack-version extension")
        let parent = (value(statement, ["context", "contextActivities", "parent"]) as? [[String: Any]])?.first?["id"] as? String
        let grouping = (value(statement, ["context", "contextActivities", "grouping"]) as? [[String: Any]])?.first?["id"] as? String
        if let steps = objectId.range(of: "/steps/") {
            let lesson = String(objectId[..<steps.lowerBound])
            require(parent == lesson && grouping.map { lesson.hasPrefix($0 + "/lessons/") } == true, "step context")
            let interactionType = string(statement, "object", "definition", "interactionType")
            require(verb != "answered" || interactionTypes.contains(interactionType ?? ""), "interactionType")
        } else {
            require(parent.map { objectId.hasPrefix($0 + "/lessons/") } == true, "lesson context")
        }
        return problems
    }
}

/// A strict RFC 4180 reader: CRLF line ends, quoted fields with doubled quotes and line
/// breaks inside; nil for anything else (a bare LF, a quote inside an unquoted field).
enum CSV {
    static func records(_ text: String) -> [[String]]? {
        enum State { case fieldStart, unquoted, quoted, afterQuote }
        let scalars = Array(text.unicodeScalars)
        var (records, record, field, state) = ([[String]](), [String](), "", State.fieldStart)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch (state, scalar) {
            case (.quoted, "\"") where index < scalars.count && scalars[index] == "\"":
                field += "\""
                index += 1
            case (.quoted, "\""): state = .afterQuote
            case (.quoted, _): field.unicodeScalars.append(scalar)
            case (.fieldStart, "\""): state = .quoted
            case (_, ","):
                record.append(field)
                (field, state) = ("", .fieldStart)
            case (_, "\r"):
                guard index < scalars.count, scalars[index] == "\n" else { return nil }
                index += 1
                records.append(record + [field])
                (record, field, state) = ([], "", .fieldStart)
            case (.afterQuote, _), (_, "\n"), (_, "\""): return nil
            default:
                field.unicodeScalars.append(scalar)
                state = .unquoted
            }
        }
        guard state != .quoted else { return nil }
        return record.isEmpty && field.isEmpty ? records : records + [record + [field]]
    }
}
