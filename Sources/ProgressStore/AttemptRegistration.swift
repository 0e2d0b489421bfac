import Foundation

/// Stable UUIDs for attempts: the same attempt has the same registration in every export
/// and in every store it is merged into (`oberih import`), so a learning record store can
/// tell a re-sent statement from a new one. Derived from SHA-256 of what identifies the
/// attempt, laid out as RFC 4122 version-4 UUIDs (the form xAPI validators accept).
public enum AttemptRegistration {
    /// The registration derived from an attempt made in this store: its pack file, owner,
    /// row id and seed (as ids have always been made). An imported attempt keeps the one it
    /// came with instead (`Attempt.registrationUUID`).
    public static func derived(of attempt: Attempt) -> String {
        let owner = attempt.learnerCode ?? "group:\(attempt.cohortId ?? 0)"
        // The seed as the store keeps it (its Int64 bit pattern), as ids have always been made.
        return uuid(from: "oberih attempt \(attempt.packSHA256) \(owner) \(attempt.id) \(Int64(bitPattern: attempt.seed))")
    }

    /// A version-4-shaped UUID from the first 16 bytes of SHA-256 of `text`.
    public static func uuid(from text: String) -> String {
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

    /// Whether `text` has the shape of a UUID in lower-case hex (`8-4-4-4-12`).
    public static func isUUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12]
            && groups.allSatisfy { $0.allSatisfy { "0123456789abcdef".contains($0) } }
    }
}

extension Attempt {
    /// The attempt's xAPI registration: the one it kept from the store it was imported
    /// from, else the one derived from this store's row (`AttemptRegistration.derived`).
    public var registrationUUID: String {
        registration ?? AttemptRegistration.derived(of: self)
    }
}
