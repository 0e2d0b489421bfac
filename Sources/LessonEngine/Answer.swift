/// What a learner gives for a step.
public enum Answer: Sendable, Hashable {
    /// Single choice: one option id.
    case choice(String)
    /// Multiple choice: the option ids selected (duplicates are ignored).
    case choices([String])
    case trueFalse(Bool)
    /// Ordering: every item id, in the learner's order.
    case order([String])
    /// Matching: for each pair id (left side), the pair id whose right side was chosen.
    case matches([String: String])
    case text(String)
    /// Likert: a point from 1 to the item's scale.
    case likert(Int)
    /// Scenario: the index of the choice taken at the current node.
    case scenarioChoice(Int)
    /// Vote, one learner: the option id.
    case vote(String)
}
