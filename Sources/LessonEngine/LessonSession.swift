import Foundation
import LessonPack

/// One learner (or one group) playing one lesson. Every input becomes a timed event;
/// the state is the fold of those events, so `resume` rebuilds it exactly.
///
/// Pure: no clock, no files, no randomness that is not seeded.
public struct LessonSession: Sendable {
    public let pack: Pack
    public let lesson: Lesson
    public private(set) var events: [TimedEvent]
    public private(set) var state: SessionState
    /// What each step can earn, by position; worked out once, as a scenario's best score
    /// walks its whole graph.
    let stepMaximums: [Double]

    /// Starts a session, refusing a lesson outside the learner's age (unless a facilitator
    /// overrides, which is recorded) or one whose prerequisites are not passed.
    public static func start(
        pack: Pack, lessonId: String, learner: Learner, mode: SessionMode = .individual, seed: UInt64,
        passedLessons: Set<String> = [], ageOverride: AgeOverride? = nil, at time: Date
    ) throws(SessionError) -> LessonSession {
        guard let lesson = pack.lessons.first(where: { $0.id == lessonId }) else { throw .lessonNotFound(lessonId) }
        // An age override opens a lesson to another age; it never skips prerequisites.
        if case .outsideAge(let allowed) = Eligibility.of(lesson, in: pack, for: learner, passed: passedLessons),
            ageOverride == nil
        {
            throw .outsideAgeRange(age: learner.age, allowed: allowed)
        }
        let missing = Eligibility.missingPrerequisites(of: lesson, passed: passedLessons)
        if !missing.isEmpty { throw .locked(missing: missing) }
        let language = pack.languages.contains(learner.language) ? learner.language : pack.defaultLanguage
        let start = SessionStart(
            packId: pack.id, packVersion: pack.version, lessonId: lesson.id, learner: learner, language: language,
            mode: mode, seed: seed, ageOverride: ageOverride, feedback: lesson.feedback, fitsAudience: true)
        return LessonSession(
            pack: pack, lesson: lesson.played(by: start), events: [TimedEvent(.started(start), at: time)],
            state: SessionState(start: start, at: time))
    }

    /// Rebuilds a session from its log by applying every event again.
    public static func resume(pack: Pack, events: [TimedEvent]) throws(SessionError) -> LessonSession {
        guard let first = events.first, case .started(let start) = first.event else { throw .notStarted }
        // Answers keep the meaning of the pack they were given to; an edited pack is not it.
        guard start.packId == pack.id, start.packVersion == pack.version else {
            throw .replayFailed(
                index: 0, reason: "the log was played with \(start.packId) \(start.packVersion), not \(pack.id) \(pack.version)")
        }
        guard let lesson = pack.lessons.first(where: { $0.id == start.lessonId }) else {
            throw .lessonNotFound(start.lessonId)
        }
        var session = LessonSession(
            pack: pack, lesson: lesson.played(by: start), events: [first], state: SessionState(start: start, at: first.at))
        for (index, timed) in events.enumerated().dropFirst() {
            do {
                _ = try session.record(timed.event, at: timed.at)
            } catch {
                throw .replayFailed(index: index, reason: "\(error)")
            }
        }
        return session
    }

    private init(pack: Pack, lesson: Lesson, events: [TimedEvent], state: SessionState) {
        // `lesson` is the lesson as this session plays it (`Lesson.played(by:)`).
        self.pack = pack
        self.lesson = lesson
        self.events = events
        self.state = state
        self.stepMaximums = lesson.steps.map(Self.maximumPoints(of:))
    }

    public var isFinished: Bool { state.stepIndex >= lesson.steps.count }

    // MARK: - Inputs

    public mutating func answer(_ answer: Answer, at time: Date) throws(SessionError) -> StepOutcome {
        try record(.answered(stepId: try currentStepId(), answer: answer), at: time)
    }

