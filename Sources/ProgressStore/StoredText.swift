/// The rules for names kept in the store (a cohort's name, its organisation), and the
/// safe way to show any text read from a store on a terminal.
///
/// A name may not hold control characters (a newline, an escape that recolours the
/// terminal) or the invisible marks that reorder text (bidirectional overrides,
/// isolates and marks), and is at most `maximumNameLength` characters. A store written
/// before these rules may still hold such a name: `shownSafely` escapes it for display.
public enum StoredText {
    /// The longest name, in Unicode code points (a letter with a combining accent is two).
    public static let maximumNameLength = 100

    /// Why `name` cannot be stored as `what` (such as "a cohort's name"), or `nil` if it can.
    public static func problem(inName name: String, what: String) -> String? {
        if let unsafe = name.unicodeScalars.first(where: isUnsafe) {
            return "\(what) may not hold control characters or direction marks, and '\(shownSafely(name))' has "
                + "\(escaped(unsafe)); type it again without it"
        }
        let length = name.unicodeScalars.count
        if length > maximumNameLength {
            return "\(what) is at most \(maximumNameLength) characters long, and this one has \(length); choose a shorter one"
        }
        return nil
    }

    /// `text` with each control character and direction mark written as `\u{…}`, so that
    /// printing it cannot change the terminal or reorder the line. O(n).
    public static func shownSafely(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) { shown += escaped(scalar) } else { shown.unicodeScalars.append(scalar) }
        }
        return shown
    }

    /// C0 and C1 controls and DEL, the line and paragraph separators, and the
    /// bidirectional formatting characters (U+200E, U+200F, U+061C, U+202A to U+202E,
    /// U+2066 to U+2069).
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}
