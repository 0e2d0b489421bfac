import Foundation
import LRSPush
import CohortExport
import ProgressStore
import Sessions
import TestSupport
import Testing

/// The push against a real LRS: Ralph, started on 127.0.0.1 for each test; what it stored
/// is read back by agent and by id.
@Suite(.serialized, .enabled(if: RalphLRS.isAvailable)) struct RalphLRSTests {
    static func pusher(_ store: ProgressStore, _ endpoint: LRSEndpoint, _ transport: any LRSTransport) -> StatementPusher {
        var settings = StatementPusher.Settings()
        settings.batchSize = 100
        settings.retry.firstDelay = 0.05
        return StatementPusher(store: store, endpoint: endpoint, cohortId: nil, transport: transport, settings: settings)
    }

    static func transport(_ ralph: RalphLRS) -> URLSessionTransport {
        URLSessionTransport(
            statementsURL: ralph.statementsURL, username: RalphLRS.username, password: RalphLRS.password, timeout: 30)
    }

    @Test func aCohortIsStoredAsSentAndReadBackByAgentAndById() throws {
        try TemporaryFolder.with { folder in
            let ralph = try RalphLRS(in: folder)
            let (store, endpoint, count) = try StatementPusherTests.queued(learners: 3)
            let outcome = try Self.pusher(store, endpoint, Self.transport(ralph)).run(total: count)
            #expect(outcome.sent == count && outcome.stop == nil, "\(ralph.server.log())")
            let exported = try ExportedStatements.xapi(of: store, homePage: StatementPusherTests.homePage)
            for learner in try store.learners(inCohort: "7B") {
                let theirs = exported.filter { StatementPusherTests.actorName($0) == learner.code }
                let held = try ralph.statements(ofAccount: learner.code, homePage: StatementPusherTests.homePage)
                #expect(Set(held.compactMap { $0["id"] as? String }) == Set(theirs.compactMap { $0["id"] as? String }))
            }
            let sample = try #require(exported.last)
            let byId = try ralph.statements(["statementId": sample["id"] as! String])
            #expect(byId.count == 1)
            #expect((byId.first?["verb"] as? [String: Any])?["id"] as? String == (sample["verb"] as? [String: Any])?["id"] as? String)
        }
    }

    @Test func aGroupSessionIsSentWithTheCohortAsAGroup() throws {
        try TemporaryFolder.with { folder in
            let ralph = try RalphLRS(in: folder)
            let store = try CohortFixture.simulated(learners: 1)
            try GroupFixture.lead("unkind-online", in: store, at: Date(timeIntervalSince1970: 1_790_000_000))
            let endpoint = try store.addLRSEndpoint(url: ralph.statementsURL.absoluteString, homePage: StatementPusherTests.homePage, at: Date())
            let context = ExportContext(
                cohort: try store.cohort(named: "7B"), packs: PackVersions(store: store, atHand: [CohortFixture.packFile]),
                exportedAt: Date())
            let count = try OutboxFilling().fill(context, endpoint: endpoint, at: Date())
            let outcome = try Self.pusher(store, endpoint, Self.transport(ralph)).run(total: count)
            #expect(outcome.sent == count && outcome.stop == nil, "\(ralph.server.log())")
            let group = try ExportedStatements.xapi(of: store, homePage: StatementPusherTests.homePage).filter {
                ($0["actor"] as? [String: Any])?["objectType"] as? String == "Group"
            }
            #expect(!group.isEmpty)
            // Ralph refuses `agent=` for a Group: read one back by id.
            let held = try ralph.statements(["statementId": try #require(group.first?["id"] as? String)])
            #expect(StatementPusherTests.actorName(try #require(held.first)) == "cohort:7B")
        }
    }

    @Test func batchesSentAgainAfterALostAnswerAreStoredOnce() throws {
        try TemporaryFolder.with { folder in
            let ralph = try RalphLRS(in: folder)
            let (store, endpoint, count) = try StatementPusherTests.queued(learners: 2)
            // Ralph takes each of the first three batches, but the answer never arrives: the
            // pusher cannot know, and sends them again.
            let lossy = AnswerLosing(Self.transport(ralph), losing: 3)
            let outcome = try Self.pusher(store, endpoint, lossy).run(total: count)
            #expect(outcome.sent == count && outcome.stop == nil)
            let lines = try ralph.storedLines()
            #expect(lines.count == count)
            #expect(Set(lines.compactMap { $0["id"] as? String }).count == count)
        }
    }

    @Test func theSameIdWithAnotherStatementIsAConflictAndTheLRSKeepsItsOwn() throws {
        try TemporaryFolder.with { folder in
            let ralph = try RalphLRS(in: folder)
            let (first, endpoint, count) = try StatementPusherTests.queued(learners: 1)
            _ = try Self.pusher(first, endpoint, Self.transport(ralph)).run(total: count)
            // The same cohort simulated again (the same ids), with statements that say another home page.
            let second = try CohortFixture.simulated(learners: 1)
            let other = try second.addLRSEndpoint(url: endpoint.url, homePage: "https://other.example.org", at: Date())
            let context = ExportContext(
                cohort: try second.cohort(named: "7B"),
                packs: PackVersions(store: second, atHand: [CohortFixture.packFile]), exportedAt: Date())
            _ = try OutboxFilling().fill(context, endpoint: other, at: Date())
            let outcome = try Self.pusher(second, other, Self.transport(ralph)).run(total: count)
            #expect(outcome.conflicts == count && outcome.sent == 0)
            let problem = try #require(try second.outboxProblems(endpointId: other.id, limit: 1).first)
            #expect(problem.state == .conflict && problem.lastError?.contains("Differing statements") == true)
            #expect(try ralph.storedLines().count == count)
            let code = try first.learners(inCohort: "7B")[0].code
            #expect(try ralph.statements(ofAccount: code, homePage: StatementPusherTests.homePage).count == count)
        }
    }

    @Test func anErasedLearnersStatementsAreVoidedInTheLRS() throws {
        try TemporaryFolder.with { folder in
            let ralph = try RalphLRS(in: folder)
            let (store, endpoint, count) = try StatementPusherTests.queued(learners: 2)
            _ = try Self.pusher(store, endpoint, Self.transport(ralph)).run(total: count)
            let code = try store.learners(inCohort: "7B")[0].code
            let theirs = try ralph.statements(ofAccount: code, homePage: StatementPusherTests.homePage)
            let erasure = try store.deleteLearner(code: code)
            #expect(erasure.voidingQueued == theirs.count)
            let outcome = try Self.pusher(store, endpoint, Self.transport(ralph)).run(total: theirs.count)
            #expect(outcome.voided == theirs.count && outcome.stop == nil)
            // Ralph's GET by verb leaves voiding statements out: read what it stored, and one by id.
            let voids = try ralph.storedLines().filter {
                ($0["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/voided"
            }
            let voided = Set(voids.compactMap { ($0["object"] as? [String: Any])?["id"] as? String })
            #expect(voided == Set(theirs.compactMap { $0["id"] as? String }))
            let one = try #require(voids.first?["id"] as? String)
            #expect(try ralph.statements(["statementId": one]).count == 1)
        }
    }
}

/// Forwards to an LRS, but loses its answer to the first `losing` requests (as a dropped
/// connection would after the LRS stored the batch).
final class AnswerLosing: LRSTransport, @unchecked Sendable {
    private let inner: any LRSTransport
    private let lock = NSLock()
    private var left: Int

    init(_ inner: any LRSTransport, losing: Int) {
        self.inner = inner
        left = losing
    }

    func postStatements(_ body: Data) throws(TransportFailure) -> LRSReply {
        let reply = try inner.postStatements(body)
        let loses = lock.withLock {
            left -= 1
            return left >= 0
        }
        if loses { throw .interrupted("the connection was lost") }
        return reply
    }
}
