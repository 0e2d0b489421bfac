import Foundation
import GRDB

/// A learning record store that statements are pushed to, and the home page its
/// statements name (fixed at the first push: the same id with another home page would be
/// another statement).
public struct LRSEndpoint: Sendable, Hashable {
    public var id: Int64
    public var url: String
    public var homePage: String
    public var createdAt: Date

    /// `id` -1: one not recorded (a dry run's).
    public init(id: Int64, url: String, homePage: String, createdAt: Date) {
        self.id = id
        self.url = url
        self.homePage = homePage
        self.createdAt = createdAt
    }
}

/// Where a statement stands in an endpoint's outbox.
public enum OutboxState: String, Sendable, CaseIterable {
    /// Waiting to be sent (again).
    case queued
    /// Accepted by the LRS; the body is no longer kept.
    case sent
    /// The LRS refused it (400, or too large even alone); its message is the last error.
    case rejected
    /// The LRS already holds a different statement with this id (409); never overwritten.
    case conflict
}

/// A statement about an attempt, or the voiding of one that was sent (after an erasure).
public enum OutboxKind: String, Sendable, CaseIterable {
    case statement
    case voiding
}

/// An outbox row's key: a voiding row has the id of the statement it voids.
public struct OutboxKey: Sendable, Hashable {
    public var kind: OutboxKind
    public var statementId: String

    public init(kind: OutboxKind, statementId: String) {
        self.kind = kind
        self.statementId = statementId
    }
}

/// A statement to queue: its id, its JSON, and whose it is (for an erasure).
public struct NewOutboxStatement: Sendable, Hashable {
    public var statementId: String
    public var attemptId: Int64
    public var learnerCode: String?
    public var body: String

    public init(statementId: String, attemptId: Int64, learnerCode: String?, body: String) {
        self.statementId = statementId
        self.attemptId = attemptId
        self.learnerCode = learnerCode
        self.body = body
    }
}

/// A queued row, ready to send. `body` is nil for a voiding row: the pusher writes it.
public struct QueuedStatement: Sendable, Hashable {
    /// Where it stands in the order rows were queued.
    public var sequence: Int64
    public var key: OutboxKey
    public var body: String?
    public var queuedAt: Date
    public var tries: Int
}

/// A statement the LRS refused or holds differently, or one that failed to go, and why.
public struct OutboxProblem: Sendable, Hashable {
    public var key: OutboxKey
    public var state: OutboxState
    public var tries: Int
    public var lastError: String?
}

/// How many rows of an endpoint's outbox are in each kind and state.
public struct OutboxCounts: Sendable, Hashable {
    public var counts: [OutboxKind: [OutboxState: Int]] = [:]

    public func count(_ kind: OutboxKind, _ state: OutboxState) -> Int { counts[kind]?[state] ?? 0 }
    public func total(_ state: OutboxState) -> Int { OutboxKind.allCases.reduce(0) { $0 + count($1, state) } }
}

