import Foundation
import Testing

@testable import ProgressStore

/// The store holds children's answers: only its owner may read it.
@Suite struct FileModeTests {
    @Test func aNewStoreIsPrivateToItsOwner() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let storeFolder = folder.appendingPathComponent("data/oberih").path
            let path = storeFolder + "/progress.sqlite"
            let store = try ProgressStore(path: path)
            _ = try store.createCohort(name: "Class 7B", organisation: nil, at: StoreFixtures.epoch)

            #expect(try StoreFixtures.mode(of: storeFolder) == 0o700)
            #expect(try StoreFixtures.mode(of: path) == 0o600)
            for suffix in ["-wal", "-shm"] where StoreFixtures.exists(path + suffix) {
                #expect(try StoreFixtures.mode(of: path + suffix) == 0o600, "\(suffix)")
            }

            let health = try store.health()
            #expect(health.modes[path] == "600")
            #expect(health.modes[storeFolder] == "700")
            #expect(health.problems == [])
            #expect(health.isHealthy)
        }
    }

    /// A store put in an existing folder leaves the folder's mode alone. Others may list
    /// that folder (a store kept in ./ or /tmp), but a folder others can write to is
    /// reported, with the command that fixes it.
    @Test(arguments: [(0o755, false), (0o750, false), (0o775, true), (0o757, true), (0o777, true)])
    func aStoreInAnExistingFolder(folderMode: Int, isAProblem: Bool) throws {
        try StoreFixtures.withTemporaryFolder { folder in
            try FileManager.default.setAttributes([.posixPermissions: folderMode], ofItemAtPath: folder.path)
            let path = folder.appendingPathComponent("progress.sqlite").path
            let store = try ProgressStore(path: path)
            #expect(try StoreFixtures.mode(of: path) == 0o600)
            #expect(try StoreFixtures.mode(of: folder.path) == folderMode)
            let health = try store.health()
            #expect(health.modes[folder.path] == String(folderMode, radix: 8))
            let folderProblems = health.problems.filter { $0.contains(folder.path) && !$0.contains(path) }
            if isAProblem {
                #expect(folderProblems.count == 1)
                #expect(folderProblems.first?.contains("chmod 700 \(folder.path)") == true)
            } else {
                #expect(folderProblems == [])
                #expect(health.problems == [])
            }
        }
    }

    @Test func aStoreReadableByOthersIsAProblem() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("oberih/progress.sqlite").path
            let store = try ProgressStore(path: path)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)

            let health = try store.health()
            #expect(health.modes[path] == "644")
            #expect(health.problems.count == 1)
            #expect(health.problems.first?.contains(path) == true)
            #expect(health.problems.first?.contains("chmod 600 \(path)") == true)
            #expect(!health.isHealthy)
        }
    }

    /// Opening a store tightens its files again (a copy made with `cp` gets 0644).
    @Test func openingAStoreMakesItsFilesPrivateAgain() throws {
        try StoreFixtures.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("oberih/progress.sqlite").path
            try StoreFixtures.makeStore(at: path, learners: 1, events: 1)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
            let store = try ProgressStore(path: path)
            #expect(try StoreFixtures.mode(of: path) == 0o600)
            for suffix in ["-wal", "-shm"] where StoreFixtures.exists(path + suffix) {
                #expect(try StoreFixtures.mode(of: path + suffix) == 0o600, "\(suffix)")
            }
            #expect(try store.health().problems == [])
        }
    }
}
