import Foundation
import LessonPack
import ProgressStore
import Sessions
import TestSupport
import Testing

@testable import CohortExport

#if canImport(Glibc)
    import Glibc
#endif

/// The three export formats over simulated cohorts in memory, written to a file and read
/// back as their readers would.
@Suite struct ExportTests {
    static let exportedAt = Date(timeIntervalSince1970: 1_800_000_000)

    /// What `write` puts through a sink, read back from the file it went to.
    static func written(_ write: (ExportSink) throws -> Void) throws -> String {
        try TemporaryFolder.with { folder in
            let path = folder.appendingPathComponent("export").path
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            try #require(descriptor >= 0)
            defer { close(descriptor) }
            try write(ExportSink(descriptor: descriptor, destination: path))
            return try String(contentsOfFile: path, encoding: .utf8)
        }
    }

    /// An export of `store`, with `atHand` as the files of the curriculum.
    static func context(_ store: ProgressStore, cohort: String = "7B", atHand: [PackFile] = [CohortFixture.packFile])
        throws -> ExportContext
    {
        ExportContext(
            cohort: try store.cohort(named: cohort), packs: PackVersions(store: store, atHand: atHand),
            exportedAt: exportedAt)
    }

    static func json(_ context: ExportContext) throws -> [String: Any] {
        let text = try written { try JSONExport.write(context, to: $0) }
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func attempts(_ document: [String: Any]) -> [[String: Any]] {
        document["attempts"] as? [[String: Any]] ?? []
    }

    @Test func jsonHoldsEveryLearnerAndAttemptWithItsStoredResult() throws {
        let store = try CohortFixture.simulated(learners: 5)
        let document = try Self.json(try Self.context(store))
        #expect(document["formatVersion"] as? Int == 1 && document["generator"] as? String == "oberih")
        let learners = try store.learners(inCohort: "7B")
        let codes = (document["learners"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
        #expect(codes?.sorted() == learners.map(\.code).sorted())
        let stored = try learners.flatMap { try store.attempts(ofLearner: $0.code) }
        let exported = Self.attempts(document)
        #expect(exported.count == stored.count)
        #expect(exported.allSatisfy { $0["resultSource"] as? String == "stored" })
        let scaled = try stored.sorted { $0.id < $1.id }.map { try store.result(ofAttempt: $0.id)?.scaled }
        let written = exported.map { ($0["result"] as? [String: Any])?["scaled"] as? Double }
        // Foundation's JSONSerialization on Linux can read a double one unit in the last place off.
        func same(_ written: Double?, _ stored: Double?) -> Bool {
            guard let written, let stored else { return written == nil && stored == nil }
            return abs(written - stored) < 1e-12
        }
        #expect(written.count == scaled.count && zip(written, scaled).allSatisfy(same))
    }

    @Test func oldAttemptsAreReplayedToTheSameResultsAndCounted() throws {
        let store = try CohortFixture.simulated(learners: 4)
        let old = try CohortFixture.withoutResults(of: store)
        let context = try Self.context(old)
        let replayed = Self.attempts(try Self.json(context))
        let stored = Self.attempts(try Self.json(try Self.context(store)))
        #expect(replayed.allSatisfy { $0["resultSource"] as? String == "replayed" })
        #expect(context.gaps.finishedReplayed == replayed.count && context.gaps.replayFailures.isEmpty)
        /// The same attempts, matched by lesson and start (ids and codes differ).
        func results(_ attempts: [[String: Any]]) -> [String: NSDictionary] {
            Dictionary(
                attempts.map { ("\($0["lesson"]!) \($0["startedAt"]!)", $0["result"] as? NSDictionary ?? [:]) },
                uniquingKeysWith: { first, _ in first })
        }
        let (fromLogs, fromStore) = (results(replayed), results(stored))
        #expect(Set(fromLogs.keys) == Set(fromStore.keys) && !fromStore.isEmpty)
        for (key, result) in fromStore {
            // The store keeps event times to the millisecond; the stored result had them in full.
            let seconds = { (result: NSDictionary?) in result?["seconds"] as? Double ?? -1 }
            #expect(abs(seconds(fromLogs[key]) - seconds(result)) < 0.1, "\(key)")
            let timeless = { (result: NSDictionary?) in
                (result?.mutableCopy() as? NSMutableDictionary).map { $0.removeObject(forKey: "seconds"); return $0 }
            }
            #expect(timeless(fromLogs[key]) == timeless(result), "\(key)")
        }
        #expect(try old.result(ofAttempt: 1) == nil, "an export stores nothing")
    }

    @Test func aLogThatDoesNotReplayIsExportedWithoutAResultAndReported() throws {
        let store = try CohortFixture.simulated(learners: 4)
        // A learner who reached the post-test (a simulated learner may stop at a lesson).
        let learner = try #require(
            try store.learners(inCohort: "7B").first { learner in
                try store.attempts(ofLearner: learner.code).contains { $0.lessonId == "post-test" }
            })
        let template = try #require(try store.attempts(ofLearner: learner.code).first { $0.lessonId == "post-test" })
        var events = try store.events(ofAttempt: template.id)
        events.append(events[events.count - 1])  // an answer after the end
        try store.importAttempts([
            ImportedAttempt(
                owner: .learner(code: learner.code), packSHA256: template.packSHA256, events: events,
                finishedAt: template.finishedAt, result: nil)
        ])
        let context = try Self.context(store)
        let last = try #require(Self.attempts(try Self.json(context)).last)
        #expect(last["resultSource"] as? String == "replayFailed")
        #expect(last["result"] is NSNull)
        #expect(context.gaps.replayFailures.map(\.attemptId) == [try store.attempts(ofLearner: learner.code).map(\.id).max()!])
    }

    @Test func anAttemptOfAPackNotAtHandHasNoResultToReplay() throws {
        let store = try CohortFixture.simulated(learners: 1)
        let old = try CohortFixture.withoutResults(of: store)
        let context = try Self.context(old, atHand: [])
        let exported = Self.attempts(try Self.json(context))
        #expect(exported.allSatisfy { $0["resultSource"] as? String == "unavailable" })
        #expect(context.gaps.withoutPack == exported.count && !exported.isEmpty)
    }

    /// RFC 4180 records, for reading the CSV back: quoted fields may hold commas, quotes
    /// (doubled) and line ends.
    static func records(_ csv: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = csv.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
            } else if character == "\r" {
                #expect(characters.next() == "\n", "a record ends with CRLF")
                records.append(record + [field])
                (record, field) = ([], "")
            } else {
                field.unicodeScalars.append(character)
            }
        }
        #expect(record.isEmpty && field.isEmpty, "the last record ends with CRLF")
        return records
    }

