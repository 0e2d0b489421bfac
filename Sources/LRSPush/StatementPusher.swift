import CohortExport
import Foundation
import ProgressStore

/// Sends an endpoint's queued statements in batches, and records every answer in the
/// outbox as it comes, so that a push stopped at any point (Ctrl-C, kill, network gone)
/// goes on where it was: a batch in flight when it stopped is sent again, which an LRS
/// takes as the same statements (their ids are stable), not new ones.
///
/// The answers, as xAPI 1.0.3 says: 2xx sent; 400 or 409 for a batch: split it until the
/// statement the LRS refuses is found, then mark it rejected (400, or 422 as some LRSs
/// answer a statement they cannot take) or in conflict (409,
/// never overwritten) and go on; 413: halve the batch; 401/403, redirects and other
/// refusals: stop; 408, 429, 5xx and lost connections: wait (Retry-After, else backoff)
/// and try again, up to `RetryPolicy.retries`; no connection at all, or TLS refused: stop
/// at once. A 200 must carry the statements' ids (xAPI's answer to a POST).
public final class StatementPusher {
    public struct Settings: Sendable {
        public var batchSize = 500
        public var retry = RetryPolicy()

        public init() {}
    }

    /// What a push did, and why it stopped early if it did.
    public struct Outcome: Sendable, Hashable {
        public var sent = 0
        public var voided = 0
        public var rejected = 0
        public var conflicts = 0
        /// Nil when the queue was emptied.
        public var stop: Stop?
        /// The batch size when the push ended (smaller than asked after a 413).
        public var batchSize = 0
    }

    /// Why a push stopped with statements still queued.
    public enum Stop: Sendable, Hashable {
        /// 401 or 403: the credentials, or what they may do.
        case notAuthorised(status: Int, message: String)
        /// Another answer that trying again will not change (404: not a statements resource).
        case refused(status: Int, message: String)
        /// No connection could be made.
        case unreachable(String)
        /// The certificate was not trusted, or TLS failed.
        case insecure(String)
        /// A redirect (not followed): the endpoint has moved, or is not the statements resource.
        case redirected(status: Int, location: String?)
        /// 200 with a body that is not the statements' ids: not a statements resource.
        case notStatementsResource(message: String)
        /// Every statement of a batch refused alone, with this answer: the LRS (or something
        /// before it) refuses them all, so they are kept queued rather than marked rejected.
        case refusesEverything(status: Int, message: String)
        /// Still busy, failing or cut off after every retry.
        case gaveUp(String)
        /// The LRS asked to wait longer than `RetryPolicy.longestRetryAfter`.
        case askedToWait(seconds: TimeInterval)
    }

