import LessonPack

/// A scenario as numbered nodes and choices, for walks in time linear in its size.
///
/// Read as the session plays it: a choice whose target is an ending finishes the step;
/// of two nodes with one id the first is played; a choice to an unknown id leads nowhere.
struct ScenarioGraph {
    /// One choice; `target` is the index of a node, or `nil` for an ending.
    struct Choice {
        var target: Int?
        var points: Double
    }

    /// The choices of each node, by node index.
    var choices: [[Choice]]
    /// The start node's index; `nil` when the start is an ending or unknown.
    var start: Int?

    /// O(nodes + choices).
    init(_ scenario: Scenario) {
        let endings = Set(scenario.endings.map(\.id))
        var indexOf: [String: Int] = [:]
        var played: [ScenarioNode] = []
        for node in scenario.nodes where !endings.contains(node.id) && indexOf[node.id] == nil {
            indexOf[node.id] = played.count
            played.append(node)
        }
        choices = played.map { node in
            node.choices.compactMap { choice in
                if endings.contains(choice.target.id) { return Choice(target: nil, points: choice.points) }
                return indexOf[choice.target.id].map { Choice(target: $0, points: choice.points) }
            }
        }
        start = indexOf[scenario.start.id]
    }
}
