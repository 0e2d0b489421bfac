import Foundation
import LessonEngine
import ProgressStore
import Sessions
import TestSupport
import Testing

@testable import CohortExport
@testable import ProgressStore

/// Bundles (`export --format bundle`, `import`) between stores in memory: what a round
/// trip keeps, what merging again, from two laptops or after playing on changes, and what
/// a damaged or foreign file changes (nothing).
@Suite struct BundleTests {
    static let exportedAt = Date(timeIntervalSince1970: 1_800_000_000)

    /// The bundle of `cohort` in `store`, written to a file in `folder`.
    static func bundle(of store: ProgressStore, cohort: String = "7B", in folder: URL, named name: String = "7B.bundle")
        throws -> String
    {
        let path = folder.appendingPathComponent(name).path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let sink = ExportSink(descriptor: descriptor, destination: path)
        try BundleExport.write(
            store: store, cohort: try store.cohort(named: cohort), oberihVersion: "test", exportedAt: exportedAt, to: sink)
        try sink.flush()
        return path
    }

    @discardableResult
    static func merge(_ path: String, into store: ProgressStore, dryRun: Bool = false) throws -> BundleMerge {
        try store.merge(bundle: try BundleFile(path: path).records(), dryRun: dryRun)
    }

    static func json(_ store: ProgressStore, cohort: String = "7B") throws -> String {
        try ExportTests.written { try JSONExport.write(try ExportTests.context(store, cohort: cohort), to: $0) }
    }

    static func xapi(_ store: ProgressStore, cohort: String = "7B") throws -> String {
        try ExportTests.written {
            try XAPIExport.write(try ExportTests.context(store, cohort: cohort), homePage: "https://lms.example.org", to: $0)
        }
    }

