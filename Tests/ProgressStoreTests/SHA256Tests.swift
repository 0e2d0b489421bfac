import Foundation
import TestSupport
import Testing

@testable import ProgressStore

@Suite struct SHA256Tests {
    @Test func theHasherGivesTheDigestOfTheWholeWhateverThePieces() {
        var generator = SeededGenerator(seed: 7)
        for length in [0, 1, 55, 56, 63, 64, 65, 127, 128, 1_000, 10_000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var pieces = SHA256.Hasher()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + Int.random(in: 0...130, using: &generator))
                pieces.update(bytes[start..<end])
                start = end
            }
            #expect(pieces.finalizeHex() == SHA256.hex(of: bytes), "\(length) bytes")
        }
        var abc = SHA256.Hasher()
        abc.update(Array("ab".utf8))
        abc.update(Array("c".utf8))
        #expect(abc.finalizeHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func knownVectors() {
        #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func agreesWithSha256sumOnAPack() throws {
        let pack = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Curriculum/being-kind-online.xml")
        let bytes = [UInt8](try Data(contentsOf: pack))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", pack.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.hasPrefix(SHA256.hex(of: bytes) + " "))
    }
}
