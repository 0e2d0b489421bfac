import CohortExport
import Foundation
import LRSPush
import ProgressStore
import Sessions
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The push loop against an LRS in memory: every answer xAPI allows, and what the outbox
/// keeps across a stop.
@Suite struct StatementPusherTests {
    static let homePage = "https://lms.example.org"

    /// A store with a simulated cohort whose statements are queued for one endpoint.
    static func queued(learners: Int = 3) throws -> (ProgressStore, LRSEndpoint, Int) {
        let store = try CohortFixture.simulated(learners: learners)
        let endpoint = try store.addLRSEndpoint(url: "http://127.0.0.1:1/xAPI/statements", homePage: homePage, at: Date())
        let context = ExportContext(
            cohort: try store.cohort(named: "7B"), packs: PackVersions(store: store, atHand: [CohortFixture.packFile]),
            exportedAt: Date())
        let count = try OutboxFilling().fill(context, endpoint: endpoint, at: Date())
        return (store, endpoint, count)
    }

    static func pusher(
        _ store: ProgressStore, _ endpoint: LRSEndpoint, _ lrs: ScriptedLRS, batchSize: Int = 50,
        slept: SleepLog = SleepLog()
    ) -> StatementPusher {
        var settings = StatementPusher.Settings()
        settings.batchSize = batchSize
        return StatementPusher(
            store: store, endpoint: endpoint, cohortId: nil, transport: lrs, settings: settings,
            sleep: { slept.add($0) }, random: { $0.upperBound })
    }

    @Test func everyStatementIsSentOnceInBatchesAndTheBodiesGo() throws {
        let (store, endpoint, count) = try Self.queued()
        #expect(count > 100)
        let lrs = ScriptedLRS()
        let outcome = try Self.pusher(store, endpoint, lrs).run(total: count)
        #expect(outcome.sent == count && outcome.stop == nil)
        #expect(lrs.stored.count == count)
        #expect(lrs.sizes.allSatisfy { $0 <= 50 } && lrs.sizes.reduce(0, +) == count)
        #expect(try store.outboxCounts(endpointId: endpoint.id).count(.statement, .sent) == count)
        #expect(try store.queuedStatements(endpointId: endpoint.id, ofCohort: nil, limit: 10).isEmpty)
        // A second push finds nothing new and sends nothing.
        let context = ExportContext(
            cohort: try store.cohort(named: "7B"), packs: PackVersions(store: store, atHand: [CohortFixture.packFile]),
            exportedAt: Date())
        #expect(try OutboxFilling().fill(context, endpoint: endpoint, at: Date()) == 0)
        #expect(try Self.pusher(store, endpoint, lrs).run(total: 0).sent == 0)
        #expect(lrs.sizes.reduce(0, +) == count)
    }

    @Test func oneCohortsPushLeavesTheOthersQueued() throws {
        let (store, endpoint, first) = try Self.queued(learners: 2)
        try CohortFixture.add(learners: 2, to: store, cohort: "8A", seed: 9)
        let other = ExportContext(
            cohort: try store.cohort(named: "8A"), packs: PackVersions(store: store, atHand: [CohortFixture.packFile]),
            exportedAt: Date())
        let second = try OutboxFilling().fill(other, endpoint: endpoint, at: Date())
        let lrs = ScriptedLRS()
        var settings = StatementPusher.Settings()
        settings.batchSize = 40
        let pusher = StatementPusher(
            store: store, endpoint: endpoint, cohortId: try store.cohort(named: "8A").id, transport: lrs, settings: settings)
        let outcome = try pusher.run(total: second)
        #expect(outcome.sent == second && outcome.stop == nil)
        let codes = Set(try store.learners(inCohort: "8A").map(\.code))
        #expect(lrs.stored.values.allSatisfy { Self.actorName($0).map(codes.contains) == true })
        #expect(try store.queuedCount(endpointId: endpoint.id, ofCohort: nil) == first)
    }

    @Test func theStatementsAreTheExportsOwn() throws {
        let (store, endpoint, count) = try Self.queued(learners: 2)
        let lrs = ScriptedLRS()
        _ = try Self.pusher(store, endpoint, lrs).run(total: count)
        let exported = try ExportedStatements.xapi(of: store, homePage: Self.homePage)
        #expect(Set(exported.map { $0["id"] as! String }) == Set(lrs.stored.keys))
        let first = try #require(exported.first)
        let pushed = try #require(lrs.stored[first["id"] as! String])
        #expect(NSDictionary(dictionary: pushed).isEqual(to: first))
    }

