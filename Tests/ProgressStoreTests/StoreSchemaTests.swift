import Foundation
import GRDB
import LessonEngine
import Testing

@testable import ProgressStore

/// The store reads rows by position in its own column lists; these tests make sure each
/// list names every column of its table, so a new column (or a reordered migration) can
/// never shift what is read. In memory.
@Suite struct StoreSchemaTests {
    static func tableColumns(_ table: String) throws -> Set<String> {
        let store = try ProgressStore.makeInMemory()
        return try store.writer.read { db in Set(try db.columns(in: table).map(\.name)) }
    }

    @Test(arguments: [
        (Cohort.table, Cohort.columns), (LearnerRecord.table, LearnerRecord.columns), (Attempt.table, Attempt.columns),
        (AttemptResultRecord.table, AttemptResultRecord.columns), (StepResultRecord.table, StepResultRecord.columns),
        (EventRow.table, EventRow.columns), (EnrolmentRow.table, EnrolmentRow.columns),
    ])
    func everyColumnOfTheTableIsRead(table: String, columns: [String]) throws {
        #expect(Set(columns) == (try Self.tableColumns(table)), "\(table)")
        #expect(Set(columns).count == columns.count, "\(table) names a column twice")
    }

    @Test func aValueOutsideItsEnumIsReportedAsDamageNotMisread() throws {
        let store = try ProgressStore.makeInMemory()
        _ = try store.createCohort(name: "7B", organisation: nil, at: StoreFixtures.epoch)
        var generator = StoreFixtures.generator
        let code = try store.addLearners(
            ages: [13], cohortName: "7B", ageBand: nil, language: "en", country: nil, at: StoreFixtures.epoch,
            generator: &generator)[0].code
        let attempt = try store.startAttempt(
            owner: .learner(code: code), packSHA256: StoreFixtures.packSHA256, startedEvent: StoreFixtures.startedEvent())
        try store.writer.write { db in try db.execute(sql: "UPDATE attempt SET mode = 'solo'") }
        #expect(throws: StoreError.corrupt(path: ":memory:", detail: "attempt.mode holds 'solo', which this Oberih does not know")) {
            _ = try store.attempt(attempt.id)
        }
    }

    @Test func anAttemptKeepsItsOwnerModeAndFullSeed() throws {
        let store = try ProgressStore.makeInMemory()
        let cohort = try store.createCohort(name: "7B", organisation: nil, at: StoreFixtures.epoch)
        // A seed above Int64.max is kept as its bit pattern and read back whole.
        let start = SessionStart(
            packId: "test-pack", packVersion: "1.0.0", lessonId: "lesson-1", learner: Learner(age: 14, language: "en"),
            language: "en", mode: .group, seed: UInt64.max - 1, ageOverride: nil)
        let started = try store.startAttempt(
            owner: .group(cohortId: cohort.id), packSHA256: StoreFixtures.packSHA256,
            startedEvent: TimedEvent(.started(start), at: StoreFixtures.epoch))
        let read = try store.attempt(started.id)
        #expect(read == started)
        #expect(read.owner == .group(cohortId: cohort.id) && read.cohortId == cohort.id && read.learnerCode == nil)
        #expect(read.mode == .group && read.seed == UInt64.max - 1)
        #expect(try store.groupAttempts(ofCohort: cohort.id) == [started])
    }
}
