import LessonPack

extension ScenarioWalk {
    /// The most points a learner can earn on the way from the start to an ending, each
    /// choice counted once (docs/scoring.md, "Scenarios"). O(nodes + choices).
    ///
    /// Inside a loop (a strongly connected part of the graph) a learner can take every
    /// choice and still leave by any of its exits; between loops the graph has no cycle,
    /// so the best is its longest path to an ending. A negative choice inside a loop counts
    /// as 0 there (it can often be avoided): the result is then an upper bound.
    static func maximumPoints(of scenario: Scenario) -> Double {
        let graph = ScenarioGraph(scenario)
        guard let start = graph.start else { return 0 }
        let components = StronglyConnectedComponents(
            successors: graph.choices.map { $0.compactMap(\.target) })
        var members = Array(repeating: [Int](), count: components.count)
        for node in graph.choices.indices { members[components.componentOf[node]].append(node) }
        // The best from entering a component to an ending; nil where no ending is reached.
        // Numbered in reverse topological order, so every exit's target is known already.
        var best = Array(repeating: Double?.none, count: components.count)
        for component in 0..<components.count {
            var inside = 0.0
            var bestExit: Double?
            for node in members[component] {
                for choice in graph.choices[node] {
                    guard let target = choice.target else {
                        bestExit = max(bestExit ?? choice.points, choice.points)
                        continue
                    }
                    let targetComponent = components.componentOf[target]
                    if targetComponent == component {
                        inside += max(0, choice.points)
                    } else if let onward = best[targetComponent] {
                        bestExit = max(bestExit ?? choice.points + onward, choice.points + onward)
                    }
                }
            }
            best[component] = bestExit.map { inside + $0 }
        }
        return max(0, best[components.componentOf[start]] ?? 0)
    }
}