    @Test func aStatementRefusedInTheMiddleOfABatchIsFoundAndTheRestGoOn() throws {
        let (store, endpoint, count) = try Self.queued()
        let all = try store.queuedStatements(endpointId: endpoint.id, ofCohort: nil, limit: count).map(\.key.statementId)
        let bad = all[37]
        let lrs = ScriptedLRS { _, ids in
            ids.contains(bad) ? LRSReply(status: 400, message: "statement \(bad): bad verb") : LRSReply(status: 204)
        }
        let outcome = try Self.pusher(store, endpoint, lrs).run(total: count)
        #expect(outcome.sent == count - 1 && outcome.rejected == 1 && outcome.stop == nil)
        #expect(lrs.stored[bad] == nil && lrs.stored.count == count - 1)
        let problems = try store.outboxProblems(endpointId: endpoint.id, limit: 10)
        #expect(problems.map(\.key.statementId) == [bad])
        #expect(problems.first?.state == .rejected && problems.first?.lastError?.contains("bad verb") == true)
        // Splitting costs a few requests, not one per statement.
        #expect(lrs.sizes.count < count / 50 + 2 * 7)
    }

    @Test func aConflictIsKeptAsOneAndNeverOverwritten() throws {
        let (store, endpoint, count) = try Self.queued()
        let all = try store.queuedStatements(endpointId: endpoint.id, ofCohort: nil, limit: count).map(\.key.statementId)
        let held = all[3]
        let lrs = ScriptedLRS { _, ids in ids.contains(held) ? LRSReply(status: 409, message: "differs") : LRSReply(status: 204) }
        let outcome = try Self.pusher(store, endpoint, lrs).run(total: count)
        #expect(outcome.conflicts == 1 && outcome.sent == count - 1)
        #expect(try store.outboxCounts(endpointId: endpoint.id).count(.statement, .conflict) == 1)
        // `--retry-refused` queues it again; the LRS still says 409, so it stays in conflict.
        #expect(try store.requeueRefused(endpointId: endpoint.id) == 1)
        let again = try Self.pusher(store, endpoint, lrs).run(total: 1)
        #expect(again.conflicts == 1 && again.sent == 0)
    }

    @Test func aBatchTooLargeIsHalvedForTheRestOfThePush() throws {
        let (store, endpoint, count) = try Self.queued()
        let lrs = ScriptedLRS { _, ids in ids.count > 12 ? LRSReply(status: 413) : LRSReply(status: 204) }
        let outcome = try Self.pusher(store, endpoint, lrs, batchSize: 48).run(total: count)
        #expect(outcome.sent == count && outcome.batchSize == 12)
        #expect(lrs.stored.count == count)
        // After the first halvings every request fits.
        #expect(lrs.sizes.filter { $0 > 12 }.count <= 3)
    }

    @Test func aStatementTooLargeEvenAloneIsRejected() throws {
        let (store, endpoint, count) = try Self.queued(learners: 1)
        let all = try store.queuedStatements(endpointId: endpoint.id, ofCohort: nil, limit: count).map(\.key.statementId)
        let big = all[9]
        let lrs = ScriptedLRS { _, ids in
            ids.count > 4 || ids.contains(big) ? LRSReply(status: 413) : LRSReply(status: 200, statementIds: ids)
        }
        let outcome = try Self.pusher(store, endpoint, lrs, batchSize: 16).run(total: count)
        #expect(outcome.rejected == 1 && outcome.sent == count - 1 && outcome.stop == nil)
        let problem = try #require(try store.outboxProblems(endpointId: endpoint.id, limit: 1).first)
        #expect(problem.key.statementId == big && problem.lastError?.contains("413") == true)
    }

    @Test func anLRSTooSmallForAnyStatementStopsWithThemQueued() throws {
        let (store, endpoint, count) = try Self.queued(learners: 1)
        let lrs = ScriptedLRS { _, _ in LRSReply(status: 413) }
        let outcome = try Self.pusher(store, endpoint, lrs, batchSize: 4).run(total: count)
        #expect(outcome.stop == .refusesEverything(status: 413, message: "") && outcome.rejected == 0)
        #expect(try store.queuedCount(endpointId: endpoint.id, ofCohort: nil) == count)
    }

    @Test func aBusyLRSIsWaitedForAsItAsks() throws {
        let (store, endpoint, count) = try Self.queued(learners: 1)
        let slept = SleepLog()
        let lrs = ScriptedLRS { request, _ in
            switch request {
            case 1: LRSReply(status: 429, retryAfter: 7)
            case 2, 3: LRSReply(status: 503)
            default: LRSReply(status: 204)
            }
        }
        let outcome = try Self.pusher(store, endpoint, lrs, batchSize: 1000, slept: slept).run(total: count)
        #expect(outcome.sent == count && outcome.stop == nil)
        // Retry-After first; then the backoff of the second and third retry (2 s, 4 s, at
        // the top of its jitter here).
        #expect(slept.waits == [7, 2, 4])
    }

