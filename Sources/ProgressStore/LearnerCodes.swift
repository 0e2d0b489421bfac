/// Pseudonymous learner codes: six characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L), written `K7M-4QX` so they can be read aloud and copied from paper.
public enum LearnerCodes {
    public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    public static func make(using generator: inout some RandomNumberGenerator) -> String {
        let characters = (0..<6).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        return String(characters[0..<3]) + "-" + String(characters[3..<6])
    }

    /// Whether `text` has the shape of a code (any case; the dash optional).
    public static func normalised(_ text: String) -> String? {
        let letters = text.uppercased().filter { $0 != "-" && $0 != " " }
        guard letters.count == 6, letters.allSatisfy(alphabet.contains) else { return nil }
        return String(letters.prefix(3)) + "-" + String(letters.suffix(3))
    }
}
