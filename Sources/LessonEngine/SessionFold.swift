import Foundation
import LessonPack

extension SessionState {
    /// Applies one event to the state; throws, changing nothing, if the event does not fit.
    /// The only place where state changes, whether live or on replay.
    /// `stepMaximums` holds what each step of `lesson` can earn, by position.
    mutating func apply(
        _ event: SessionEvent, at time: Date, lesson: Lesson, pack: Pack, stepMaximums: [Double]
    ) throws(SessionError) -> StepOutcome {
        guard stepIndex < lesson.steps.count else { throw .sessionFinished }
        let step = lesson.steps[stepIndex]
        // Taken out while it changes, so that its answers are not copied on every event
        // (which made a long log on one step quadratic). Every refusal happens before any
        // change, so a refused event puts the record back as it was.
        let existed = records[step.id] != nil
        var record = records.removeValue(forKey: step.id) ?? StepRecord()
        let outcome: StepOutcome
        do {
            outcome = try Self.transition(event, step: step, record: &record, context: context(pack: pack, lesson: lesson, stepMaximum: stepMaximums[stepIndex]))
        } catch {
            if existed { records[step.id] = record }
            throw error
        }
        let gap = min(max(0, time.timeIntervalSince(lastActivityAt)), ScoringRules.idleLimit)
        record.activeTime += gap
        record.lastActivityAt = time
        records[step.id] = record
        activeTime += gap
        lastActivityAt = max(lastActivityAt, time)
        if outcome.next != .sameStep {
            stepIndex += 1
        }
        var final = outcome
        if final.next == .nextStep && stepIndex >= lesson.steps.count { final.next = .finished }
        return final
    }

    struct Context {
        var language: String
        var defaultLanguage: String
        var mode: SessionMode
        var showsFeedback: Bool
        /// A teaching lesson (not a test or survey): a question ended without the right
        /// answer shows the right one.
        var teaches: Bool
        /// What the current step can earn at most.
        var stepMaximum: Double
    }

    private func context(pack: Pack, lesson: Lesson, stepMaximum: Double) -> Context {
        Context(
            language: start.language, defaultLanguage: pack.defaultLanguage, mode: start.mode,
            showsFeedback: start.showsFeedback, teaches: lesson.kind == .lesson, stepMaximum: stepMaximum)
    }

    private static func transition(
        _ event: SessionEvent, step: Step, record: inout StepRecord, context: Context
    ) throws(SessionError) -> StepOutcome {
        switch event {
        case .started:
            throw .doesNotFit(step: step.id, expected: "an input for a started session")
        case .answered(let stepId, let answer):
            try requireCurrent(stepId, step)
            return try answered(answer, step: step, record: &record, context: context)
        case .hintShown(let stepId):
            try requireCurrent(stepId, step)
            guard case .question(let question) = step.content, context.showsFeedback,
                record.hintsShown < question.hints.count
            else {
                throw .noHintLeft
            }
            record.hintsShown += 1
            let availableNow =
                question.points
                * ScoringRules.availableShare(
                    attempt: record.attempts + 1, maxAttempts: question.maxAttempts, hints: record.hintsShown)
            return StepOutcome(
                verdict: .recorded, pointsEarned: 0, pointsAvailable: availableNow,
                feedback: [question.hints[record.hintsShown - 1]],
                attemptsLeft: question.maxAttempts - record.attempts, next: .sameStep)
        case .skipped(let stepId):
            try requireCurrent(stepId, step)
            guard step.isSkippable else { throw .notSkippable }
            // A skipped step earns nothing, even after a part-right attempt or a few
            // scenario choices: the outcome and the result say the same.
            record.status = .skipped
            record.verdict = .skipped
            record.pointsEarned = 0
            return StepOutcome(
                verdict: .skipped, pointsEarned: 0, pointsAvailable: 0, feedback: [], attemptsLeft: 0, next: .nextStep)
        case .continued(let stepId):
            try requireCurrent(stepId, step)
            return try continued(step: step, record: &record, context: context)
        case .tallied(let stepId, let counts):
            try requireCurrent(stepId, step)
            guard context.mode == .group else { throw .groupModeOnly }
            guard case .vote(let vote) = step.content else { throw .doesNotFit(step: step.id, expected: step.kindName) }
            for (option, count) in counts.sorted(by: { $0.key < $1.key }) {
                guard vote.options.contains(where: { $0.id == option }) else { throw .unknownOption(option) }
                guard count >= 0 else { throw .outOfRange(value: count, allowed: 0...Int.max) }
            }
            return done(&record, verdict: .recorded, setting: { $0.voteCounts = counts })
        case .markedDone(let stepId):
            try requireCurrent(stepId, step)
            guard context.mode == .group else { throw .groupModeOnly }
            switch step.content {
            case .discussion, .rolePlay: return done(&record, verdict: .recorded)
            default: throw .doesNotFit(step: step.id, expected: step.kindName)
            }
        }
    }