    @Test func anLRSFailingAfterEveryRetryStopsWithEverythingQueued() throws {
        let (store, endpoint, count) = try Self.queued(learners: 1)
        let slept = SleepLog()
        let lrs = ScriptedLRS { _, _ in LRSReply(status: 500, message: "Statements bulk indexation failed") }
        let outcome = try Self.pusher(store, endpoint, lrs, batchSize: 1000, slept: slept).run(total: count)
        #expect(outcome.stop == .gaveUp("500: Statements bulk indexation failed") && outcome.sent == 0)
        #expect(lrs.sizes.count == 6 && slept.waits == [1, 2, 4, 8, 16])
        #expect(try store.queuedCount(endpointId: endpoint.id, ofCohort: nil) == count)
        let problem = try #require(try store.outboxProblems(endpointId: endpoint.id, limit: 1).first)
        #expect(problem.state == .queued && problem.tries == 1 && problem.lastError?.contains("500") == true)
    }

    @Test func aRetryAfterTooLongStopsInsteadOfWaiting() throws {
        let (store, endpoint, count) = try Self.queued(learners: 1)
        let slept = SleepLog()
        let lrs = ScriptedLRS { _, _ in LRSReply(status: 429, retryAfter: 3600) }
        let outcome = try Self.pusher(store, endpoint, lrs, slept: slept).run(total: count)
        #expect(outcome.stop == .askedToWait(seconds: 3600) && slept.waits.isEmpty)
    }

    @Test func noConnectionStopsAtOnceAndTheNextPushGoesOn() throws {
        let (store, endpoint, count) = try Self.queued()
        let down = ScriptedLRS { request, _ throws(TransportFailure) in
            if request > 2 { throw .unreachable("Could not connect to the server") }
            return LRSReply(status: 204)
        }
        let first = try Self.pusher(store, endpoint, down).run(total: count)
        #expect(first.sent == 100 && first.stop == .unreachable("Could not connect to the server"))
        #expect(down.sizes.count == 3)
        let up = ScriptedLRS()
        let second = try Self.pusher(store, endpoint, up).run(total: count - 100)
        #expect(second.sent == count - 100 && second.stop == nil)
        #expect(Set(up.stored.keys).isDisjoint(with: Set(down.stored.keys)))
        #expect(up.stored.count + down.stored.count == count)
    }

    @Test func aLostConnectionIsTriedAgain() throws {
        let (store, endpoint, count) = try Self.queued(learners: 1)
        let lrs = ScriptedLRS { request, _ throws(TransportFailure) in
            if request == 1 { throw .interrupted("the connection was lost") }
            return LRSReply(status: 204)
        }
        let outcome = try Self.pusher(store, endpoint, lrs, batchSize: 1000).run(total: count)
        #expect(outcome.sent == count && lrs.sizes == [count, count])
    }

    @Test func refusedCredentialsStopWithNothingMarked() throws {
        let (store, endpoint, count) = try Self.queued(learners: 1)
        let lrs = ScriptedLRS { _, _ in LRSReply(status: 401, message: "Invalid authentication credentials") }
        let outcome = try Self.pusher(store, endpoint, lrs).run(total: count)
        #expect(outcome.stop == .notAuthorised(status: 401, message: "Invalid authentication credentials"))
        #expect(lrs.sizes.count == 1)
        #expect(try store.queuedCount(endpointId: endpoint.id, ofCohort: nil) == count)
        #expect(try store.outboxProblems(endpointId: endpoint.id, limit: 1).isEmpty)
    }

