import Foundation
import LRSPush
import ProgressStore
import TestSupport
import Testing

/// The push over real HTTP (URLSession) to fault_lrs.py, a statements resource on
/// 127.0.0.1 that refuses, limits, is busy, fails, drops the connection or is slow on purpose.
@Suite(.serialized) struct FaultLRSTests {
    /// A fault server for one test, with its log of requests.
    struct FaultLRS {
        var server: LoopbackServer
        var logFile: URL

        init(_ faults: [String], in folder: URL) throws {
            let portFile = folder.appendingPathComponent("port")
            logFile = folder.appendingPathComponent("requests.jsonl")
            let script = ProjectFolder.root.appendingPathComponent("Tests/LRSPushTests/fault_lrs.py").path
            var port = 0
            server = try LoopbackServer(
                executable: "/usr/bin/env",
                arguments: ["python3", script, "--port-file", portFile.path, "--log", logFile.path, "--username", "u",
                    "--password", "p:w"] + faults,
                port: 0, folder: folder
            ) {
                port = (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { Int($0) } ?? 0
                return port > 0 && LoopbackServer.accepts(port: port)
            }
            self.port = port
        }

        var port: Int

        func transport(password: String = "p:w", timeout: TimeInterval = 10) -> URLSessionTransport {
            URLSessionTransport(
                statementsURL: URL(string: "http://127.0.0.1:\(port)/xAPI/statements")!, username: "u",
                password: password, timeout: timeout)
        }

        /// Each request the server saw: its statement ids and its answer (0: none, dropped).
        func requests() throws -> [(ids: [String], answer: Int)] {
            let text = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
            return try text.split(separator: "\n").map { line in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return (object["ids"] as? [String] ?? [], object["answer"] as? Int ?? 0)
            }
        }
    }

    static func push(
        _ lrs: FaultLRS, learners: Int = 1, batchSize: Int = 1000, transport: URLSessionTransport? = nil
    ) throws -> (StatementPusher.Outcome, ProgressStore, LRSEndpoint, Int) {
        let (store, endpoint, count) = try StatementPusherTests.queued(learners: learners)
        var settings = StatementPusher.Settings()
        settings.batchSize = batchSize
        settings.retry.firstDelay = 0.05
        let pusher = StatementPusher(
            store: store, endpoint: endpoint, cohortId: nil, transport: transport ?? lrs.transport(), settings: settings)
        return (try pusher.run(total: count), store, endpoint, count)
    }

    @Test func aHealthyLRSGetsEveryStatementWithTheHeadersXAPIAsks() throws {
        try TemporaryFolder.with { folder in
            let lrs = try FaultLRS([], in: folder)
            let (outcome, _, _, count) = try Self.push(lrs, learners: 2, batchSize: 100)
            #expect(outcome.sent == count && outcome.stop == nil)
            let requests = try lrs.requests()
            #expect(requests.allSatisfy { $0.answer == 200 })
            #expect(requests.flatMap(\.ids).count == count && Set(requests.flatMap(\.ids)).count == count)
        }
    }

    @Test func wrongCredentialsStopThePush() throws {
        try TemporaryFolder.with { folder in
            let lrs = try FaultLRS([], in: folder)
            let (outcome, store, endpoint, count) = try Self.push(lrs, transport: lrs.transport(password: "nope"))
            #expect(outcome.stop == .notAuthorised(status: 401, message: #"{"detail": "Invalid authentication credentials"}"#))
            #expect(try store.queuedCount(endpointId: endpoint.id, ofCohort: nil) == count)
        }
    }

    @Test func aBadStatementInTheMiddleOfABatchIsRejectedAlone() throws {
        try TemporaryFolder.with { folder in
            let (probe, endpoint, _) = try StatementPusherTests.queued(learners: 1)
            let bad = try probe.queuedStatements(endpointId: endpoint.id, ofCohort: nil, limit: 30)[20].key.statementId
            let lrs = try FaultLRS(["bad:\(bad)"], in: folder)
            let (outcome, store, pushed, count) = try Self.push(lrs)
            #expect(outcome.rejected == 1 && outcome.sent == count - 1)
            let problem = try #require(try store.outboxProblems(endpointId: pushed.id, limit: 5).first)
            #expect(problem.key.statementId == bad && problem.lastError?.contains("is invalid") == true)
            #expect(try lrs.requests().filter { $0.answer == 200 }.flatMap(\.ids).count == count - 1)
        }
    }

