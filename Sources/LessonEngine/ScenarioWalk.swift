import LessonPack

/// Moving through a branching scenario, and what its paths are worth (docs/scoring.md).
enum ScenarioWalk {
    /// The node the learner is at: the last one visited, or the start.
    static func currentNode(of scenario: Scenario, record: StepRecord) -> ScenarioNode? {
        let id = record.scenarioPath.last ?? scenario.start.id
        return scenario.nodes.first { $0.id == id }
    }

    /// Takes choice `index` at the current node. A choice earns its points the first time
    /// it is taken; reaching an ending finishes the step. `maximum` is the scenario's
    /// `maximumPoints(of:)`, worked out once per session.
    static func choose(_ index: Int, in scenario: Scenario, maximum: Double, record: inout StepRecord)
        throws(SessionError)
        -> StepOutcome
    {
        guard let node = currentNode(of: scenario, record: record) else { throw .sessionFinished }
        guard node.choices.indices.contains(index) else {
            throw .outOfRange(value: index, allowed: 0...max(node.choices.count - 1, 0))
        }
        let choice = node.choices[index]
        if record.scenarioPath.isEmpty { record.scenarioPath.append(node.id) }
        if record.scenarioChoicesTaken.insert("\(node.id)#\(index)").inserted {
            record.pointsEarned += choice.points
        }
        record.answers.append(.scenarioChoice(index))
        record.scenarioPath.append(choice.target.id)
        // What the learner is told matches the result: never more than the maximum.
        let shown = min(record.pointsEarned, maximum)
        var feedback = choice.feedback.map { [$0] } ?? []
        if let ending = scenario.endings.first(where: { $0.id == choice.target.id }) {
            record.scenarioEnding = ending.id
            record.status = .done
            record.verdict = .recorded
            feedback.append(ending.text)
            return StepOutcome(
                verdict: .recorded, pointsEarned: shown, pointsAvailable: choice.points,
                feedback: feedback, attemptsLeft: 0, next: .nextStep)
        }
        return StepOutcome(
            verdict: .recorded, pointsEarned: shown, pointsAvailable: choice.points,
            feedback: feedback, attemptsLeft: 0, next: .sameStep)
    }
}