    /// The JSON export without row ids (an attempt's `id`, and `attempt` where a pre/post
    /// pair refers to one), for comparing two stores.
    static func withoutRowIds(_ text: String) throws -> NSDictionary {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !["id", "attempt"].contains($0.key) || !($0.value is NSNumber) }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        return try #require(strip(try JSONSerialization.jsonObject(with: Data(text.utf8))) as? NSDictionary)
    }

    /// Every row count of the store, to tell whether anything changed.
    static func rowCounts(_ store: ProgressStore) throws -> [String: Int] {
        try store.writer.read { db in
            var counts: [String: Int] = [:]
            for table in ["cohort", "learner", "enrolment", "attempt", "event", "attemptResult", "stepResult", "openVote", "packFile"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")
            }
            return counts
        }
    }

    /// The bundle's lines with `change` applied to them, and the last line's checksum made
    /// to match again: a bundle whose records, not its bytes, are wrong.
    static func resealed(_ path: String, _ change: (inout [String]) -> Void) throws -> String {
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.removeLast()
        change(&lines)
        let body = lines.map { $0 + "\n" }.joined()
        let end = "{\"end\":{\"records\":\(lines.count - 1),\"sha256\":\"\(SHA256.hex(of: Array(body.utf8)))\"}}\n"
        let changed = path + ".changed"
        try (body + end).write(toFile: changed, atomically: true, encoding: .utf8)
        return changed
    }

    /// A store with a simulated cohort 7B and a group session of it.
    static func classroom(learners: Int = 4, seed: UInt64 = 3) throws -> ProgressStore {
        let store = try CohortFixture.simulated(learners: learners, seed: seed)
        try GroupFixture.lead("unkind-online", in: store, at: Date(timeIntervalSince1970: 1_790_000_000))
        return store
    }

    @Test func aRoundTripKeepsEveryRecordAndTheStatementIds() throws {
        try TemporaryFolder.with { folder in
            let laptop = try Self.classroom()
            let trainer = try ProgressStore.makeInMemory()
            // Another cohort first, so the imported attempts get other row ids than on the laptop.
            try CohortFixture.add(learners: 2, to: trainer, cohort: "8A", seed: 5)
            let merge = try Self.merge(try Self.bundle(of: laptop, in: folder), into: trainer)
            #expect(merge.cohortCreated && merge.learnersAdded == 4 && !merge.hasConflicts)
            #expect(merge.attemptsAdded == (try Self.rowCounts(laptop))["attempt"])
            #expect(try trainer.packFile(sha256: CohortFixture.packSHA256) != nil)
            let laptopIds = try laptop.learners(inCohort: "7B").flatMap { try laptop.attempts(ofLearner: $0.code) }.map(\.id)
            let trainerIds = try trainer.learners(inCohort: "7B").flatMap { try trainer.attempts(ofLearner: $0.code) }.map(\.id)
            #expect(laptopIds != trainerIds, "the row ids differ, so the ids below must come from the registrations")
            #expect(try Self.withoutRowIds(try Self.json(trainer)) == (try Self.withoutRowIds(try Self.json(laptop))))
            #expect(try Self.xapi(trainer) == (try Self.xapi(laptop)), "the same statements with the same ids")
            #expect(try trainer.groupAttempts(ofCohort: try trainer.cohort(named: "7B").id).count == 1)
        }
    }

    @Test func importingTheSameBundleAgainChangesNothing() throws {
        try TemporaryFolder.with { folder in
            let path = try Self.bundle(of: try Self.classroom(), in: folder)
            let trainer = try ProgressStore.makeInMemory()
            let first = try Self.merge(path, into: trainer)
            #expect(!first.isNothingNew)
            let counts = try Self.rowCounts(trainer)
            let again = try Self.merge(path, into: trainer)
            #expect(again.isNothingNew && again.eventsAdded == 0 && again.attemptsUnchanged == first.attemptsAdded)
            #expect(try Self.rowCounts(trainer) == counts)
            // The bundle of the merged store, merged back, is nothing new either.
            let back = try Self.merge(try Self.bundle(of: trainer, in: folder, named: "back.bundle"), into: trainer)
            #expect(back.isNothingNew && !back.hasConflicts)
        }
    }

    @Test func aDryRunReportsWhatWouldChangeAndWritesNothing() throws {
        try TemporaryFolder.with { folder in
            let path = try Self.bundle(of: try Self.classroom(), in: folder)
            let trainer = try ProgressStore.makeInMemory()
            let counts = try Self.rowCounts(trainer)
            let dry = try Self.merge(path, into: trainer, dryRun: true)
            #expect(try Self.rowCounts(trainer) == counts)
            let real = try Self.merge(path, into: trainer)
            #expect(dry == real)
        }
    }

    @Test func twoLaptopsMergeIntoTheUnion() throws {
        try TemporaryFolder.with { folder in
            let first = try CohortFixture.simulated(learners: 3, seed: 3)
            let second = try CohortFixture.simulated(learners: 4, seed: 9)
            let trainer = try ProgressStore.makeInMemory()
            try Self.merge(try Self.bundle(of: first, in: folder, named: "1.bundle"), into: trainer)
            let merge = try Self.merge(try Self.bundle(of: second, in: folder, named: "2.bundle"), into: trainer)
            #expect(!merge.cohortCreated && merge.learnersAdded == 4 && !merge.hasConflicts)
            let codes = Set(try first.learners(inCohort: "7B").map(\.code) + second.learners(inCohort: "7B").map(\.code))
            #expect(codes.count == 7)
            #expect(Set(try trainer.learners(inCohort: "7B").map(\.code)) == codes)
            let attempts = (try Self.rowCounts(first))["attempt"]! + (try Self.rowCounts(second))["attempt"]!
            #expect((try Self.rowCounts(trainer))["attempt"] == attempts)
        }
    }

    @Test func aLearnerCodeHeldByAnotherLearnerKeepsBothAndReportsTheNewCode() throws {
        try TemporaryFolder.with { folder in
            let laptop = try CohortFixture.simulated(learners: 2)
            let code = try laptop.learners(inCohort: "7B")[0].code
            let attempts = try laptop.attempts(ofLearner: code).count
            let trainer = try ProgressStore.makeInMemory()
            try trainer.writer.write { db in
                try db.execute(
                    sql: "INSERT INTO learner (code, age, language, createdAt) VALUES (?, 17, 'uk', '2020-01-01 00:00:00.000')",
                    arguments: [code])
            }
            let path = try Self.bundle(of: laptop, in: folder)
            let merge = try Self.merge(path, into: trainer)
            let change = try #require(merge.learnerCodeChanges.first)
            #expect(merge.learnerCodeChanges.count == 1 && change.bundleCode == code && change.isNew)
            #expect(change.storeCode != code && LearnerCodes.normalised(change.storeCode) == change.storeCode)
            let local = try trainer.learner(code)
            #expect(local.age == 17 && local.language == "uk", "the learner here is left as they were")
            #expect(try trainer.attempts(ofLearner: code).isEmpty)
            #expect(try trainer.attempts(ofLearner: change.storeCode).count == attempts)
            #expect(try trainer.learners(inCohort: "7B").map(\.code).contains(change.storeCode))
            // Again: the same new code, nothing added.
            let again = try Self.merge(path, into: trainer)
            #expect(again.isNothingNew)
            #expect(again.learnerCodeChanges == [.init(bundleCode: code, storeCode: change.storeCode, isNew: false)])
        }
    }

    /// A learner's unfinished attempt on `store`, with `events` events after its start.
    static func unfinishedAttempt(in store: ProgressStore, events: Int) throws -> Attempt {
        let code = try store.learners(inCohort: "7B")[0].code
        let start = SessionStart(
            packId: "test-pack", packVersion: "1.0.0", lessonId: "lesson-1", learner: Learner(age: 14, language: "en"),
            language: "en", mode: .individual, seed: 42, ageOverride: nil)
        let attempt = try store.startAttempt(
            owner: .learner(code: code), packSHA256: String(repeating: "a", count: 64),
            startedEvent: TimedEvent(.started(start), at: exportedAt))
        try play(attempt, in: store, from: 1, count: events)
        return attempt
    }

    static func play(_ attempt: Attempt, in store: ProgressStore, from sequence: Int, count: Int, step: String = "step")
        throws
    {
        for index in sequence..<sequence + count {
            try store.append(
                TimedEvent(.answered(stepId: "\(step)-\(index)", answer: .likert(index % 5 + 1)), at: exportedAt + Double(index)),
                toAttempt: attempt.id, sequence: index)
        }
    }

    @Test func anAttemptPlayedOnSinceTheLastImportIsExtended() throws {
        try TemporaryFolder.with { folder in
            let laptop = try CohortFixture.simulated(learners: 2)
            let attempt = try Self.unfinishedAttempt(in: laptop, events: 2)
            let trainer = try ProgressStore.makeInMemory()
            try Self.merge(try Self.bundle(of: laptop, in: folder, named: "monday.bundle"), into: trainer)
            try Self.play(attempt, in: laptop, from: 3, count: 3)
            let merge = try Self.merge(try Self.bundle(of: laptop, in: folder, named: "tuesday.bundle"), into: trainer)
            #expect(merge.attemptsExtended == 1 && merge.eventsAdded == 3 && merge.attemptsAdded == 0 && !merge.hasConflicts)
            let here = try #require(
                try trainer.attempts(ofLearner: attempt.learnerCode!).first { $0.registration == attempt.registrationUUID })
            #expect(try trainer.events(ofAttempt: here.id) == (try laptop.events(ofAttempt: attempt.id)))
        }
    }

    @Test func anAttemptThatWentAnotherWayIsKeptTwiceAndReported() throws {
        try TemporaryFolder.with { folder in
            let laptop = try CohortFixture.simulated(learners: 2)
            let attempt = try Self.unfinishedAttempt(in: laptop, events: 2)
            let trainer = try ProgressStore.makeInMemory()
            try Self.merge(try Self.bundle(of: laptop, in: folder, named: "monday.bundle"), into: trainer)
            let here = try #require(
                try trainer.attempts(ofLearner: attempt.learnerCode!).first { $0.registration == attempt.registrationUUID })
            try Self.play(here, in: trainer, from: 3, count: 1, step: "trainer")
            try Self.play(attempt, in: laptop, from: 3, count: 2, step: "laptop")
            let path = try Self.bundle(of: laptop, in: folder, named: "tuesday.bundle")
            let merge = try Self.merge(path, into: trainer)
            let conflict = try #require(merge.attemptConflicts.first)
            #expect(merge.attemptConflicts.count == 1 && conflict.isNew && conflict.registration == attempt.registrationUUID)
            #expect(conflict.keptAs != conflict.registration && merge.attemptsAdded == 1)
            #expect(try trainer.events(ofAttempt: here.id).count == 4, "the store's own is left as it was")
            let copy = try #require(try trainer.attempts(ofLearner: attempt.learnerCode!).first { $0.registration == conflict.keptAs })
            #expect(try trainer.events(ofAttempt: copy.id) == (try laptop.events(ofAttempt: attempt.id)))
            let again = try Self.merge(path, into: trainer)
            #expect(again.isNothingNew && again.attemptConflicts.map(\.isNew) == [false])
        }
    }

    /// Merging `path` into a store that holds a cohort fails with `expected`, and changes nothing.
    static func expectRefused(_ path: String, _ expected: BundleError, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let trainer = try CohortFixture.simulated(learners: 1, cohort: "8A", seed: 5)
        let counts = try rowCounts(trainer)
        #expect(throws: expected, sourceLocation: sourceLocation) { try merge(path, into: trainer) }
        #expect(try rowCounts(trainer) == counts, sourceLocation: sourceLocation)
    }

    @Test func aDamagedOrForeignBundleChangesNothingAndSaysWhy() throws {
        try TemporaryFolder.with { folder in
            let path = try Self.bundle(of: try Self.classroom(), in: folder)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))

            let truncated = path + ".truncated"
            try bytes.prefix(bytes.count * 2 / 3).write(to: URL(fileURLWithPath: truncated))
            try Self.expectRefused(truncated, .truncated(path: truncated))

            var flippedBytes = bytes
            let middle = flippedBytes.count / 2
            flippedBytes[middle] = flippedBytes[middle] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            let flipped = path + ".flipped"
            try flippedBytes.write(to: URL(fileURLWithPath: flipped))
            try Self.expectRefused(flipped, .damaged(path: flipped))
            #expect(BundleError.damaged(path: flipped).description.contains("the file is damaged or was changed; nothing was imported. Copy it again from the device"))

            let newer = try Self.resealed(path) { lines in
                lines[0] = lines[0].replacingOccurrences(of: "\"formatVersion\":1", with: "\"formatVersion\":2")
            }
            try Self.expectRefused(newer, .newerFormat(path: newer, version: 2))
            #expect(BundleError.newerFormat(path: newer, version: 2).description.contains("Update Oberih"))

            let malformed = try Self.resealed(path) { lines in lines[3] = "{\"learner\": {\"code\": " }
            try Self.expectRefused(malformed, .malformed(path: malformed, line: 4, detail: "not JSON"))

            let foreign = folder.appendingPathComponent("notes.txt").path
            try "{\"kind\":\"something else\"}\n".write(toFile: foreign, atomically: true, encoding: .utf8)
            try Self.expectRefused(foreign, .notABundle(path: foreign))
        }
    }

    @Test func recordsThatDoNotFitTogetherChangeNothing() throws {
        try TemporaryFolder.with { folder in
            let path = try Self.bundle(of: try Self.classroom(), in: folder)
            // Without its first learner, that learner's attempts are of no one in the bundle; the
            // learners merged before the attempt is read are rolled back with the rest.
            let orphaned = try Self.resealed(path) { lines in
                let first = lines.firstIndex { $0.hasPrefix("{\"learner\"") }!
                lines.remove(at: first)
            }
            let trainer = try CohortFixture.simulated(learners: 1, cohort: "8A", seed: 5)
            let counts = try Self.rowCounts(trainer)
            #expect(throws: BundleMismatch.self) { try Self.merge(orphaned, into: trainer) }
            #expect(try Self.rowCounts(trainer) == counts)
        }
    }

    /// A bundle changed by hand (and sealed again) cannot move a learner to another age's
    /// lessons or put control characters in the store.
    @Test func aLearnerOrAttemptNoLearnerAddWouldTakeIsRefused() throws {
        try TemporaryFolder.with { folder in
            let path = try Self.bundle(of: try Self.classroom(), in: folder)
            // In the first line starting with the marker: every match of the pattern replaced
            // (a template: `\\` is one backslash, as JSON's escapes need).
            let changes: [(marker: String, pattern: String, template: String, expected: String)] = [
                (#"{"learner""#, #""age":[0-9]+"#, #""age":30"#, "outside Oberih's ages"),
                (#"{"learner""#, #""language":"[^"]*""#, #""language":"en\\u001b[2J""#, "not a language tag"),
                (#"{"attempt""#, #""lessonId":"[^"]*""#, #""lessonId":"x\\u202e""#, "control character or direction mark"),
            ]
            for change in changes {
                let changed = try Self.resealed(path) { lines in
                    let index = lines.firstIndex { $0.hasPrefix(change.marker) }!
                    let pattern = try! NSRegularExpression(pattern: change.pattern)
                    let line = lines[index]
                    lines[index] = pattern.stringByReplacingMatches(
                        in: line, range: NSRange(line.startIndex..., in: line), withTemplate: change.template)
                    #expect(lines[index] != line, "\(change.pattern) matched nothing")
                }
                let trainer = try CohortFixture.simulated(learners: 1, cohort: "8A", seed: 5)
                let counts = try Self.rowCounts(trainer)
                do {
                    try Self.merge(changed, into: trainer)
                    Issue.record("a bundle with \(change.template) was merged")
                } catch let mismatch as BundleMismatch {
                    #expect(mismatch.detail.contains(change.expected), "\(mismatch)")
                }
                #expect(try Self.rowCounts(trainer) == counts)
            }
        }
    }

    @Test func theNicknameNeverLeavesTheMachine() throws {
        try TemporaryFolder.with { folder in
            let laptop = try CohortFixture.simulated(learners: 3)
            try laptop.writer.write { db in try db.execute(sql: "UPDATE learner SET nickname = 'Zoryana Dobryk'") }
            let path = try Self.bundle(of: laptop, in: folder)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.contains("Zoryana") && !text.contains("nickname"))
            #expect(text.contains(try laptop.learners(inCohort: "7B")[0].code), "the learners are in it, by code")
            let trainer = try ProgressStore.makeInMemory()
            try Self.merge(path, into: trainer)
            #expect(try trainer.learners(inCohort: "7B").allSatisfy { $0.nickname == nil })
        }
    }
}
