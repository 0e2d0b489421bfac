import Foundation
import TestSupport
import Testing

/// `oberih push` as a trainer runs it: to a real Ralph LRS, killed half-way and run again,
/// and refused where it must be.
@Suite(.serialized) struct PushCommandTests {
    static let homePage = "https://school.example.org"

    /// A store with a simulated cohort "K", and the number of statements it makes.
    static func simulated(_ store: StoreFolder, learners: Int = 20) throws -> Int {
        let simulate = try store.oberih([
            "simulate", "--cohort", "K", "--learners", "\(learners)", "--pack", "who-is-really-there", "--seed", "2",
        ])
        #expect(simulate.exitCode == 0, "\(simulate.standardError)")
        let export = try store.oberih(["export", "--cohort", "K", "--format", "xapi", "--home-page", homePage])
        let statements = try JSONSerialization.jsonObject(with: Data(export.standardOutput.utf8)) as? [Any]
        return statements?.count ?? 0
    }

    /// The store's environment without any LRS account a developer may have set.
    static func withoutCredentials(_ store: StoreFolder) -> [String: String] {
        store.environment.filter { !$0.key.hasPrefix("OBERIH_LRS_") }
    }

    static func withCredentials(_ store: StoreFolder) -> [String: String] {
        var environment = withoutCredentials(store)
        environment["OBERIH_LRS_USERNAME"] = RalphLRS.username
        environment["OBERIH_LRS_PASSWORD"] = RalphLRS.password
        return environment
    }

    @Test(.enabled(if: RalphLRS.isAvailable)) func aPushKilledHalfWayGoesOnAndTheLRSHoldsEachStatementOnce() throws {
        let store = try StoreFolder(prefix: "push-kill")
        let total = try Self.simulated(store)
        #expect(total > 1000)
        try TemporaryFolder.with { folder in
            let ralph = try RalphLRS(in: folder)
            let push = Process()
            push.executableURL = OberihProcess.binaryURL
            push.arguments = ["push", "--endpoint", ralph.endpoint, "--home-page", Self.homePage, "--batch-size", "10"]
            push.environment = Self.withCredentials(store)
            push.standardOutput = FileHandle.nullDevice
            push.standardError = FileHandle.nullDevice
            let ended = DispatchSemaphore(value: 0)
            push.terminationHandler = { _ in ended.signal() }
            try push.run()
            let deadline = Date().addingTimeInterval(120)
            while try ralph.storedLines().count < 200 && Date() < deadline { usleep(20_000) }
            kill(push.processIdentifier, SIGKILL)
            _ = ended.wait(timeout: .now() + 10)
            let before = try ralph.storedLines().count
            #expect(before >= 200 && before < total, "killed after \(before) of \(total)")

            let again = try OberihProcess.run(
                ["push", "--endpoint", ralph.endpoint, "--batch-size", "100"], environment: Self.withCredentials(store))
            #expect(again.exitCode == 0, "\(again.standardError)")
            #expect(again.standardOutput.contains("nothing left queued"))
            let lines = try ralph.storedLines()
            #expect(lines.count == total && Set(lines.compactMap { $0["id"] as? String }).count == total)

            let status = try store.oberih(["push", "--status", "--json"])
            let document = try JSONSerialization.jsonObject(with: Data(status.standardOutput.utf8)) as? [String: Any]
            let endpoint = (document?["endpoints"] as? [[String: Any]])?.first
            #expect((endpoint?["statements"] as? [String: Int])?["sent"] == total)
            #expect((endpoint?["statements"] as? [String: Int])?["queued"] == 0)
        }
    }

