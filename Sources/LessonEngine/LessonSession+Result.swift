import LessonPack

extension LessonSession {
    /// Points, pass, completion, time and mastery per objective, from the state alone.
    public var result: LessonResult {
        var steps: [LessonResult.StepResult] = []
        var mastery: [String: (earned: Double, maximum: Double)] = [:]
        for step in lesson.steps {
            let record = state.record(for: step.id)
            let maximum = Self.maximumPoints(of: step)
            steps.append(
                LessonResult.StepResult(
                    stepId: step.id, kindName: step.kindName, verdict: record.verdict,
                    pointsEarned: record.pointsEarned, pointsMaximum: maximum, attempts: record.attempts,
                    hintsShown: record.hintsShown, scenarioPath: record.scenarioPath,
                    scenarioEnding: record.scenarioEnding))
            guard maximum > 0 else { continue }
            let objectives = step.objectives.isEmpty ? lesson.objectives : step.objectives
            for objective in objectives {
                mastery[objective.id, default: (0, 0)].earned += record.pointsEarned
                mastery[objective.id, default: (0, 0)].maximum += maximum
            }
        }
        let raw = steps.reduce(0) { $0 + $1.pointsEarned }
        let maximum = steps.reduce(0) { $0 + $1.pointsMaximum }
        let scaled = maximum > 0 ? min(1, raw / maximum) : nil
        return LessonResult(
            lessonId: lesson.id, kind: lesson.kind, rawPoints: raw, maximumPoints: maximum, scaled: scaled,
            passed: scaled.map { $0 * 100 >= lesson.passMark }, isComplete: isFinished,
            timeSpent: state.lastActivityAt.timeIntervalSince(state.startedAt),
            skipped: steps.filter { $0.verdict == .skipped }.count, steps: steps,
            objectives: mastery.keys.sorted().map { id in
                let (earned, maximum) = mastery[id]!
                return LessonResult.ObjectiveMastery(
                    objectiveId: id, pointsEarned: earned, pointsMaximum: maximum, mastery: earned / maximum)
            })
    }

    /// What a step can earn: a question its points; a scenario its best path.
    static func maximumPoints(of step: Step) -> Double {
        switch step.content {
        case .question(let question): return question.points
        case .scenario(let scenario): return ScenarioWalk.maximumPoints(of: scenario)
        default: return 0
        }
    }
}
