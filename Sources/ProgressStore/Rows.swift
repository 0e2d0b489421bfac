import Foundation
import GRDB
import LessonEngine
import LessonPack

/// How each record is kept in its table. Rows are read through an explicit column list
/// (`columns`), by position in that list, so the table's own column order never matters;
/// `StoreSchemaTests` checks that each list names every column of its table.
protocol StoredRecord {
    static var table: String { get }
    /// Every column of the table, in the order `init(row:from:path:)` reads them.
    static var columns: [String] { get }
    /// Reads the record from `row`, whose columns `offset...` are `columns` in order.
    init(row: Row, from offset: Int, path: String) throws
}

extension StoredRecord {
    /// `alias.a, alias.b, …`: the columns to SELECT for `init(row:from:path:)`.
    static func selection(_ alias: String? = nil) -> String {
        let prefix = alias.map { $0 + "." } ?? ""
        return columns.map { prefix + $0 }.joined(separator: ", ")
    }

    static func fetchAll(_ db: Database, path: String, where condition: String = "1", arguments: StatementArguments = [])
        throws -> [Self]
    {
        try Row.fetchAll(db, sql: "SELECT \(selection()) FROM \(table) WHERE \(condition)", arguments: arguments)
            .map { try Self(row: $0, from: 0, path: path) }
    }

    static func fetchOne(_ db: Database, path: String, where condition: String, arguments: StatementArguments) throws
        -> Self?
    {
        try Row.fetchOne(db, sql: "SELECT \(selection()) FROM \(table) WHERE \(condition) LIMIT 1", arguments: arguments)
            .map { try Self(row: $0, from: 0, path: path) }
    }

    /// Inserts `values` into `columns` of the table.
    static func insert(_ db: Database, _ columns: [String], _ values: [(any DatabaseValueConvertible)?]) throws {
        try insert(db, sql: insertSQL(columns), values)
    }

    /// `INSERT INTO table (a, b) VALUES (?, ?)`: worked out once per table by the records
    /// written by the thousand (`static let`), and run as a cached statement.
    static func insertSQL(_ columns: [String]) -> String {
        let placeholders = columns.map { _ in "?" }.joined(separator: ", ")
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
    }

    /// Runs `sql` (an INSERT of as many values) as a statement prepared once per connection.
    static func insert(_ db: Database, sql: String, _ values: [(any DatabaseValueConvertible)?]) throws {
        let statement = try db.cachedStatement(sql: sql)
        statement.setUncheckedArguments(StatementArguments(values))
        try statement.execute()
    }
}

/// A stored value that is not one of its enum's cases: the store was changed behind its back.
func decoded<Value: RawRepresentable>(_ raw: Value.RawValue, as type: Value.Type, column: String, path: String) throws
    -> Value
{
    guard let value = Value(rawValue: raw) else {
        throw StoreError.corrupt(path: path, detail: "\(column) holds '\(raw)', which this Oberih does not know")
    }
    return value
}

extension Cohort: StoredRecord {
    static let table = "cohort"
    static let columns = ["id", "name", "organisation", "createdAt"]

    init(row: Row, from offset: Int, path: String) {
        self.init(id: row[offset], name: row[offset + 1], organisation: row[offset + 2], createdAt: row[offset + 3])
    }
}

extension LearnerRecord: StoredRecord {
    static let table = "learner"
    static let columns = ["code", "age", "ageBand", "language", "country", "nickname", "createdAt"]

    init(row: Row, from offset: Int, path: String) {
        self.init(
            code: row[offset], age: row[offset + 1], ageBand: row[offset + 2], language: row[offset + 3],
            country: row[offset + 4], nickname: row[offset + 5], createdAt: row[offset + 6])
    }

    func insert(_ db: Database) throws {
        try Self.insert(db, Self.columns, [code, age, ageBand, language, country, nickname, createdAt])
    }
}

extension Attempt: StoredRecord {
    static let table = "attempt"
    static let columns = [
        "id", "learnerCode", "cohortId", "packId", "packVersion", "packSHA256", "lessonId", "mode", "seed",
        "startedAt", "finishedAt", "registration",
    ]

    init(row: Row, from offset: Int, path: String) throws {
        let owner: AttemptOwner
        if let code: String = row[offset + 1] {
            owner = .learner(code: code)
        } else if let cohortId: Int64 = row[offset + 2] {
            owner = .group(cohortId: cohortId)
        } else {
            throw StoreError.corrupt(path: path, detail: "attempt \(row[offset] as Int64) has neither a learner nor a cohort")
        }
        self.init(
            id: row[offset], owner: owner, packId: row[offset + 3], packVersion: row[offset + 4],
            packSHA256: row[offset + 5], lessonId: row[offset + 6],
            mode: try decoded(row[offset + 7], as: SessionMode.self, column: "attempt.mode", path: path),
            // SQLite integers are signed: the seed is kept as its bit pattern.
            seed: UInt64(bitPattern: row[offset + 8]), startedAt: row[offset + 9], finishedAt: row[offset + 10],
            registration: row[offset + 11])
    }

