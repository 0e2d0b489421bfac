import CohortExport
import Foundation
import ProgressStore

/// Puts the statements of finished attempts into an endpoint's outbox: each attempt once,
/// when it has finished (an unfinished attempt's statements would still change), in
/// chunks so that memory stays flat whatever the cohort's size.
public struct OutboxFilling {
    public var chunkSize = 200

    public init() {}

    /// Queues the statements of the cohort's finished attempts not queued yet; returns how
    /// many statements were queued (with `dryRun`, would be, and nothing is written).
    public func fill(
        _ context: ExportContext, endpoint: LRSEndpoint, dryRun: Bool = false, at time: Date
    ) throws -> Int {
        let store = context.store
        let attempts = try store.finishedAttemptsNotQueued(ofCohort: context.cohort.id, endpointId: endpoint.id)
        var queued = 0
        for start in stride(from: 0, to: attempts.count, by: chunkSize) {
            let chunk = Array(attempts[start..<min(start + chunkSize, attempts.count)])
            var statements: [NewOutboxStatement] = []
            try XAPIExport.forEachAttempt(context, homePage: endpoint.homePage, only: chunk) { attempt, made in
                statements += made.map {
                    NewOutboxStatement(
                        statementId: $0.id, attemptId: attempt.id, learnerCode: attempt.learnerCode, body: $0.json)
                }
            }
            queued += statements.count
            if !dryRun { try store.enqueue(statements, endpointId: endpoint.id, at: time) }
        }
        return queued
    }
}