    @Test func aLimitOnTheBatchIsFoundByHalving() throws {
        try TemporaryFolder.with { folder in
            let lrs = try FaultLRS(["max:30"], in: folder)
            let (outcome, _, _, count) = try Self.push(lrs, batchSize: 120)
            #expect(outcome.sent == count && outcome.batchSize <= 30 && outcome.batchSize >= 15)
            let requests = try lrs.requests()
            #expect(requests.filter { $0.answer == 200 }.allSatisfy { $0.ids.count <= 30 })
            #expect(requests.filter { $0.answer == 413 }.count <= 4)
        }
    }

    @Test func busyAndFailingAnswersAreWaitedOut() throws {
        try TemporaryFolder.with { folder in
            let lrs = try FaultLRS(["busy:1", "fail:2"], in: folder)
            let started = Date()
            let (outcome, _, _, count) = try Self.push(lrs)
            #expect(outcome.sent == count && outcome.stop == nil)
            #expect(try lrs.requests().map(\.answer) == [429, 500, 200])
            // Retry-After: 1 was honoured.
            #expect(Date().timeIntervalSince(started) >= 1)
        }
    }

    @Test func aDroppedConnectionIsTriedAgainAndNothingIsDoubled() throws {
        try TemporaryFolder.with { folder in
            let lrs = try FaultLRS(["drop:2"], in: folder)
            let (outcome, _, _, count) = try Self.push(lrs)
            #expect(outcome.sent == count && outcome.stop == nil)
            #expect(try lrs.requests().map(\.answer) == [0, 0, 200])
        }
    }

    @Test func aSlowLRSTimesOutAndEverythingStaysQueued() throws {
        try TemporaryFolder.with { folder in
            let lrs = try FaultLRS(["slow:5"], in: folder)
            var settings = StatementPusher.Settings()
            settings.retry.retries = 1
            settings.retry.firstDelay = 0.05
            let (store, endpoint, count) = try StatementPusherTests.queued(learners: 1)
            let pusher = StatementPusher(
                store: store, endpoint: endpoint, cohortId: nil, transport: lrs.transport(timeout: 1), settings: settings)
            let outcome = try pusher.run(total: count)
            guard case .gaveUp(let why)? = outcome.stop else {
                Issue.record("expected the push to give up, got \(String(describing: outcome.stop))")
                return
            }
            #expect(why.contains("time allowed"))
            #expect(try store.queuedCount(endpointId: endpoint.id, ofCohort: nil) == count)
        }
    }

    @Test func nothingListeningStopsAtOnce() throws {
        let (store, endpoint, count) = try StatementPusherTests.queued(learners: 1)
        try LoopbackServer.withPortNobodyListensOn { port in
            let transport = URLSessionTransport(
                statementsURL: URL(string: "http://127.0.0.1:\(port)/xAPI/statements")!, username: "u", password: "p",
                timeout: 5)
            let outcome = try StatementPusher(store: store, endpoint: endpoint, cohortId: nil, transport: transport)
                .run(total: count)
            guard case .unreachable? = outcome.stop else {
                Issue.record("expected unreachable, got \(String(describing: outcome.stop))")
                return
            }
        }
        #expect(try store.queuedCount(endpointId: endpoint.id, ofCohort: nil) == count)
        let problem = try #require(try store.outboxProblems(endpointId: endpoint.id, limit: 1).first)
        #expect(problem.tries == 1 && problem.state == .queued)
    }

    @Test func aRedirectIsNotFollowedAndNothingIsTakenForSent() throws {
        try TemporaryFolder.with { folder in
            let lrs = try FaultLRS(["redirect:http://lrs.example.org/xAPI/statements"], in: folder)
            let (outcome, store, endpoint, count) = try Self.push(lrs)
            #expect(outcome.stop == .redirected(status: 302, location: "http://lrs.example.org/xAPI/statements"))
            #expect(try lrs.requests().count == 1)
            #expect(try store.queuedCount(endpointId: endpoint.id, ofCohort: nil) == count)
        }
    }
}