    private static func requireCurrent(_ stepId: String, _ step: Step) throws(SessionError) {
        guard stepId == step.id else { throw .doesNotFit(step: stepId, expected: "the current step '\(step.id)'") }
    }

    private static func done(
        _ record: inout StepRecord, verdict: Verdict, setting change: (inout StepRecord) -> Void = { _ in }
    ) -> StepOutcome {
        record.status = .done
        record.verdict = verdict
        change(&record)
        return StepOutcome(
            verdict: verdict, pointsEarned: record.pointsEarned, pointsAvailable: 0, feedback: [], attemptsLeft: 0,
            next: .nextStep)
    }

    /// Moving on: a text, a lone discussion or role play, or a question already answered.
    private static func continued(step: Step, record: inout StepRecord, context: Context) throws(SessionError)
        -> StepOutcome
    {
        switch step.content {
        case .text:
            return done(&record, verdict: .recorded)
        case .discussion, .rolePlay:
            guard context.mode == .individual else { throw .individualModeOnly }
            return done(&record, verdict: .recorded)
        case .question:
            guard record.attempts > 0 else { throw .answerNeeded }
            return done(&record, verdict: record.verdict ?? .wrong)
        default:
            throw .answerNeeded
        }
    }

    private static func answered(_ answer: Answer, step: Step, record: inout StepRecord, context: Context)
        throws(SessionError) -> StepOutcome
    {
        switch step.content {
        case .question(let question):
            return try answeredQuestion(answer, question, step: step, record: &record, context: context)
        case .likert(let item):
            guard case .likert(let value) = answer else { throw .doesNotFit(step: step.id, expected: "likert") }
            guard (1...item.scale).contains(value) else { throw .outOfRange(value: value, allowed: 1...item.scale) }
            record.answers.append(answer)
            return done(&record, verdict: .recorded)
        case .vote(let vote):
            guard context.mode == .individual else { throw .individualModeOnly }
            guard case .vote(let option) = answer else { throw .doesNotFit(step: step.id, expected: "vote") }
            guard vote.options.contains(where: { $0.id == option }) else { throw .unknownOption(option) }
            record.answers.append(answer)
            return done(&record, verdict: .recorded, setting: { $0.voteCounts = [option: 1] })
        case .scenario(let scenario):
            guard case .scenarioChoice(let index) = answer else {
                throw .doesNotFit(step: step.id, expected: "a scenario choice")
            }
            let outcome = try ScenarioWalk.choose(
                index, in: scenario, maximum: context.stepMaximum, record: &record)
            return context.showsFeedback ? outcome : outcome.withheld
        case .text, .discussion, .rolePlay:
            throw .doesNotFit(step: step.id, expected: "no answer; continue")
        }
    }

    private static func answeredQuestion(
        _ answer: Answer, _ question: Question, step: Step, record: inout StepRecord, context: Context
    ) throws(SessionError) -> StepOutcome {
        // Without feedback, one answer: a second try would say the first was wrong.
        let maxAttempts = context.showsFeedback ? question.maxAttempts : 1
        guard record.attempts < maxAttempts else { throw .sessionFinished }
        let scored = try AnswerScorer.score(
            answer, for: question, stepId: step.id, language: context.language,
            defaultLanguage: context.defaultLanguage)
        record.answers.append(answer)
        let share = ScoringRules.availableShare(
            attempt: record.attempts, maxAttempts: question.maxAttempts, hints: record.hintsShown)
        let available = question.points * share
        record.verdict = scored.verdict
        record.pointsEarned = available * scored.fraction
        let attemptsLeft = maxAttempts - record.attempts
        let finished = scored.verdict == .correct || attemptsLeft == 0
        if finished { record.status = .done }
        let feedback = Self.feedback(for: scored, question)
        var outcome = StepOutcome(
            verdict: scored.verdict, pointsEarned: record.pointsEarned, pointsAvailable: available,
            feedback: feedback, attemptsLeft: attemptsLeft, next: finished ? .nextStep : .sameStep)
        outcome.parts = scored.parts
        outcome.spellingCorrection = scored.spellingCorrection
        outcome.showsRightAnswer = finished && scored.verdict != .correct && context.teaches
        return context.showsFeedback ? outcome : outcome.withheld
    }

    /// The chosen options' feedback, then the question's for the verdict.
    private static func feedback(for scored: ScoredAnswer, _ question: Question) -> [LocalizedText] {
        var texts: [LocalizedText] = []
        if case .singleChoice(let options) = question.answer {
            texts += scored.chosenOptions.compactMap { id in options.first { $0.id == id }?.feedback }
        } else if case .multipleChoice(let options) = question.answer {
            texts += scored.chosenOptions.compactMap { id in options.first { $0.id == id }?.feedback }
        }
        let general: Question.FeedbackCase =
            switch scored.verdict {
            case .correct: .correct
            case .partlyCorrect: .partly
            default: .wrong
            }
        if let text = question.feedback[general] ?? (general == .partly ? question.feedback[.wrong] : nil) {
            texts.append(text)
        }
        return texts
    }
}
