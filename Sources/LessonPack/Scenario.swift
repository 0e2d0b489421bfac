import PackXML

/// A branching case scenario: nodes of a story, choices that lead on, several endings.
public struct Scenario: Sendable {
    public var title: LocalizedText?
    /// The node (or ending) the story starts at.
    public var start: Reference
    public var shuffles: Bool
    public var nodes: [ScenarioNode]
    public var endings: [ScenarioEnding]
}

public struct ScenarioNode: Sendable {
    public var id: String
    public var text: LocalizedText
    public var choices: [ScenarioChoice]
    public var position: SourcePosition
}

public struct ScenarioChoice: Sendable {
    /// A node or an ending of the same scenario.
    public var target: Reference
    public var points: Double
    public var label: LocalizedText
    public var feedback: LocalizedText?
    public var position: SourcePosition
}

public struct ScenarioEnding: Sendable {
    public enum Outcome: String, Sendable, CaseIterable {
        case positive, mixed, negative
    }

    public var id: String
    public var outcome: Outcome?
    public var text: LocalizedText
    public var contacts: [Reference]
    /// What the ending is about, when it lists contacts for a harm.
    public var harms: [Harm] = []
    public var position: SourcePosition
}
