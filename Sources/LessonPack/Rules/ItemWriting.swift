/// The thresholds and phrase lists of the item-writing rules (docs/validation.md says why
/// each has its value).
enum ItemWriting {
    /// "Clearly longest": the correct option is this many times as long as the longest other…
    static let longestKeyRatio = 1.3
    /// …and this many characters longer.
    static let longestKeyMargin = 10
    /// Share of a test's single-choice items whose key is the longest, above which the test
    /// warns (by chance, a third of three-option items).
    static let longestKeyShare = 0.5
    /// Fewest items of a kind before a pattern across the tests counts as a cue.
    static let minimumItemsForTestCues = 4
    static let minimumSingleChoiceItems = 3
    static let minimumMultipleChoiceItems = 3
    /// The share of true statements a true/false set keeps within.
    static let balancedTrueShare = 0.35...0.65
    /// Below this age, no "all/none of the above" and no negative stems.
    static let plainWordingBelowAge = 13

    /// Options that refer to the others; English, Ukrainian and Russian.
    static let aboveOptions = PhraseSet([
        "all of the above", "none of the above", "all the above", "all of these", "none of these",
        "усі перелічені", "всі перелічені", "усе перелічене", "все перелічене", "усе вищезазначене",
        "все вищезазначене", "жоден з перелічених", "жодне з перелічених", "жодна з перелічених",
        "усі відповіді", "всі відповіді", "жодна з відповідей",
        "все перечисленное", "все перечисленные", "все вышеперечисленное", "ничего из перечисленного",
        "ни один из перечисленных", "все ответы", "ни один из ответов",
    ])

    /// Stems that ask for the wrong answer.
    private static let negativePhrases = PhraseSet([
        "which is not", "which one is not", "which of these is not", "which of the following is not",
        "what is not", "which isn't", "what isn't", "which would not", "which should not",
        "should you not", "would you not", "is not a good", "except",
        "що не є", "який не є", "яка не є", "яке не є", "які не є", "що з цього не", "що з переліченого не",
        "чого не слід", "що не слід", "чого не варто", "що не варто",
        "что не является", "какой не является", "какая не является", "какое не является",
        "что из этого не", "что из перечисленного не", "чего не следует", "что не следует",
        "чего не стоит", "что не стоит",
    ])

    /// Negations written in capitals, the usual way of stressing a negative stem.
    private static let capitalNegations: Set<Substring> = ["NOT", "EXCEPT", "НЕ", "КРІМ", "КРОМЕ"]

    /// The negative wording of `prompt`, if it asks for the wrong answer.
    static func negativeStem(in prompt: String) -> String? {
        if let phrase = negativePhrases.matches(in: prompt).first { return phrase }
        return prompt.split(whereSeparator: { !$0.isLetter }).first { capitalNegations.contains($0) }
            .map(String.init)
    }
}
