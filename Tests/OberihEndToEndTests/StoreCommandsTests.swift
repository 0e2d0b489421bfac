import Foundation
import Testing

/// `oberih cohort`, `oberih learner` and `oberih doctor` as a trainer runs them: the built
/// binary on a store in a fresh temporary folder, its streams, exit status and the bytes
/// left on disk.
@Suite("oberih cohort, learner and doctor on the progress store")
final class StoreCommandsTests {
    let folder: URL
    /// The store every test uses through `--store`, unless it says otherwise.
    let storePath: String
    /// The test's environment: HOME and XDG_DATA_HOME inside `folder`, no OBERIH_STORE, so
    /// that no test can reach the store of the person running them.
    let environment: [String: String]

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("oberih-e2e-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A folder only its owner can read, as the store's own folder should be (doctor
        // reports any other as a problem).
        let storeFolder = folder.appendingPathComponent("store", isDirectory: true)
        try FileManager.default.createDirectory(
            at: storeFolder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        storePath = storeFolder.appendingPathComponent("progress.sqlite").path
        var environment = ProcessInfo.processInfo.environment
        environment["OBERIH_STORE"] = nil
        environment["HOME"] = folder.appendingPathComponent("home").path
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("home/.local/share").path
        self.environment = environment
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: - Helpers

    /// Runs `oberih arguments --store storePath` (or on `store`).
    func oberih(_ arguments: [String], store: String? = nil, input: String = "") throws -> OberihRun {
        try OberihProcess.run(
            arguments + ["--store", store ?? storePath], input: Data(input.utf8), environment: environment)
    }

    /// The JSON object a run printed on stdout.
    func json(_ run: OberihRun) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
        return try #require(object as? [String: Any], "stdout is not a JSON object: \(run.standardOutput)")
    }

    /// Creates a cohort and adds `count` learners aged 13 to it; returns their codes.
    @discardableResult
    func makeCohort(_ name: String = "Year 8 B", learners count: Int, store: String? = nil) throws -> [String] {
        let created = try oberih(["cohort", "create", name], store: store)
        #expect(created.exitCode == 0, "cohort create: \(created.standardError)")
        guard count > 0 else { return [] }
        let added = try oberih(
            ["learner", "add", "--cohort", name, "--age", "13", "--count", "\(count)"], store: store)
        #expect(added.exitCode == 0, "learner add: \(added.standardError)")
        return added.standardOutput.split(separator: "\n").map(String.init)
    }

    static func isCode(_ text: some StringProtocol) -> Bool {
        String(text).wholeMatch(of: /[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}/) != nil
    }

    /// The bytes of the store and of its -wal and -shm files, those that exist.
    static func storeFiles(_ path: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for suffix in ["", "-wal", "-shm"] {
            if let data = FileManager.default.contents(atPath: path + suffix) { files[path + suffix] = data }
        }
        return files
    }

    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require((attributes[.posixPermissions] as? NSNumber)?.intValue) & 0o777
    }