    /// A laptop pushes, its bundle is merged into the trainer's store, and the trainer
    /// pushes the cohort again: the attempts keep their ids, so the LRS stores nothing twice.
    @Test(.enabled(if: RalphLRS.isAvailable)) func aMergedCohortPushedFromTheTrainersStoreIsNotStoredTwice() throws {
        let laptop = try StoreFolder(prefix: "push-laptop")
        let total = try Self.simulated(laptop, learners: 3)
        let trainer = try StoreFolder(prefix: "push-trainer")
        let other = try trainer.oberih(["simulate", "--cohort", "Other", "--learners", "2", "--pack", "upstanders"])
        #expect(other.exitCode == 0, "\(other.standardError)")
        try TemporaryFolder.with { folder in
            let ralph = try RalphLRS(in: folder)
            let push = ["push", "--endpoint", ralph.endpoint, "--home-page", Self.homePage, "--cohort", "K"]
            let first = try OberihProcess.run(push, environment: Self.withCredentials(laptop))
            #expect(first.exitCode == 0, "\(first.standardError)")
            let bundle = folder.appendingPathComponent("K.bundle").path
            #expect(try laptop.oberih(["export", "--cohort", "K", "--format", "bundle", "--output", bundle]).exitCode == 0)
            let merged = try trainer.oberih(["import", bundle])
            #expect(merged.exitCode == 0, "\(merged.standardError)")
            let second = try OberihProcess.run(push, environment: Self.withCredentials(trainer))
            #expect(second.exitCode == 0 && second.standardOutput.contains("\(total) sent"), "\(second.standardOutput)")
            #expect(try ralph.storedLines().count == total)
        }
    }

    @Test func withNoLRSListeningEverythingStaysQueuedAndTheExitSaysTryAgain() throws {
        let store = try StoreFolder(prefix: "push-down")
        let total = try Self.simulated(store, learners: 2)
        let push = try LoopbackServer.withPortNobodyListensOn { port in
            try OberihProcess.run(
                ["push", "--endpoint", "http://127.0.0.1:\(port)/xAPI/", "--home-page", Self.homePage],
                environment: Self.withCredentials(store))
        }
        #expect(push.exitCode == 3, "\(push.standardError)")
        #expect(push.standardOutput.contains("0 sent") && push.standardOutput.contains("\(total) statements left queued"))
        #expect(push.standardError.contains("could not be reached") && push.standardError.contains("push again"))
        let status = try store.oberih(["push", "--status"])
        #expect(status.standardOutput.contains("statements: \(total) queued, 0 sent"), "\(status.standardOutput)")
    }

    @Test func aDryRunSaysWhatWouldGoAndQueuesNothing() throws {
        let store = try StoreFolder(prefix: "push-dry")
        let total = try Self.simulated(store, learners: 2)
        let dry = try store.oberih(["push", "--endpoint", "https://lrs.example.org/xAPI/", "--home-page", Self.homePage, "--dry-run"])
        #expect(dry.exitCode == 0, "\(dry.standardError)")
        #expect(dry.standardOutput.contains("dry run: \(total) statements would be sent to https://lrs.example.org/xAPI/statements"))
        #expect(try store.oberih(["push", "--status"]).standardOutput.contains("nothing has been pushed"))
    }

    @Test func credentialsAndEndpointsThatWouldLeakAreRefused() throws {
        let store = try StoreFolder(prefix: "push-refused")
        _ = try Self.simulated(store, learners: 1)
        let environment = Self.withoutCredentials(store)
        let plain = try OberihProcess.run(
            ["push", "--endpoint", "http://lrs.example.org/xAPI/", "--home-page", Self.homePage], environment: environment)
        #expect(plain.exitCode == 2 && plain.standardError.contains("is not https"), "\(plain.standardError)")
        let none = try OberihProcess.run(
            ["push", "--endpoint", "https://lrs.example.org/xAPI/", "--home-page", Self.homePage], environment: environment)
        #expect(none.exitCode == 2 && none.standardError.contains("OBERIH_LRS_USERNAME"), "\(none.standardError)")
        let file = store.folder.appendingPathComponent("lrs-login")
        try "user:secret\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let open = try OberihProcess.run(
            ["push", "--endpoint", "https://lrs.example.org/xAPI/", "--home-page", Self.homePage, "--credentials", file.path],
            environment: environment)
        #expect(open.exitCode == 2 && open.standardError.contains("chmod 600"), "\(open.standardError)")
        let first = try OberihProcess.run(
            ["push", "--endpoint", "https://lrs.example.org/xAPI/"], environment: Self.withCredentials(store))
        #expect(first.exitCode == 2 && first.standardError.contains("needs --home-page"), "\(first.standardError)")
    }
}