extension ProgressStore {
    public func lrsEndpoints() throws(StoreError) -> [LRSEndpoint] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM lrsEndpoint ORDER BY id").map(Self.endpoint) }
    }

    public func lrsEndpoint(url: String) throws(StoreError) -> LRSEndpoint? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM lrsEndpoint WHERE url = ?", arguments: [url]).map(Self.endpoint)
        }
    }

    /// The endpoint at `url`, recorded with `homePage` if it is new.
    public func addLRSEndpoint(url: String, homePage: String, at time: Date) throws(StoreError) -> LRSEndpoint {
        try write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO lrsEndpoint (url, homePage, createdAt) VALUES (?, ?, ?)",
                arguments: [url, homePage, time])
            return try Self.endpoint(Row.fetchOne(db, sql: "SELECT * FROM lrsEndpoint WHERE url = ?", arguments: [url])!)
        }
    }

    /// The cohort's finished attempts (`nil`: every cohort's) with nothing in the
    /// endpoint's outbox yet, in id order.
    public func finishedAttemptsNotQueued(ofCohort cohortId: Int64?, endpointId: Int64) throws(StoreError) -> [Int64] {
        try read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT attempt.id FROM attempt
                    WHERE attempt.finishedAt IS NOT NULL AND (\(Self.cohortScope(cohortId)))
                    AND NOT EXISTS (SELECT 1 FROM lrsOutbox o WHERE o.endpointId = ? AND o.attemptId = attempt.id)
                    ORDER BY attempt.id
                    """, arguments: StatementArguments(Self.cohortArguments(cohortId) + [endpointId]))
        }
    }

    /// Queues statements; one already in the outbox (the same id) is left as it is, and so
    /// is one whose attempt is gone (its learner erased since it was made).
    public func enqueue(_ statements: [NewOutboxStatement], endpointId: Int64, at time: Date) throws(StoreError) {
        try write { db in
            let insert = try db.cachedStatement(
                sql: """
                    INSERT OR IGNORE INTO lrsOutbox
                    (endpointId, kind, statementId, attemptId, learnerCode, state, body, queuedAt)
                    SELECT ?, 'statement', ?, ?, ?, 'queued', ?, ? WHERE EXISTS (SELECT 1 FROM attempt WHERE id = ?)
                    """)
            for statement in statements {
                try insert.execute(arguments: [
                    endpointId, statement.statementId, statement.attemptId, statement.learnerCode, statement.body, time,
                    statement.attemptId,
                ])
            }
        }
    }

    /// Notes that rows are about to be posted: from then on an erasure voids them.
    public func markPosted(_ keys: [OutboxKey], endpointId: Int64, at time: Date) throws(StoreError) {
        try update(keys, endpointId: endpointId, sql: "postedAt = coalesce(postedAt, ?)", [time])
    }

    /// Puts rows back in the queue as they were (an LRS that refused them all).
    public func requeue(_ keys: [OutboxKey], endpointId: Int64) throws(StoreError) {
        try update(keys, endpointId: endpointId, sql: "state = 'queued', lastError = NULL", [])
    }

    /// Up to `limit` queued rows after `sequence` in the order they were queued: voiding
    /// rows, and the statements of the cohort's attempts (`nil`: all). A push goes on from
    /// the last row it had, so rows of other cohorts are passed over once, not per batch.
    public func queuedStatements(
        endpointId: Int64, ofCohort cohortId: Int64?, after sequence: Int64 = 0, limit: Int
    ) throws(StoreError) -> [QueuedStatement] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, kind, statementId, body, queuedAt, tries FROM lrsOutbox
                    WHERE endpointId = ? AND state = 'queued' AND id > ?
                    AND (kind = 'voiding' OR attemptId IN (SELECT attempt.id FROM attempt WHERE \(Self.cohortScope(cohortId))))
                    ORDER BY id LIMIT ?
                    """,
                arguments: StatementArguments([endpointId, sequence] + Self.cohortArguments(cohortId) + [limit])
            ).map { row in
                QueuedStatement(
                    sequence: row["id"], key: try Self.key(row), body: row["body"], queuedAt: row["queuedAt"],
                    tries: row["tries"])
            }
        }
    }

    /// How many rows `queuedStatements` would go through in all.
    public func queuedCount(endpointId: Int64, ofCohort cohortId: Int64?) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM lrsOutbox WHERE endpointId = ? AND state = 'queued'
                    AND (kind = 'voiding' OR attemptId IN (SELECT attempt.id FROM attempt WHERE \(Self.cohortScope(cohortId))))
                    """, arguments: StatementArguments([endpointId] + Self.cohortArguments(cohortId))) ?? 0
        }
    }

    /// Marks rows as accepted and lets their bodies go. A statement erased while it was
    /// on its way (its row gone) gets a voiding row instead, so the erasure still reaches the LRS.
    public func markSent(_ keys: [OutboxKey], endpointId: Int64, at time: Date) throws(StoreError) {
        try write { db in
            for key in keys {
                try db.execute(
                    sql: """
                        UPDATE lrsOutbox SET state = 'sent', body = NULL, lastError = NULL, sentAt = ?
                        WHERE endpointId = ? AND kind = ? AND statementId = ?
                        """, arguments: [time, endpointId, key.kind.rawValue, key.statementId])
                if db.changesCount == 0 && key.kind == .statement {
                    try Self.queueVoiding(of: key.statementId, endpointId: endpointId, at: time, db)
                }
            }
        }
    }

    /// Marks rows the LRS refused (`.rejected`) or holds differently (`.conflict`), with its message.
    public func markRefused(_ keys: [OutboxKey], as state: OutboxState, error: String, endpointId: Int64)
        throws(StoreError)
    {
        try update(keys, endpointId: endpointId, sql: "state = ?, tries = tries + 1, lastError = ?", [state.rawValue, error])
    }

    /// Counts a failed try (the LRS unreachable or busy); the rows stay queued. The LRS may
    /// have stored the batch all the same: a statement erased while it was on its way gets
    /// a voiding row, as in `markSent`.
    public func recordFailedTry(_ keys: [OutboxKey], error: String, endpointId: Int64, at time: Date)
        throws(StoreError)
    {
        try write { db in
            for key in keys {
                try db.execute(
                    sql: """
                        UPDATE lrsOutbox SET tries = tries + 1, lastError = ?
                        WHERE endpointId = ? AND kind = ? AND statementId = ?
                        """, arguments: [error, endpointId, key.kind.rawValue, key.statementId])
                if db.changesCount == 0 && key.kind == .statement {
                    try Self.queueVoiding(of: key.statementId, endpointId: endpointId, at: time, db)
                }
            }
        }
    }

    /// Puts refused and conflicting statements back in the queue (`push --retry`).
    public func requeueRefused(endpointId: Int64) throws(StoreError) -> Int {
        try write { db in
            try db.execute(
                sql: "UPDATE lrsOutbox SET state = 'queued' WHERE endpointId = ? AND state IN ('rejected', 'conflict')",
                arguments: [endpointId])
            return db.changesCount
        }
    }

    public func outboxCounts(endpointId: Int64) throws(StoreError) -> OutboxCounts {
        try read { db in
            var counts = OutboxCounts()
            let rows = try Row.fetchAll(
                db, sql: "SELECT kind, state, count(*) FROM lrsOutbox WHERE endpointId = ? GROUP BY kind, state",
                arguments: [endpointId])
            for row in rows {
                let kind = try decoded(row[0] as String, as: OutboxKind.self, column: "lrsOutbox.kind", path: path)
                let state = try decoded(row[1] as String, as: OutboxState.self, column: "lrsOutbox.state", path: path)
                counts.counts[kind, default: [:]][state] = row[2]
            }
            return counts
        }
    }

    /// Rows refused, in conflict, or queued after a failed try, with why: at most `limit`.
    public func outboxProblems(endpointId: Int64, limit: Int) throws(StoreError) -> [OutboxProblem] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT kind, statementId, state, tries, lastError FROM lrsOutbox
                    WHERE endpointId = ? AND (state IN ('rejected', 'conflict') OR lastError IS NOT NULL)
                    ORDER BY id LIMIT ?
                    """, arguments: [endpointId, limit]
            ).map { row in
                OutboxProblem(
                    key: try Self.key(row),
                    state: try decoded(row["state"] as String, as: OutboxState.self, column: "lrsOutbox.state", path: path),
                    tries: row["tries"], lastError: row["lastError"])
            }
        }
    }

    /// Part of an erasure: each of the learner's statements that an LRS may hold (sent, in
    /// conflict there, or posted without an answer: lost, given up on, or on its way) gets a
    /// voiding row; then the learner's rows go. Returns the number of voiding rows queued.
    static func queueVoiding(ofLearner code: String, at time: Date, _ db: Database) throws -> Int {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO lrsOutbox (endpointId, kind, statementId, state, queuedAt)
                SELECT endpointId, 'voiding', statementId, 'queued', ? FROM lrsOutbox
                WHERE learnerCode = ? AND kind = 'statement'
                AND (state IN ('sent', 'conflict') OR (state = 'queued' AND postedAt IS NOT NULL))
                """, arguments: [time, code])
        let queued = db.changesCount
        try db.execute(sql: "DELETE FROM lrsOutbox WHERE learnerCode = ?", arguments: [code])
        return queued
    }

    private static func queueVoiding(of statementId: String, endpointId: Int64, at time: Date, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO lrsOutbox (endpointId, kind, statementId, state, queuedAt)
                VALUES (?, 'voiding', ?, 'queued', ?)
                """, arguments: [endpointId, statementId, time])
    }

    private func update(
        _ keys: [OutboxKey], endpointId: Int64, sql assignments: String, _ values: [any DatabaseValueConvertible]
    ) throws(StoreError) {
        try write { db in
            let statement = try db.cachedStatement(
                sql: "UPDATE lrsOutbox SET \(assignments) WHERE endpointId = ? AND kind = ? AND statementId = ?")
            for key in keys {
                try statement.execute(
                    arguments: StatementArguments(values + [endpointId, key.kind.rawValue, key.statementId]))
            }
        }
    }

    /// Attempts of one cohort (`cohortFilter`), or of every cohort.
    private static func cohortScope(_ cohortId: Int64?) -> String {
        cohortId == nil ? "attempt.cohortId IS NOT NULL OR attempt.learnerCode IN (SELECT learnerCode FROM enrolment)" : cohortFilter
    }

    private static func cohortArguments(_ cohortId: Int64?) -> [any DatabaseValueConvertible] {
        cohortId.map { [$0, $0] } ?? []
    }

    private static func endpoint(_ row: Row) -> LRSEndpoint {
        LRSEndpoint(id: row["id"], url: row["url"], homePage: row["homePage"], createdAt: row["createdAt"])
    }

    private static func key(_ row: Row) throws -> OutboxKey {
        guard let kind = OutboxKind(rawValue: row["kind"]) else {
            throw StoreError.invalid("the outbox holds a row of unknown kind \(row["kind"] as String? ?? "null")")
        }
        return OutboxKey(kind: kind, statementId: row["statementId"])
    }
}