    /// Deterministic pseudo-random bytes (a linear congruential generator).
    static func randomBytes(_ count: Int) -> Data {
        var state: UInt64 = 0x5EED_0BE4
        return Data(
            (0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 33)
            })
    }

    // MARK: - Cohorts

    /// The next command `cohort create` suggests works when pasted: the name quoted for
    /// the shell, the store repeated.
    @Test func cohortCreateSuggestsACommandThatRunsAsPrinted() throws {
        let created = try oberih(["cohort", "create", "Ola's class"])
        #expect(created.exitCode == 0, "\(created.standardError)")
        let suggested = try #require(created.standardError.firstMatch(of: /`(oberih learner add [^`]+)`/)?.1)
        #expect(suggested == "oberih learner add --cohort 'Ola'\\''s class' --age N --count K --store \(storePath)")
        // Pasted into a shell, with `oberih` being the built binary and N, K filled in.
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        let pasted = suggested.replacing("--age N --count K", with: "--age 13 --count 2")
        shell.arguments = ["-c", "oberih() { \"$OBERIH\" \"$@\"; }; " + pasted]
        shell.environment = environment.merging(["OBERIH": OberihProcess.binaryURL.path]) { $1 }
        let output = Pipe()
        shell.standardOutput = output
        try shell.run()
        let codes = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        #expect(codes.split(separator: "\n").filter { Self.isCode($0) }.count == 2, "\(codes)")
    }

    @Test func cohortCreateListShow() throws {
        let created = try oberih(["cohort", "create", "Year 8 B", "--organisation", "Hillside School", "--json"])
        #expect(created.exitCode == 0, "\(created.standardError)")
        let createdCohort = try #require(try json(created)["cohort"] as? [String: Any])
        #expect(createdCohort["name"] as? String == "Year 8 B")
        #expect(createdCohort["learnerCount"] as? Int == 0)

        let again = try oberih(["cohort", "create", "Year 8 B"])
        #expect(again.exitCode == 2)
        #expect(again.standardError.contains("already exists"), "\(again.standardError)")

        #expect(try oberih(["cohort", "create", "Year 9"]).exitCode == 0)
        try makeCohort("Year 10", learners: 4)

        let text = try oberih(["cohort", "list"])
        #expect(text.exitCode == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains("Year 8 B") && text.standardOutput.contains("Hillside School"))

        let list = try oberih(["cohort", "list", "--json"])
        #expect(list.exitCode == 0, "\(list.standardError)")
        let document = try json(list)
        #expect(document["formatVersion"] as? Int == 1)
        let cohorts = try #require(document["cohorts"] as? [[String: Any]])
        #expect(cohorts.compactMap { $0["name"] as? String } == ["Year 10", "Year 8 B", "Year 9"])
        #expect(cohorts.compactMap { $0["learnerCount"] as? Int } == [4, 0, 0])
        #expect(cohorts[1]["organisation"] as? String == "Hillside School")
        #expect(cohorts[2]["organisation"] is NSNull, "an unknown organisation is null, not left out")
        let createdAt = try #require(cohorts[0]["createdAt"] as? String)
        #expect((try? Date.ISO8601FormatStyle().parse(createdAt)) != nil, "not ISO 8601: \(createdAt)")

        let show = try oberih(["cohort", "show", "Year 10", "--json"])
        #expect(show.exitCode == 0, "\(show.standardError)")
        let detail = try json(show)
        #expect((detail["cohort"] as? [String: Any])?["learnerCount"] as? Int == 4)
        let learners = try #require(detail["learners"] as? [[String: Any]])
        #expect(learners.count == 4)
        for learner in learners {
            #expect(Self.isCode(learner["code"] as? String ?? ""))
            #expect(learner["age"] as? Int == 13)
            #expect(learner["attemptCount"] as? Int == 0)
            #expect(learner["nickname"] == nil, "a nickname is never printed")
        }

        let showText = try oberih(["cohort", "show", "Year 10"])
        #expect(showText.exitCode == 0)
        for code in learners.compactMap({ $0["code"] as? String }) {
            #expect(showText.standardOutput.contains(code))
        }

        let missing = try oberih(["cohort", "show", "Year 11"])
        #expect(missing.exitCode == 2)
        #expect(missing.standardError.contains("Year 11") && missing.standardError.contains(storePath))
    }

    // MARK: - Learners

    @Test func learnerAddPrintsThirtyDistinctCodes() throws {
        #expect(try oberih(["cohort", "create", "Year 8 B"]).exitCode == 0)
        let added = try oberih([
            "learner", "add", "--cohort", "Year 8 B", "--age", "13", "--count", "30", "--country", "ua",
        ])
        #expect(added.exitCode == 0, "\(added.standardError)")
        let codes = added.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(added.standardOutput.hasSuffix("\n"))
        #expect(codes.count == 30, "stdout: \(added.standardOutput)")
        #expect(Set(codes).count == 30, "codes repeat")
        #expect(codes.allSatisfy(Self.isCode), "a line is not a code: \(added.standardOutput)")
        #expect(added.standardError.contains("added 30 learners"), "\(added.standardError)")

        let list = try oberih(["learner", "list", "--cohort", "Year 8 B", "--json"])
        #expect(list.exitCode == 0, "\(list.standardError)")
        let document = try json(list)
        #expect(document["cohort"] as? String == "Year 8 B")
        let learners = try #require(document["learners"] as? [[String: Any]])
        #expect(learners.compactMap { $0["code"] as? String } == codes.map(String.init), "in the order handed out")
        #expect(learners.allSatisfy { $0["country"] as? String == "UA" && $0["language"] as? String == "en" })
        #expect(learners.allSatisfy { $0["age"] as? Int == 13 && $0["ageBand"] is NSNull })

        let text = try oberih(["learner", "list"])
        #expect(text.exitCode == 0)
        #expect(codes.allSatisfy { text.standardOutput.contains($0) })
        let listed = text.standardOutput.matches(of: #/[2-9A-Z]{3}-[2-9A-Z]{3}/#).map { String($0.0) }
        #expect(listed == codes.map(String.init), "the table too, in the order handed out, not by code")
    }

    @Test func learnerAddWithAnAgeBandAndJSON() throws {
        #expect(try oberih(["cohort", "create", "Youth club"]).exitCode == 0)
        let added = try oberih([
            "learner", "add", "--cohort", "Youth club", "--age-band", "13-15", "--count", "2", "--language", "pt-br",
            "--json",
        ])
        #expect(added.exitCode == 0, "\(added.standardError)")
        let learners = try #require(try json(added)["learners"] as? [[String: Any]])
        #expect(learners.count == 2)
        #expect(learners.allSatisfy { $0["ageBand"] as? String == "13-15" && $0["age"] is NSNull })
        #expect(learners.allSatisfy { $0["language"] as? String == "pt-BR" && $0["country"] is NSNull })
    }

    @Test(
        "learner add refuses ages outside 10-18 and anything but exactly one of --age and --age-band",
        arguments: [
            (["--age", "9"], "10 to 18"),
            (["--age", "19"], "10 to 18"),
            (["--age-band", "8-12"], "10 to 18"),
            (["--age-band", "15-13"], "13-15"),
            (["--age-band", "teen"], "--age-band"),
            (["--age", "12", "--age-band", "13-15"], "not both"),
            ([], "--age"),
            (["--age", "12", "--count", "0"], "--count"),
            (["--age", "12", "--country", "Ukraine"], "ISO 3166"),
        ])
    func learnerAddRefuses(_ options: [String], _ expected: String) throws {
        let run = try oberih(["learner", "add", "--cohort", "Year 8 B"] + options)
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains(expected), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: storePath), "a refused command created the store")
    }

    @Test func learnerShowAcceptsAnyCaseWithOrWithoutTheDash() throws {
        let code = try #require(try makeCohort(learners: 1).first)
        let typed = code.lowercased().replacingOccurrences(of: "-", with: "")
        let show = try oberih(["learner", "show", typed, "--json"])
        #expect(show.exitCode == 0, "\(show.standardError)")
        let document = try json(show)
        #expect((document["learner"] as? [String: Any])?["code"] as? String == code)
        #expect(document["cohorts"] as? [String] == ["Year 8 B"])
        #expect((document["attempts"] as? [Any])?.isEmpty == true)

        let text = try oberih(["learner", "show", code])
        #expect(text.exitCode == 0)
        #expect(text.standardOutput.contains(code) && text.standardOutput.contains("Year 8 B"))

        let notACode = try oberih(["learner", "show", "OIL-000"])
        #expect(notACode.exitCode == 2)
        #expect(notACode.standardError.contains("not a learner code"), "\(notACode.standardError)")
    }

    @Test func deleteWithYesErasesEveryTrace() throws {
        let codes = try makeCohort(learners: 3)
        #expect(codes.count == 3)
        let code = codes[1]
        let before = Self.storeFiles(storePath)
        #expect(
            before.values.contains { $0.range(of: Data(code.utf8)) != nil },
            "the code is not in the store's files before erasure, so the check below proves nothing")

        let deleted = try oberih(["learner", "delete", code.lowercased(), "--yes", "--json"])
        #expect(deleted.exitCode == 0, "\(deleted.standardError)")
        let erased = try #require(try json(deleted)["erased"] as? [String: Any])
        #expect(erased["code"] as? String == code)
        #expect(erased["enrolments"] as? Int == 1)
        #expect(erased["attempts"] as? Int == 0)

        let show = try oberih(["learner", "show", code])
        #expect(show.exitCode == 2)
        #expect(show.standardError.contains("no learner"), "\(show.standardError)")

        let list = try oberih(["learner", "list", "--json"])
        let remaining = (try json(list)["learners"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
        #expect(remaining == [codes[0], codes[2]])

        for (path, bytes) in Self.storeFiles(storePath) {
            #expect(bytes.range(of: Data(code.utf8)) == nil, "\(path) still holds the erased code \(code)")
        }

        let text = try oberih(["learner", "delete", codes[0], "--yes"])
        #expect(text.exitCode == 0)
        #expect(text.standardOutput.contains("erased learner \(codes[0])"), "\(text.standardOutput)")
    }

    @Test func deleteWithoutYesOnPipedStdinIsRefused() throws {
        let code = try #require(try makeCohort(learners: 1).first)
        let run = try oberih(["learner", "delete", code])
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("--yes"), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
        #expect(try oberih(["learner", "show", code]).exitCode == 0, "the learner was erased without --yes")
    }

    @Test func theCodeTypedIntoAFileOnStdinIsNoConfirmation() throws {
        let code = try #require(try makeCohort(learners: 1).first)
        // stdin is a file holding the code: still not a terminal, so still not a confirmation.
        // (A file rather than OberihProcess's pipe, which a child that never reads could
        // close under the test runner's write.)
        let answers = folder.appendingPathComponent("answers.txt")
        try Data((code + "\n").utf8).write(to: answers)
        let process = Process()
        process.executableURL = OberihProcess.binaryURL
        process.arguments = ["learner", "delete", code, "--store", storePath]
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: answers)
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(message)")
        #expect(message.contains("--yes"), "\(message)")
        #expect(try oberih(["learner", "show", code]).exitCode == 0, "the learner was erased without --yes")
    }

    @Test func deleteOfAnUnknownCodeIsNotFound() throws {
        try makeCohort(learners: 1)
        let run = try oberih(["learner", "delete", "K7M-4QX", "--yes"])
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("K7M-4QX") && run.standardError.contains(storePath))
    }

    /// Attempts and events cannot be recorded from this command line yet, so this test
    /// writes them with the sqlite3 shell, where there is one.
    @Test(.enabled(if: StoreCommandsTests.sqlite3Path != nil, "needs the sqlite3 shell"))
    func showAndEraseALearnerWithAttempts() throws {
        let codes = try makeCohort(learners: 2)
        let code = codes[0]
        let marker = "pack-marker-\(UUID().uuidString.prefix(8))"
        let sql = """
            INSERT INTO attempt
              (learnerCode, packId, packVersion, packSHA256, lessonId, mode, seed, startedAt, finishedAt)
            VALUES
              ('\(code)', '\(marker)', '1.2.0', 'ab', 'spotting-scams', 'individual', 7, '2026-05-04 09:30:00.000', NULL);
            INSERT INTO event (attemptId, sequence, at, event)
              SELECT id, 0, '2026-05-04 09:30:00.000', '{"started":{}}' FROM attempt WHERE packId = '\(marker)';
            INSERT INTO event (attemptId, sequence, at, event)
              SELECT id, 1, '2026-05-04 09:31:00.000', '{"answered":{}}' FROM attempt WHERE packId = '\(marker)';
            """
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: try #require(Self.sqlite3Path))
        sqlite.arguments = [storePath, sql]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)

        let show = try oberih(["learner", "show", code, "--json"])
        #expect(show.exitCode == 0, "\(show.standardError)")
        let attempts = try #require(try json(show)["attempts"] as? [[String: Any]])
        #expect(attempts.count == 1)
        #expect(attempts.first?["pack"] as? String == marker)
        #expect(attempts.first?["packVersion"] as? String == "1.2.0")
        #expect(attempts.first?["lesson"] as? String == "spotting-scams")
        #expect(attempts.first?["mode"] as? String == "individual")
        #expect(attempts.first?["startedAt"] as? String == "2026-05-04T09:30:00Z")
        #expect(attempts.first?["finishedAt"] is NSNull)
        #expect(attempts.first?["eventCount"] as? Int == 2)

        let cohort = try json(try oberih(["cohort", "show", "Year 8 B", "--json"]))
        let counts = (cohort["learners"] as? [[String: Any]])?.reduce(into: [String: Int]()) {
            $0[$1["code"] as? String ?? ""] = $1["attemptCount"] as? Int
        }
        #expect(counts == [code: 1, codes[1]: 0])

        let deleted = try oberih(["learner", "delete", code, "--yes", "--json"])
        #expect(deleted.exitCode == 0, "\(deleted.standardError)")
        let erased = try json(deleted)["erased"] as? [String: Any]
        #expect(erased?["attempts"] as? Int == 1)
        #expect(erased?["events"] as? Int == 2)
        for (path, bytes) in Self.storeFiles(storePath) {
            #expect(bytes.range(of: Data(code.utf8)) == nil, "\(path) still holds the erased code")
            #expect(bytes.range(of: Data(marker.utf8)) == nil, "\(path) still holds the erased attempt")
        }
    }

    static var sqlite3Path: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/sqlite3" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    // MARK: - Doctor

    @Test func doctorOnAHealthyStore() throws {
        try makeCohort(learners: 5)
        let run = try oberih(["doctor", "--json"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let report = try json(run)
        #expect(report["integrity"] as? [String] == ["ok"])
        #expect(report["healthy"] as? Bool == true)
        #expect((report["problems"] as? [Any])?.isEmpty == true)
        #expect(report["path"] as? String == storePath)
        #expect((report["schema"] as? [String: Any])?["current"] as? Bool == true)
        let counts = report["counts"] as? [String: Int]
        #expect(counts?["learner"] == 5 && counts?["cohort"] == 1 && counts?["attempt"] == 0)
        #expect((report["modes"] as? [String: String])?[storePath] == "600")

        let text = try oberih(["doctor"])
        #expect(text.exitCode == 0)
        #expect(text.standardOutput.contains("integrity: ok") && text.standardOutput.contains("healthy"))
    }

    @Test func doctorReportsAFolderOthersCanWrite() throws {
        try makeCohort(learners: 1)
        let storeFolder = (storePath as NSString).deletingLastPathComponent
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: storeFolder)
        let run = try oberih(["doctor", "--json"])
        #expect(run.exitCode == 1, "\(run.standardError)")
        let report = try json(run)
        #expect(report["healthy"] as? Bool == false)
        #expect(report["integrity"] as? [String] == ["ok"])
        let problems = report["problems"] as? [String] ?? []
        #expect(problems.contains { $0.contains("chmod 700 \(storeFolder)") }, "\(problems)")

        let text = try oberih(["doctor"])
        #expect(text.exitCode == 1)
        #expect(text.standardOutput.contains("problem: ") && text.standardOutput.contains("found 1 problem"))
    }

    @Test func doctorWithoutAStoreDoesNotCreateOne() throws {
        let run = try oberih(["doctor"])
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains(storePath), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: storePath))
    }

    // MARK: - Hostile stores

    static let commandsOnAHostileStore: [[String]] = [
        ["doctor"], ["doctor", "--json"], ["cohort", "list"], ["cohort", "create", "New"],
        ["learner", "add", "--cohort", "Year 8 B", "--age", "12"],
    ]

    @Test("a file of random bytes is refused and left as it was", arguments: commandsOnAHostileStore)
    func randomBytesAreRefused(_ command: [String]) throws {
        let bytes = Self.randomBytes(64 * 1024)
        try bytes.write(to: URL(fileURLWithPath: storePath))
        let run = try oberih(command)
        #expect(run.exitCode == 2, "\(run.standardError)")
        #expect(run.standardError.contains(storePath), "the message does not name the file: \(run.standardError)")
        #expect(!run.standardError.contains("Fatal error"), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
        #expect(FileManager.default.contents(atPath: storePath) == bytes, "the file was changed")
        #expect(!FileManager.default.fileExists(atPath: storePath + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: storePath + "-shm"))
    }

    @Test("a truncated copy of a real store is refused and left as it was", arguments: commandsOnAHostileStore)
    func truncatedStoreIsRefused(_ command: [String]) throws {
        let real = folder.appendingPathComponent("real/progress.sqlite").path
        try makeCohort(learners: 30, store: real)
        let whole = try #require(FileManager.default.contents(atPath: real))
        #expect(whole.count > 8192)
        let truncated = whole.prefix(whole.count / 2)
        try truncated.write(to: URL(fileURLWithPath: storePath))
        let run = try oberih(command)
        #expect(run.exitCode == 2, "\(run.standardError)")
        #expect(run.standardError.contains(storePath), "the message does not name the file: \(run.standardError)")
        #expect(run.standardOutput.isEmpty)
        #expect(FileManager.default.contents(atPath: storePath) == truncated, "the file was changed")
    }

    // MARK: - Two writers

    @Test func twoLearnerAddsAtOnceBothSucceed() throws {
        #expect(try oberih(["cohort", "create", "Year 8 B"]).exitCode == 0)
        let arguments = [
            "learner", "add", "--cohort", "Year 8 B", "--age", "14", "--count", "50", "--store", storePath,
        ]
        let environment = environment
        let group = DispatchGroup()
        nonisolated(unsafe) var runs: [Int: Result<OberihRun, any Error>] = [:]
        let lock = NSLock()
        for index in 0..<2 {
            DispatchQueue.global().async(group: group) {
                let result = Result { try OberihProcess.run(arguments, environment: environment) }
                lock.withLock { runs[index] = result }
            }
        }
        group.wait()
        var codes: [String] = []
        for index in 0..<2 {
            let run = try #require(try runs[index]?.get())
            #expect(run.exitCode == 0, "writer \(index): \(run.standardError)")
            codes += run.standardOutput.split(separator: "\n").map(String.init)
        }
        #expect(codes.count == 100 && Set(codes).count == 100)

        let list = try oberih(["learner", "list", "--json"])
        let listed = (try json(list)["learners"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
        #expect(listed.count == 100)
        #expect(Set(listed) == Set(codes))
    }

    // MARK: - Where the store is

    @Test func storeFromOBERIH_STORE() throws {
        let path = folder.appendingPathComponent("from-env/progress.sqlite").path
        var environment = self.environment
        environment["OBERIH_STORE"] = path
        let created = try OberihProcess.run(["cohort", "create", "Year 8 B"], environment: environment)
        #expect(created.exitCode == 0, "\(created.standardError)")
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: storePath))

        let doctor = try OberihProcess.run(["doctor", "--json"], environment: environment)
        #expect(doctor.exitCode == 0, "\(doctor.standardError)")
        #expect(try json(doctor)["path"] as? String == path)

        // --store wins over OBERIH_STORE.
        let explicit = try OberihProcess.run(
            ["cohort", "list", "--json", "--store", storePath], environment: environment)
        #expect(explicit.exitCode == 0)
        #expect((try json(explicit)["cohorts"] as? [Any])?.isEmpty == true)
    }

    @Test func storeUnderXDG_DATA_HOMEByDefault() throws {
        let dataHome = folder.appendingPathComponent("xdg-data")
        var environment = self.environment
        environment["XDG_DATA_HOME"] = dataHome.path
        let expected = dataHome.appendingPathComponent("oberih/progress.sqlite").path

        let created = try OberihProcess.run(["cohort", "create", "Year 8 B"], environment: environment)
        #expect(created.exitCode == 0, "\(created.standardError)")
        #expect(created.standardError.contains(expected), "\(created.standardError)")
        #expect(FileManager.default.fileExists(atPath: expected))
        #expect(try Self.mode(dataHome.appendingPathComponent("oberih").path) == 0o700)
        #expect(try Self.mode(expected) == 0o600)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: expected + suffix) {
            #expect(try Self.mode(expected + suffix) == 0o600)
        }

        let doctor = try OberihProcess.run(["doctor", "--json"], environment: environment)
        #expect(doctor.exitCode == 0, "\(doctor.standardError)")
        #expect(try json(doctor)["path"] as? String == expected)
    }
}