    /// Where a push stands, after each batch.
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
    }

    private let store: ProgressStore
    private let endpoint: LRSEndpoint
    private let cohortId: Int64?
    private let transport: any LRSTransport
    private let settings: Settings
    private let sleep: (TimeInterval) -> Void
    private let random: (ClosedRange<Double>) -> Double
    private let now: () -> Date
    private var outcome = Outcome()
    private var batchSize: Int
    /// The last 400, 413 or 422 that marked a statement rejected.
    private var lastRefusal: LRSReply?

    /// `cohortId`: only that cohort's statements (and every voiding); nil for all.
    public init(
        store: ProgressStore, endpoint: LRSEndpoint, cohortId: Int64?, transport: any LRSTransport,
        settings: Settings = Settings(), sleep: @escaping (TimeInterval) -> Void = { Thread.sleep(forTimeInterval: $0) },
        random: @escaping (ClosedRange<Double>) -> Double = { Double.random(in: $0) }, now: @escaping () -> Date = Date.init
    ) {
        self.store = store
        self.endpoint = endpoint
        self.cohortId = cohortId
        self.transport = transport
        self.settings = settings
        self.sleep = sleep
        self.random = random
        self.now = now
        batchSize = max(1, settings.batchSize)
    }

    /// Sends until the queue is empty or a stop; `progress` is told after every batch.
    public func run(total: Int, progress: (Progress) -> Void = { _ in }) throws(StoreError) -> Outcome {
        outcome = Outcome()
        do throws(Failure) {
            var last: Int64 = 0
            while true {
                var batch: [QueuedStatement] = []
                try recording { () throws(StoreError) in
                    batch = try store.queuedStatements(
                        endpointId: endpoint.id, ofCohort: cohortId, after: last, limit: batchSize)
                }
                guard let end = batch.last?.sequence else { break }
                try sendTopLevel(batch)
                last = end
                progress(Progress(done: outcome.sent + outcome.voided + outcome.rejected + outcome.conflicts, total: total))
            }
        } catch {
            switch error {
            case .stop(let stop): outcome.stop = stop
            case .store(let error): throw error
            }
        }
        outcome.batchSize = batchSize
        return outcome
    }

    private enum Failure: Error {
        case stop(Stop)
        case store(StoreError)
    }

    /// A batch as read from the queue: when splitting it finds every statement refused
    /// alone (a batch of more than one), the statements go back to the queue and the push
    /// stops: an LRS that refuses everything is misconfigured, not given bad statements.
    private func sendTopLevel(_ batch: [QueuedStatement]) throws(Failure) {
        let rejectedBefore = outcome.rejected
        lastRefusal = nil
        try send(batch[...])
        guard batch.count > 1, outcome.rejected - rejectedBefore == batch.count, let refusal = lastRefusal else { return }
        try recording { () throws(StoreError) in try store.requeue(batch.map(\.key), endpointId: endpoint.id) }
        outcome.rejected -= batch.count
        throw .stop(.refusesEverything(status: refusal.status, message: refusal.message))
    }

    private func send(_ batch: ArraySlice<QueuedStatement>) throws(Failure) {
        let reply = try post(batch)
        let keys = batch.map(\.key)
        switch reply.status {
        case 200 where reply.statementIds == nil:
            throw .stop(.notStatementsResource(message: reply.message))
        case 200..<300:
            try recording { () throws(StoreError) in try store.markSent(keys, endpointId: endpoint.id, at: now()) }
            for key in keys {
                if key.kind == .voiding { outcome.voided += 1 } else { outcome.sent += 1 }
            }
        case 400 where batch.count > 1, 409 where batch.count > 1, 413 where batch.count > 1, 422 where batch.count > 1:
            try split(batch, tooLarge: reply.status == 413)
        case 400, 413, 422:
            let why = reply.status == 413 ? "too large for the LRS even alone (413)" : "\(reply.status): \(reply.message)"
            lastRefusal = reply
            try recording { () throws(StoreError) in
                try store.markRefused(keys, as: .rejected, error: why, endpointId: endpoint.id)
            }
            outcome.rejected += 1
        case 409:
            try recording { () throws(StoreError) in
                try store.markRefused(
                    keys, as: .conflict, error: "409: the LRS holds a different statement with this id. \(reply.message)",
                    endpointId: endpoint.id)
            }
            outcome.conflicts += 1
        case 401, 403:
            throw .stop(.notAuthorised(status: reply.status, message: reply.message))
        case 300..<400:
            throw .stop(.redirected(status: reply.status, location: reply.location))
        default:
            throw .stop(.refused(status: reply.status, message: reply.message))
        }
    }

    /// One POST of the batch, tried again while the LRS is busy or the connection drops.
    private func post(_ batch: ArraySlice<QueuedStatement>) throws(Failure) -> LRSReply {
        let body = Data(("[" + batch.map(json).joined(separator: ",") + "]").utf8)
        // From now on the LRS may hold them, whatever comes back: an erasure voids them.
        try recording { () throws(StoreError) in try store.markPosted(batch.map(\.key), endpointId: endpoint.id, at: now()) }
        var retry = 0
        while true {
            let problem: String
            var wait: TimeInterval?
            switch Result(catching: { () throws(TransportFailure) in try transport.postStatements(body) }) {
            case .success(let reply):
                guard [408, 429].contains(reply.status) || (500..<600).contains(reply.status) else { return reply }
                problem = "\(reply.status): \(reply.message)"
                wait = reply.retryAfter
            case .failure(.unreachable(let why)):
                try failedTry(batch, why)
                throw .stop(.unreachable(why))
            case .failure(.insecure(let why)):
                try failedTry(batch, why)
                throw .stop(.insecure(why))
            case .failure(.interrupted(let why)):
                problem = why
            }
            retry += 1
            guard retry <= settings.retry.retries else {
                try failedTry(batch, problem)
                throw .stop(.gaveUp(problem))
            }
            let delay = wait ?? settings.retry.delay(beforeRetry: retry, random: random)
            if delay > settings.retry.longestRetryAfter {
                try failedTry(batch, problem)
                throw .stop(.askedToWait(seconds: delay))
            }
            sleep(delay)
        }
    }

    /// Sends each half on its own, to find the statement refused; after a 413 the
    /// batches stay at the smaller size.
    private func split(_ batch: ArraySlice<QueuedStatement>, tooLarge: Bool) throws(Failure) {
        if tooLarge { batchSize = max(1, batch.count / 2) }
        let middle = batch.startIndex + batch.count / 2
        try send(batch[..<middle])
        try send(batch[middle...])
    }

    private func json(_ queued: QueuedStatement) -> String {
        switch queued.key.kind {
        case .statement: queued.body ?? "null"
        case .voiding: XAPIExport.voiding(queued.key.statementId, homePage: endpoint.homePage, at: queued.queuedAt).json
        }
    }

    private func failedTry(_ batch: ArraySlice<QueuedStatement>, _ why: String) throws(Failure) {
        try recording { () throws(StoreError) in
            try store.recordFailedTry(batch.map(\.key), error: why, endpointId: endpoint.id, at: now())
        }
    }

    private func recording(_ change: () throws(StoreError) -> Void) throws(Failure) {
        do { try change() } catch { throw .store(error) }
    }
}