    @Test func anErasedLearnersSentStatementsAreVoidedWithoutNamingThem() throws {
        let (store, endpoint, count) = try Self.queued(learners: 2)
        let lrs = ScriptedLRS()
        _ = try Self.pusher(store, endpoint, lrs).run(total: count)
        let code = try store.learners(inCohort: "7B").first!.code
        let theirs = Set(lrs.stored.values.filter { Self.actorName($0) == code }.map { $0["id"] as! String })
        #expect(!theirs.isEmpty)
        let erasure = try store.deleteLearner(code: code)
        #expect(erasure.voidingQueued == theirs.count)
        let voiding = try Self.pusher(store, endpoint, lrs).run(total: theirs.count)
        #expect(voiding.voided == theirs.count && voiding.sent == 0)
        let voids = lrs.stored.values.filter { ($0["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/voided" }
        #expect(Set(voids.compactMap { ($0["object"] as? [String: Any])?["id"] as? String }) == theirs)
        for statement in voids {
            #expect(Self.actorName(statement) == "oberih")
            let text = String(decoding: try JSONSerialization.data(withJSONObject: statement), as: UTF8.self)
            #expect(!text.contains(code))
        }
    }

    @Test func a200WithoutTheIdsIsNotTakenForSent() throws {
        let (store, endpoint, count) = try Self.queued(learners: 1)
        // What a redirected POST turned GET would get: a statements result, not ids.
        let lrs = ScriptedLRS { _, _ in LRSReply(status: 200, message: #"{"statements": []}"#) }
        let outcome = try Self.pusher(store, endpoint, lrs).run(total: count)
        #expect(outcome.stop == .notStatementsResource(message: #"{"statements": []}"#) && outcome.sent == 0)
        #expect(try store.queuedCount(endpointId: endpoint.id, ofCohort: nil) == count)
    }

    @Test func anLRSRefusingEveryStatementStopsWithThemQueued() throws {
        let (store, endpoint, count) = try Self.queued(learners: 1)
        let lrs = ScriptedLRS { _, _ in LRSReply(status: 400, message: "X-Experience-API-Version missing") }
        let outcome = try Self.pusher(store, endpoint, lrs, batchSize: 8).run(total: count)
        #expect(outcome.stop == .refusesEverything(status: 400, message: "X-Experience-API-Version missing"))
        #expect(outcome.rejected == 0)
        // One batch found it out (8 statements: 15 requests), and nothing is marked rejected.
        #expect(lrs.sizes.count == 15)
        #expect(try store.queuedCount(endpointId: endpoint.id, ofCohort: nil) == count)
        #expect(try store.outboxCounts(endpointId: endpoint.id).total(.rejected) == 0)
    }

    @Test func statementsPostedWithoutAnAnswerAreVoidedAtAnErasure() throws {
        let (store, endpoint, count) = try Self.queued(learners: 2)
        let code = try store.learners(inCohort: "7B").first!.code
        let firstBatch = try store.queuedStatements(endpointId: endpoint.id, ofCohort: nil, limit: 50)
        let theirsPosted = try firstBatch.filter { queued in
            let statement = try JSONSerialization.jsonObject(with: Data((queued.body ?? "").utf8)) as? [String: Any]
            return statement.flatMap(Self.actorName) == code
        }.count
        #expect(theirsPosted > 0)
        // The LRS may have stored the batch, but no answer comes back: the pusher gives up.
        let lrs = ScriptedLRS { _, _ throws(TransportFailure) in throw .interrupted("the connection was lost") }
        var settings = StatementPusher.Settings()
        settings.batchSize = 50
        settings.retry.retries = 0
        let outcome = try StatementPusher(
            store: store, endpoint: endpoint, cohortId: nil, transport: lrs, settings: settings, sleep: { _ in }
        ).run(total: count)
        guard case .gaveUp? = outcome.stop else {
            Issue.record("expected the push to give up, got \(String(describing: outcome.stop))")
            return
        }
        #expect(lrs.sizes == [50])
        // The learner's statements of that batch may be at the LRS: voided; the rest never left.
        let erasure = try store.deleteLearner(code: code)
        #expect(erasure.voidingQueued == theirsPosted)
        #expect(try store.outboxCounts(endpointId: endpoint.id).count(.voiding, .queued) == theirsPosted)
    }

    @Test func statementsOfAnAttemptErasedMeanwhileAreNotQueued() throws {
        let store = try CohortFixture.simulated(learners: 1)
        let endpoint = try store.addLRSEndpoint(url: "http://127.0.0.1:1/xAPI/statements", homePage: Self.homePage, at: Date())
        let code = try store.learners(inCohort: "7B").first!.code
        let attempt = try #require(try store.attempts(ofLearner: code).first)
        _ = try store.deleteLearner(code: code)
        try store.enqueue(
            [NewOutboxStatement(statementId: "s1", attemptId: attempt.id, learnerCode: code, body: "{}")],
            endpointId: endpoint.id, at: Date())
        #expect(try store.queuedCount(endpointId: endpoint.id, ofCohort: nil) == 0)
    }

    static func actorName(_ statement: [String: Any]) -> String? {
        ((statement["actor"] as? [String: Any])?["account"] as? [String: Any])?["name"] as? String
    }
}

/// The waits a pusher asked for.
final class SleepLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [TimeInterval] = []

    func add(_ seconds: TimeInterval) { lock.withLock { log.append(seconds) } }
    var waits: [TimeInterval] { lock.withLock { log } }
}

/// `export --format xapi` of a store's cohort "7B", parsed.
enum ExportedStatements {
    static func xapi(of store: ProgressStore, homePage: String) throws -> [[String: Any]] {
        let context = ExportContext(
            cohort: try store.cohort(named: "7B"), packs: PackVersions(store: store, atHand: [CohortFixture.packFile]),
            exportedAt: Date())
        let text = try TemporaryFolder.with { folder in
            let path = folder.appendingPathComponent("statements.json").path
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            try #require(descriptor >= 0)
            defer { close(descriptor) }
            try XAPIExport.write(context, homePage: homePage, to: ExportSink(descriptor: descriptor, destination: path))
            return try String(contentsOfFile: path, encoding: .utf8)
        }
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] ?? []
    }
}
