import Foundation
import Testing

@testable import OberihCommands

/// Where `push` may send, and where it takes the account from.
@Suite struct PushAddressTests {
    @Test func theStatementsResourceIsAddedToTheEndpoint() throws {
        #expect(try LRSAddress.statements("https://lrs.example.org/xAPI/").absoluteString == "https://lrs.example.org/xAPI/statements")
        #expect(try LRSAddress.statements("https://lrs.example.org/xAPI").absoluteString == "https://lrs.example.org/xAPI/statements")
        #expect(
            try LRSAddress.statements("https://lrs.example.org/xAPI/statements/").absoluteString
                == "https://lrs.example.org/xAPI/statements")
        #expect(try LRSAddress.statements("http://127.0.0.1:8100/xAPI/").absoluteString == "http://127.0.0.1:8100/xAPI/statements")
        #expect(try LRSAddress.statements("http://[::1]:8100/xAPI/").absoluteString == "http://[::1]:8100/xAPI/statements")
    }

    @Test func plainHTTPIsForThisMachineOnly() {
        for address in ["http://lrs.example.org/xAPI/", "http://10.0.0.5/xAPI/", "ftp://lrs.example.org/", "lrs.example.org",
            "https://user:pw@lrs.example.org/xAPI/", "https://lrs.example.org/xAPI/?token=1"]
        {
            #expect(throws: (any Error).self, "\(address)") { try LRSAddress.statements(address) }
        }
        #expect(LRSAddress.isLoopback("127.0.0.1") && LRSAddress.isLoopback("localhost") && LRSAddress.isLoopback("[::1]"))
        #expect(LRSAddress.isLoopback("127.0.0.9"))
        // A name that only starts like a loopback address is someone else's machine.
        #expect(!LRSAddress.isLoopback("127.example.org") && !LRSAddress.isLoopback("127.0.0.1.example.org"))
        #expect(throws: (any Error).self) { try LRSAddress.statements("http://127.0.0.1.example.org/xAPI/") }
    }

    @Test func credentialsComeFromTheEnvironmentOrAPrivateFile() throws {
        let login = try LRSCredentials.read(
            file: nil, environment: ["OBERIH_LRS_USERNAME": "trainer", "OBERIH_LRS_PASSWORD": "a:b c"])
        #expect(login.username == "trainer" && login.password == "a:b c")
        #expect(throws: CommandFailure.self) { try LRSCredentials.read(file: nil, environment: [:]) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("push-login-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("login")
        try "trainer:p:w\nignored\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let fromFile = try LRSCredentials.read(file: file.path, environment: [:])
        #expect(fromFile.username == "trainer" && fromFile.password == "p:w")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        #expect(throws: CommandFailure.self) { try LRSCredentials.read(file: file.path, environment: [:]) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        try "no colon here\n".write(to: file, atomically: false, encoding: .utf8)
        #expect(throws: CommandFailure.self) { try LRSCredentials.read(file: file.path, environment: [:]) }
    }
}
