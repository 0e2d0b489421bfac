import LessonPack

extension LessonSession {
    /// Points, pass, completion, time and mastery per objective, from the state alone.
    public var result: LessonResult {
        var steps: [LessonResult.StepResult] = []
        var mastery: [String: (earned: Double, maximum: Double)] = [:]
        for (step, maximum) in zip(lesson.steps, stepMaximums) {
            let record = state.record(for: step.id)
            // No step earns more than its maximum (a scenario left inside a loop with no
            // exit, or a negative choice inside a loop, can add up to more).
            let earned = min(record.pointsEarned, maximum)
            steps.append(
                LessonResult.StepResult(
                    stepId: step.id, kind: step.kind, verdict: record.verdict,
                    pointsEarned: earned, pointsMaximum: maximum, attempts: record.attempts,
                    hintsShown: record.hintsShown, scenarioPath: record.scenarioPath,
                    scenarioEnding: record.scenarioEnding, status: record.status, lastAnswer: record.answers.last,
                    voteCounts: record.voteCounts, timeSpent: record.activeTime,
                    lastActivityAt: record.lastActivityAt))
            guard maximum > 0 else { continue }
            let objectives = step.objectives.isEmpty ? lesson.objectives : step.objectives
            for objective in objectives {
                mastery[objective.id, default: (0, 0)].earned += earned
                mastery[objective.id, default: (0, 0)].maximum += maximum
            }
        }
        let raw = steps.reduce(0) { $0 + $1.pointsEarned }
        let maximum = steps.reduce(0) { $0 + $1.pointsMaximum }
        let scaled = maximum > 0 ? min(1, raw / maximum) : nil
        return LessonResult(
            lessonId: lesson.id, kind: lesson.kind, rawPoints: raw, maximumPoints: maximum, scaled: scaled,
            passed: maximum > 0 ? Self.reachesPassMark(raw: raw, maximum: maximum, passMark: lesson.passMark) : nil,
            isComplete: isFinished,
            timeSpent: state.activeTime,
            skipped: steps.filter { $0.verdict == .skipped }.count, steps: steps,
            objectives: mastery.keys.sorted().map { id in
                let (earned, maximum) = mastery[id]!
                return LessonResult.ObjectiveMastery(
                    objectiveId: id, pointsEarned: earned, pointsMaximum: maximum, mastery: earned / maximum)
            })
    }

    /// raw ÷ maximum ≥ pass mark ÷ 100, compared without the rounding of 0.57 × 100.
    static func reachesPassMark(raw: Double, maximum: Double, passMark: Double) -> Bool {
        raw * 100 >= passMark * maximum - 1e-9 * max(1, maximum)
    }

    /// What a step can earn: a question its points; a scenario its best score. Sessions
    /// keep these in `stepMaximums` rather than work them out again.
    static func maximumPoints(of step: Step) -> Double {
        switch step.content {
        case .question(let question): return question.points
        case .scenario(let scenario): return ScenarioWalk.maximumPoints(of: scenario)
        default: return 0
        }
    }
}