    /// Every column but the id.
    private static let insertWithoutIdSQL = insertSQL(Array(columns.dropFirst()))

    /// Inserts the attempt's row without its id; returns the id SQLite gave it.
    static func insert(_ new: NewAttempt, _ db: Database) throws -> Int64 {
        try insert(
            db, sql: insertWithoutIdSQL,
            [
                new.owner.learnerCode, new.owner.cohortId, new.start.packId, new.start.packVersion, new.packSHA256,
                new.start.lessonId, new.start.mode.rawValue, Int64(bitPattern: new.start.seed),
                StoredDate.value(new.startedAt), StoredDate.value(new.finishedAt), nil,
            ])
        return db.lastInsertedRowID
    }
}

extension AttemptOwner {
    var learnerCode: String? {
        if case .learner(let code) = self { return code }
        return nil
    }

    var cohortId: Int64? {
        if case .group(let cohortId) = self { return cohortId }
        return nil
    }
}

extension AttemptResultRecord: StoredRecord {
    static let table = "attemptResult"
    static let columns = [
        "attemptId", "rawPoints", "maximumPoints", "scaled", "passed", "isComplete", "timeSpent", "skipped", "objectives",
    ]

    init(row: Row, from offset: Int, path: String) {
        self.init(
            attemptId: row[offset], rawPoints: row[offset + 1], maximumPoints: row[offset + 2], scaled: row[offset + 3],
            passed: row[offset + 4], isComplete: row[offset + 5], timeSpent: row[offset + 6], skipped: row[offset + 7],
            objectives: row[offset + 8])
    }

    private static let insertAllSQL = insertSQL(columns)

    func insert(_ db: Database) throws {
        try Self.insert(
            db, sql: Self.insertAllSQL,
            [attemptId, rawPoints, maximumPoints, scaled, passed, isComplete, timeSpent, skipped, objectives])
    }
}

extension StepResultRecord: StoredRecord {
    static let table = "stepResult"
    static let columns = [
        "attemptId", "position", "stepId", "kind", "status", "verdict", "pointsEarned", "pointsMaximum", "attempts",
        "hintsShown", "timeSpent", "lastActivityAt", "response", "tally", "scenarioPath", "scenarioEnding",
    ]

    init(row: Row, from offset: Int, path: String) throws {
        let verdict: String? = row[offset + 5]
        self.init(
            attemptId: row[offset], position: row[offset + 1], stepId: row[offset + 2],
            kind: try decoded(row[offset + 3], as: StepKind.self, column: "stepResult.kind", path: path),
            status: try decoded(row[offset + 4], as: StepRecord.Status.self, column: "stepResult.status", path: path),
            verdict: try verdict.map { try decoded($0, as: Verdict.self, column: "stepResult.verdict", path: path) },
            pointsEarned: row[offset + 6], pointsMaximum: row[offset + 7], attempts: row[offset + 8],
            hintsShown: row[offset + 9], timeSpent: row[offset + 10], lastActivityAt: row[offset + 11],
            response: row[offset + 12], tally: row[offset + 13], scenarioPath: row[offset + 14],
            scenarioEnding: row[offset + 15])
    }

    private static let insertAllSQL = insertSQL(columns)

    func insert(_ db: Database) throws {
        try Self.insert(
            db, sql: Self.insertAllSQL,
            [
                attemptId, position, stepId, kind.rawValue, status.rawValue, verdict?.rawValue, pointsEarned,
                pointsMaximum, attempts, hintsShown, timeSpent, StoredDate.value(lastActivityAt), response, tally,
                scenarioPath, scenarioEnding,
            ])
    }
}

/// One engine event of an attempt, as JSON, in the order it happened. Never updated.
enum EventRow {
    static let table = "event"
    static let columns = ["attemptId", "sequence", "at", "event"]

    static func insert(_ event: TimedEvent, attemptId: Int64, sequence: Int, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO event (attemptId, sequence, at, event) VALUES (?, ?, ?, ?)")
        statement.setUncheckedArguments(
            [attemptId, sequence, StoredDate.value(event.at), try ProgressStore.encode(event.event)])
        try statement.execute()
    }
}

/// A learner's place in a cohort.
enum EnrolmentRow {
    static let table = "enrolment"
    static let columns = ["learnerCode", "cohortId", "enrolledAt"]
}
