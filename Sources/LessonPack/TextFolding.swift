/// Cheap text normalisation for the rules that compare texts, on UTF-8 bytes: Foundation's
/// string searching and `lowercased()` cost more than all of parsing on a large pack.
enum TextFolding {
    /// The UTF-8 of `text` with ASCII and Cyrillic capitals made small (all the phrase
    /// lists and the pack languages need) and every run of white space folded to one space,
    /// without leading or trailing space.
    static func folded(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { source in
            // Folding never makes text longer, so the source length is enough room.
            [UInt8](unsafeUninitializedCapacity: source.count) { result, count in
                var pendingSpace = false
                var index = 0
                while index < source.count {
                    let byte = source[index]
                    index += 1
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace {
                        result[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    if byte == 0xE2, index + 1 < source.count, source[index] == 0x80,
                        source[index + 1] == 0x98 || source[index + 1] == 0x99
                    {
                        // ‘ and ’ become ', so "shouldn’t" matches "shouldn't".
                        result[count] = UInt8(ascii: "'")
                        count += 1
                        index += 2
                    } else if (byte == 0xD0 || byte == 0xD2), index < source.count {
                        let (lead, trail) = smallCyrillic(lead: byte, trail: source[index])
                        index += 1
                        result[count] = lead
                        result[count + 1] = trail
                        count += 2
                    } else {
                        result[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                        count += 1
                    }
                }
            }
        }
    }

    /// D0 90-9F → D0 B0-BF (А-П), D0 A0-AF → D1 80-8F (Р-Я), D0 80-8F → D1 90-9F (Ѐ-Џ,
    /// with Ё Є І Ї), D2 90 → D2 91 (Ґ); other pairs unchanged.
    private static func smallCyrillic(lead: UInt8, trail: UInt8) -> (UInt8, UInt8) {
        switch (lead, trail) {
        case (0xD0, 0x90...0x9F): return (0xD0, trail + 0x20)
        case (0xD0, 0xA0...0xAF): return (0xD1, trail - 0x20)
        case (0xD0, 0x80...0x8F): return (0xD1, trail + 0x10)
        case (0xD2, 0x90): return (0xD2, 0x91)
        default: return (lead, trail)
        }
    }
}

extension String {
    /// Without leading and trailing white space; returns `self` untouched in the common
    /// case where there is none.
    var trimmed: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !first.isFoldedWhitespace && !last.isFoldedWhitespace { return self }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }

    /// Whether the string is empty or only white space. Stops at the first other scalar.
    var isBlank: Bool {
        unicodeScalars.allSatisfy(\.isFoldedWhitespace)
    }
}

extension Unicode.Scalar {
    /// White space, decided without a property lookup for the common ASCII letters.
    fileprivate var isFoldedWhitespace: Bool {
        if value > 0x20 && value < 0x7F { return false }
        return properties.isWhitespace
    }
}
