/// What an input came to.
public enum Verdict: String, Sendable, Codable, Hashable {
    case correct
    case partlyCorrect = "partly"
    case wrong
    /// Taken down, not judged: Likert items, votes, scenario choices, discussion.
    case recorded
    /// The learner passed; never counted as wrong.
    case skipped
}
