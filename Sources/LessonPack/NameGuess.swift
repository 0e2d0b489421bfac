/// "Did you mean …?" for a name typed by hand (a command, an option, a cohort, a pack
/// id): the same edit-distance guess as the validator's, but never for a word so short
/// that two edits would turn it into anything.
public enum NameGuess {
    /// The known name nearest `word` (at most 2 edits, and at most half its length), if any.
    public static func closest(to word: String, among names: some Sequence<String>) -> String? {
        let candidates = Array(names).filter { $0 != word }
        guard let guess = IdGuesser(candidates).guess(for: word) else { return nil }
        let allowed = min(2, (word.utf8.count + 1) / 2)
        guard let distance = editDistance(Array(word.utf8), Array(guess.utf8), atMost: allowed) else { return nil }
        return distance <= allowed ? guess : nil
    }

    /// "; did you mean 'x'?", or "" when nothing is close.
    public static func suffix(for word: String, among names: some Sequence<String>) -> String {
        closest(to: word, among: names).map { "; did you mean '\($0)'?" } ?? ""
    }
}
