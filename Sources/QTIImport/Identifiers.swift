/// Pack ids (`[a-z0-9][a-z0-9_-]*`, at most 64 characters) made from QTI identifiers.
public enum PackIdentifier {
    /// `ChoiceA` → `choice-a`, `MGH001A` → `mgh001a`, `text_entry 2` → `text_entry-2`;
    /// `fallback` when nothing usable is left.
    public static func sanitised(_ identifier: String, fallback: String) -> String {
        var result = ""
        var previous: Character?
        for character in identifier {
            if character.isASCII, character.isLetter || character.isNumber {
                if character.isUppercase, let previous, previous.isASCII, previous.isLowercase {
                    result.append("-")
                }
                result.append(Character(character.lowercased()))
            } else if character == "_" || character == "-" {
                result.append(character)
            } else if result.last != "-" {
                result.append("-")
            }
            previous = character
        }
        while let first = result.first, first == "-" || first == "_" { result.removeFirst() }
        while result.contains("--") { result = result.replacingOccurrences(of: "--", with: "-") }
        if result.count > 64 { result = String(result.prefix(64)) }
        while let last = result.last, last == "-" || last == "_" { result.removeLast() }
        return result.isEmpty ? fallback : result
    }

    /// Whether `id` is a valid pack id.
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64 else { return false }
        func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return isLowerAlphanumeric(first)
            && id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" || $0 == "_" }
    }
}

/// Hands out ids unique within one scope: `choice`, then `choice-2`, `choice-3`, ….
struct UniqueIdentifiers {
    private var used: Set<String>
    /// The next number to try for each base, so that many repeats cost linear time.
    private var nextNumber: [String: Int] = [:]

    init(reserved: Set<String> = []) {
        used = reserved
    }

    mutating func claim(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var number = nextNumber[base] ?? 2
        defer { nextNumber[base] = number + 1 }
        while true {
            let suffix = "-\(number)"
            let candidate = String(base.prefix(64 - suffix.count)) + suffix
            if used.insert(candidate).inserted { return candidate }
            number += 1
        }
    }
}