    @Test func csvHasOneRowPerAnsweredItemAndQuotesWhatNeedsIt() throws {
        let store = try CohortFixture.simulated(learners: 3, cohort: "Year 8, \"B\"")
        let csv = try Self.written { try CSVExport.write(try Self.context(store, cohort: "Year 8, \"B\""), to: $0) }
        let records = Self.records(csv)
        #expect(records.first == CSVExport.header)
        let rows = records.dropFirst()
        #expect(rows.allSatisfy { $0.count == CSVExport.header.count && $0[0] == "Year 8, \"B\"" })
        let column = Dictionary(uniqueKeysWithValues: CSVExport.header.enumerated().map { ($1, $0) })
        let learners = try store.learners(inCohort: "Year 8, \"B\"")
        var expected = 0
        for learner in learners {
            for attempt in try store.attempts(ofLearner: learner.code) {
                let steps = Set(rows.filter { $0[column["attempt_id"]!] == String(attempt.id) }.map { $0[column["step"]!] })
                let lesson = try #require(CohortFixture.pack.lessons.first { $0.id == attempt.lessonId })
                let answerable = lesson.steps.filter { ResponseText.isAnswerable(kind: $0.content.kind) }.map(\.id)
                #expect(steps == Set(answerable), "\(attempt.lessonId)")
                expected += answerable.count
            }
        }
        #expect(rows.count == expected && expected > 0)
    }

    @Test func csvFieldsAreQuotedAndFormulasDefused() {
        #expect(CSVExport.quoted("plain") == "plain")
        #expect(CSVExport.quoted("a,b") == "\"a,b\"")
        #expect(CSVExport.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExport.quoted("two\nlines") == "\"two\nlines\"")
        #expect(CSVExport.defused("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(["+1", "-1", "@x", "\tx", "\rx"].allSatisfy { CSVExport.defused($0) == "'" + $0 })
        #expect(CSVExport.defused("I would tell a teacher") == "I would tell a teacher")
        #expect(CSVExport.row(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }

    @Test func xapiStatementsOfAPackNotFoundAreMarked() throws {
        let old = try CohortFixture.withoutResults(of: try CohortFixture.simulated(learners: 1))
        func marked(_ atHand: [PackFile]) throws -> [Bool] {
            let text = try Self.written {
                try XAPIExport.write(try Self.context(old, atHand: atHand), homePage: "https://lms.example.org/", to: $0)
            }
            let statements = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
            return statements.map { statement in
                let extensions = (statement["context"] as? [String: Any])?["extensions"] as? [String: Any]
                return extensions?["https://lms.example.org/oberih/extensions/pack-unavailable"] as? Bool == true
            }
        }
        let missing = try marked([])
        #expect(!missing.isEmpty && missing.allSatisfy { $0 }, "every statement says its pack was not found")
        #expect(try marked([CohortFixture.packFile]).allSatisfy { !$0 })
    }

    @Test func xapiStatementsFollowEachAttemptAndAreStable() throws {
        let store = try CohortFixture.simulated(learners: 2)
        let text = try Self.written {
            try XAPIExport.write(try Self.context(store), homePage: "https://lms.example.org/", to: $0)
        }
        let again = try Self.written {
            try XAPIExport.write(try Self.context(store), homePage: "https://lms.example.org/", to: $0)
        }
        #expect(text == again, "the same store gives the same statements, ids included")
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let verbs = statements.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
        let count = { (verb: String) in verbs.filter { $0 == "http://adlnet.gov/expapi/verbs/" + verb }.count }
        let attempts = try store.learners(inCohort: "7B").flatMap { try store.attempts(ofLearner: $0.code) }
        #expect(count("attempted") == attempts.count)
        #expect(count("completed") == attempts.filter(\.isFinished).count)
        #expect(Set(statements.compactMap { $0["id"] as? String }).count == statements.count)
        let homePages = Set(statements.compactMap { (($0["actor"] as? [String: Any])?["account"] as? [String: Any])?["homePage"] as? String })
        #expect(homePages == ["https://lms.example.org"])
    }

    @Test func aSinkThatCannotWriteSaysWhere() throws {
        let descriptor = open("/dev/null", O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let sink = ExportSink(descriptor: descriptor, destination: "cohort.json")
        sink.append("{}")
        let failure = #expect(throws: ExportSink.Failure.self) { try sink.flush() }
        #expect(failure?.description.hasPrefix("cannot write to cohort.json: ") == true)
    }
}
