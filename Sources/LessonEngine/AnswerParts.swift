/// Which parts of an answer with parts were right, for feedback that says so: a
/// matching's pairs, an ordering's places, a multiple choice's choices.
public enum AnswerParts: Sendable, Equatable {
    /// Matching: the pairs (by id, in the file's order) matched right, and those not.
    case pairs(right: [String], notRight: [String])
    /// Ordering: the places (1 = first) that hold the right item, and those that do not.
    case places(right: [Int], notRight: [Int])
    /// Multiple choice: how many chosen options are right, how many are not, and how
    /// many right ones were not chosen.
    case choices(rightChosen: Int, wrongChosen: Int, missed: Int)
}
