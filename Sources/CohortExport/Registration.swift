import Foundation
import ProgressStore

/// Stable UUIDs for exports: the same attempt gets the same registration (and the same
/// statements the same ids) in every export, so a learning record store can tell a
/// re-sent statement from a new one. Derived from SHA-256 of what identifies the attempt,
/// laid out as RFC 4122 version-4 UUIDs (the form xAPI validators accept).
enum Registration {
    static func uuid(of attempt: Attempt) -> String {
        let owner = attempt.learnerCode ?? "group:\(attempt.cohortId ?? 0)"
        // The seed as the store keeps it (its Int64 bit pattern), as ids have always been made.
        return uuid(from: "oberih attempt \(attempt.packSHA256) \(owner) \(attempt.id) \(Int64(bitPattern: attempt.seed))")
    }

    /// The `index`th statement about an attempt.
    static func statementId(registration: String, index: Int) -> String {
        uuid(from: "oberih statement \(registration) \(index)")
    }

    static func uuid(from text: String) -> String {
        var bytes = Array(SHA256.digest(of: Array(text.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0f) | 0x40
        bytes[8] = (bytes[8] & 0x3f) | 0x80
        let digits = Array("0123456789abcdef".utf8)
        var characters: [UInt8] = []
        characters.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { characters.append(UInt8(ascii: "-")) }
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