    /// Shows the next hint of the current question; it lowers the points still available.
    public mutating func requestHint(at time: Date) throws(SessionError) -> StepOutcome {
        try record(.hintShown(stepId: try currentStepId()), at: time)
    }

    public mutating func skip(at time: Date) throws(SessionError) -> StepOutcome {
        try record(.skipped(stepId: try currentStepId()), at: time)
    }

    /// Moves on from a text, a lone discussion or role play, or an answered question.
    public mutating func continueOn(at time: Date) throws(SessionError) -> StepOutcome {
        try record(.continued(stepId: try currentStepId()), at: time)
    }

    /// Group mode: the facilitator's tally of a vote.
    public mutating func tally(_ counts: [String: Int], at time: Date) throws(SessionError) -> StepOutcome {
        try record(.tallied(stepId: try currentStepId(), counts: counts), at: time)
    }

    /// Group mode: the facilitator marks a discussion or role play done.
    public mutating func markDone(at time: Date) throws(SessionError) -> StepOutcome {
        try record(.markedDone(stepId: try currentStepId()), at: time)
    }

    /// Applies `event` and, if it fits, appends it to the log.
    private mutating func record(_ event: SessionEvent, at time: Date) throws(SessionError) -> StepOutcome {
        let outcome = try state.apply(event, at: time, lesson: lesson, pack: pack, stepMaximums: stepMaximums)
        events.append(TimedEvent(event, at: time))
        return outcome
    }

    private func currentStepId() throws(SessionError) -> String {
        guard !isFinished else { throw .sessionFinished }
        return lesson.steps[state.stepIndex].id
    }

    // MARK: - What to show

    /// The step to show now, or `nil` once the lesson is finished.
    public var currentStep: PresentedStep? {
        guard !isFinished else { return nil }
        let step = lesson.steps[state.stepIndex]
        let record = state.record(for: step.id)
        let seed = state.start.seed
        var presented = PresentedStep(
            step: step, index: state.stepIndex, count: lesson.steps.count, language: state.start.language,
            order: [], scenarioNode: nil, scenarioChoiceOrder: [], attemptsUsed: record.attempts,
            attemptsLeft: 0, hintsShown: record.hintsShown, hintsLeft: 0)
        switch step.content {
        case .question(let question):
            // Without feedback a question takes one answer and no hints: a second try
            // would say the first was wrong.
            let showsFeedback = state.start.showsFeedback
            presented.attemptsLeft = (showsFeedback ? question.maxAttempts : 1) - record.attempts
            presented.hintsLeft = showsFeedback ? question.hints.count - record.hintsShown : 0
            presented.order = Self.order(of: question, seed: seed, stepId: step.id)
            presented.verdict = record.attempts > 0 ? record.verdict : nil
        case .vote(let vote):
            presented.order = vote.options.map(\.id)
        case .scenario(let scenario):
            let node = ScenarioWalk.currentNode(of: scenario, record: record)
            presented.scenarioNode = node
            let indices = (node?.choices.indices).map(Array.init) ?? []
            presented.scenarioChoiceOrder =
                scenario.shuffles
                ? SeededOrder.shuffled(indices.map(String.init), seed: seed, salt: "\(step.id)/\(node?.id ?? "")")
                    .compactMap { Int($0) }
                : indices
        default:
            break
        }
        return presented
    }

    /// Choice options shuffle when the question asks; ordering items and matching right
    /// sides always do (an ordering shown in order would give its answer away).
    private static func order(of question: Question, seed: UInt64, stepId: String) -> [String] {
        switch question.answer {
        case .singleChoice(let options), .multipleChoice(let options):
            let ids = options.map(\.id)
            return question.shuffles ? SeededOrder.shuffled(ids, seed: seed, salt: stepId) : ids
        case .ordering(let items):
            return SeededOrder.shuffled(items.map(\.id), seed: seed, salt: stepId)
        case .matching(let pairs):
            return SeededOrder.shuffled(pairs.map(\.id), seed: seed, salt: stepId)
        case .trueFalse, .shortAnswer:
            return []
        }
    }
}
