extension PackChecker {
    /// The most nodes one scenario may have: far above any real story (the shipped ones
    /// have under 10), low enough that every walk over it stays instant.
    static let scenarioNodeLimit = 500
    /// The most choices one scenario may have, over all its nodes.
    static let scenarioChoiceLimit = 2_000

    /// In every scenario, each node and ending is reachable from the start, and an ending
    /// can be reached from every node (so no loop is without an exit); no scenario is
    /// larger than the limits above. O(nodes + choices) per scenario.
    mutating func checkScenarios() {
        for step in pack.lessons.flatMap(\.steps) {
            guard case .scenario(let scenario) = step.content else { continue }
            checkSize(of: scenario, in: step)
            checkGraph(of: scenario, in: step)
        }
    }

    private mutating func checkSize(of scenario: Scenario, in step: Step) {
        let nodes = scenario.nodes.count
        let choices = scenario.nodes.reduce(0) { $0 + $1.choices.count }
        guard nodes > Self.scenarioNodeLimit || choices > Self.scenarioChoiceLimit else { return }
        report(
            .scenarioTooLarge, at: step.position,
            "\(step.label) has \(nodes) nodes and \(choices) choices; a scenario may have at most "
                + "\(Self.scenarioNodeLimit) nodes and \(Self.scenarioChoiceLimit) choices",
            fix: "split the story into several scenarios")
    }

    private mutating func checkGraph(of scenario: Scenario, in step: Step) {
        let endingIds = Set(scenario.endings.map(\.id))
        var successors: [String: [String]] = [:]
        for node in scenario.nodes {
            successors[node.id, default: []] += node.choices.map(\.target.id)
        }
        let known = endingIds.union(successors.keys)
        guard known.contains(scenario.start.id) else { return }  // reported as unknown target
        if endingIds.contains(scenario.start.id) {
            report(
                .scenarioUnreachable, at: scenario.start.position,
                "\(step.label) starts at ending '\(scenario.start.id)', so none of its nodes can be reached",
                fix: "set start to the id of the first node")
            return
        }

        var reachable: Set<String> = [scenario.start.id]
        var queue = [scenario.start.id]
        while let id = queue.popLast() {
            for next in successors[id] ?? [] where known.contains(next) && reachable.insert(next).inserted {
                queue.append(next)
            }
        }
        for node in scenario.nodes where !reachable.contains(node.id) {
            report(
                .scenarioUnreachable, at: node.position,
                "no choice in \(step.label) leads to node '\(node.id)', so no learner will ever see it",
                fix: "add a choice with target=\"\(node.id)\" or remove the node")
        }
        for ending in scenario.endings where !reachable.contains(ending.id) {
            report(
                .scenarioUnreachable, at: ending.position,
                "no choice in \(step.label) leads to ending '\(ending.id)', so no learner will ever reach it",
                fix: "add a choice with target=\"\(ending.id)\" or remove the ending")
        }

        // Nodes from which an ending can be reached, found by walking choices backwards.
        var predecessors: [String: [String]] = [:]
        for (id, targets) in successors {
            for target in targets { predecessors[target, default: []].append(id) }
        }
        var canFinish = endingIds
        var backlog = Array(endingIds)
        while let id = backlog.popLast() {
            for previous in predecessors[id] ?? [] where canFinish.insert(previous).inserted {
                backlog.append(previous)
            }
        }
        // A node whose every choice names an unknown target is reported as such already.
        for node in scenario.nodes
        where reachable.contains(node.id) && !canFinish.contains(node.id)
            && node.choices.contains(where: { known.contains($0.target.id) })
        {
            report(
                .scenarioNoEnding, at: node.position,
                "from node '\(node.id)' of \(step.label) no ending can be reached: its choices only "
                    + "lead round in a loop",
                fix: "give a node on this path a choice whose target is an ending")
        }
    }
}
