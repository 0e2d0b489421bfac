/// The command keys a learner can type at a step, as `oberih help keys` lists them.
/// `AnswerInput` reads them; `PlayerKeysTests` checks that each one here is read as said.
public enum PlayerKeys {
    public struct Key: Sendable {
        public var key: String
        /// The word that does the same, where there is one (not at a short answer).
        public var word: String?
        public var input: PlayerInput
        public var meaning: String
    }

    public static let atAStep: [Key] = [
        Key(key: "?", word: nil, input: .hint, meaning: "the next hint, where the step has one"),
        Key(key: "h", word: "help", input: .help, meaning: "help: the support contacts; the place is kept"),
        Key(key: "i", word: nil, input: .sources, meaning: "where the step's facts come from (steps with sources)"),
        Key(key: "s", word: "skip", input: .skip, meaning: "pass the step, where the pack allows it"),
        Key(key: "q", word: "quit", input: .quit, meaning: "save and quit; the next session resumes here"),
    ]

    /// The keys `oberih facilitate` adds (`FacilitatorInput`).
    public static let forAFacilitator: [Key] = [
        Key(key: "d", word: nil, input: .disclosureCard, meaning: "the disclosure card, at any step"),
        Key(key: "n", word: nil, input: .facilitatorNotes, meaning: "the step's facilitator notes, where it has them"),
        Key(key: "v", word: nil, input: .countVotes, meaning: "at a vote: take the votes one by one (or type a=12 b=5)"),
    ]

    /// Keys of a Ukrainian or Russian layout read as the Latin key in their place.
    public static var layoutKeys: [(typed: String, means: String)] {
        CommandKey.layoutKeys.sorted { $0.value < $1.value }.map { ($0.key, $0.value) }
    }
}
