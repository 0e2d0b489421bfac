import Foundation
import LessonEngine
import LessonPack

/// Plays a whole pack as one simulated learner (`oberih simulate`): every lesson and test
/// in the pack's order, through the engine, so the events are those a real learner's
/// session would log. Answers follow the item response model: the pre-test and the
/// surveys before with the learner's ability before the lessons, the lessons with three
/// quarters of the learning, the post-test and the surveys after with all of it. A lesson
/// not passed is tried again, up to three times; a lesson still locked is left out.
/// With the `cues` strategy the learner knows nothing and answers every scored step by
/// the cues its items give away, and is let into every lesson and test whatever it
/// passed; surveys and votes are answered as with `ability`.
public struct PackSimulator: Sendable {
    /// How the simulated learners answer scored steps.
    public enum Strategy: String, Sendable, CaseIterable {
        /// By the item response model: an ability, and what the lessons add to it.
        case ability
        /// Knowing nothing, by the cues items give away (`CueReading`).
        case cues
    }

    public let pack: Pack
    public let model: ItemResponseModel
    public let seed: UInt64
    public let strategy: Strategy
    public let learningEffect: Double
    let cues: CueReading
    /// A post-test item's pre-test partner (`ParallelItems`), whose item parameters it shares:
    /// parallel forms are equally hard, so a cohort's gain is the learning it was given.
    let parameterSource: [String: String]

    public init(
        pack: Pack, seed: UInt64, strategy: Strategy = .ability,
        learningEffect: Double = SimulatedLearner.defaultLearningEffect
    ) {
        self.pack = pack
        self.seed = seed
        self.strategy = strategy
        self.learningEffect = learningEffect
        model = ItemResponseModel(seed: seed)
        cues = CueReading(pack: pack)
        var source: [String: String] = [:]
        if let pre = pack.lessons.first(where: { $0.kind == .preTest }) {
            for post in pack.lessons where post.kind == .postTest {
                for partners in ParallelItems.partners(preTest: pre, postTest: post) {
                    source[partners.postTestStepId] = partners.preTestStepId
                }
            }
        }
        parameterSource = source
    }

    /// Learner number `index` of this simulation.
    public func learner(_ index: Int) -> SimulatedLearner {
        SimulatedLearner(index: index, seed: seed, learningEffect: learningEffect)
    }

    /// Every session of learner `index`, finished, in the order played from `start`.
    public func play(
        _ learner: SimulatedLearner, index: Int, age: Int, language: String, start: Date
    ) throws -> [LessonSession] {
        var clock = start
        var passed: Set<String> = []
        var sessions: [LessonSession] = []
        // A cue reader is there to measure the tests, so no lesson it failed keeps it out of one.
        let everyLesson = Set(pack.lessons.map(\.id))
        for lesson in pack.lessons {
            for attempt in 1...3 {
                let salt = "learner:\(index):\(lesson.id):\(attempt)"
                var generator = SplitMix64(seed: seed, salt: salt)
                let engineLearner = Learner(age: age, language: language, country: nil)
                guard
                    var session = try? LessonSession.start(
                        pack: pack, lessonId: lesson.id, learner: engineLearner, seed: generator.next(),
                        passedLessons: strategy == .cues ? everyLesson : passed, at: clock)
                else { break }
                try play(&session, as: learner, lesson: lesson, clock: &clock, using: &generator)
                sessions.append(session)
                // A break between sessions: an hour to a day.
                clock += Double.random(in: 3_600...86_400, using: &generator)
                let result = session.result
                if result.passed != false {
                    passed.insert(lesson.id)
                    break
                }
            }
        }
        return sessions
    }

    private func play(
        _ session: inout LessonSession, as learner: SimulatedLearner, lesson: Lesson, clock: inout Date,
        using generator: inout SplitMix64
    ) throws {
        let share = Self.learningShare(of: lesson)
        let ability = learner.ability(after: share)
        var scenarioChoicesTaken: [String: Set<Int>] = [:]
        while let presented = session.currentStep {
            clock += Double.random(in: 5...45, using: &generator)
            let step = presented.step
            // A cue reader never passes a question by: a guess costs nothing.
            if step.isSkippable, strategy == .ability, Double.random(in: 0..<1, using: &generator) < 0.02 {
                _ = try session.skip(at: clock)
                continue
            }
            switch step.content {
            case .text, .discussion, .rolePlay:
                _ = try session.continueOn(at: clock)
            case .likert(let item):
                let middle = Double(item.scale + 1) / 2
                let stance = learner.attitude + learner.attitudeShift * share
                let value = min(item.scale, max(1, Int((middle + stance + Normal.sample(mean: 0, sd: 0.7, using: &generator)).rounded())))
                _ = try session.answer(.likert(item.isReversed ? item.scale + 1 - value : value), at: clock)
            case .vote(let vote):
                _ = try session.answer(.vote(vote.options.randomElement(using: &generator)!.id), at: clock)
            case .scenario where strategy == .cues:
                let node = presented.scenarioNode!
                let key = step.id + "#" + node.id
                let choice =
                    cues.choice(at: node, shown: presented, taken: scenarioChoicesTaken[key, default: []])
                    ?? Int.random(in: 0..<node.choices.count, using: &generator)
                scenarioChoicesTaken[key, default: []].insert(choice)
                _ = try session.answer(.scenarioChoice(choice), at: clock)
            case .question(let question) where strategy == .cues:
                if presented.attemptsLeft > 0,
                    let answer = cues.answer(question, shown: presented, attempt: presented.attemptsUsed)
                {
                    _ = try session.answer(answer, at: clock)
                } else if presented.attemptsUsed > 0 {
                    _ = try session.continueOn(at: clock)
                } else {
                    _ = try session.answer(SimulatedAnswers.wrong(question, using: &generator), at: clock)
                }
            case .scenario:
                let node = presented.scenarioNode!
                let best = node.choices.indices.max { node.choices[$0].points < node.choices[$1].points } ?? 0
                let knows = Double.random(in: 0..<1, using: &generator)
                    < model.probabilityCorrect(ability: ability, item: model.item(step.id + "#" + node.id))
                let choice = knows ? best : Int.random(in: 0..<node.choices.count, using: &generator)
                _ = try session.answer(.scenarioChoice(choice), at: clock)
            case .question(let question):
                if presented.attemptsLeft == 0 {
                    _ = try session.continueOn(at: clock)
                    continue
                }
                let chance = model.probabilityCorrect(ability: ability, item: model.item(parameterSource[step.id] ?? step.id))
                if presented.hintsLeft > 0, chance < 0.5, Double.random(in: 0..<1, using: &generator) < 0.15 {
                    _ = try session.requestHint(at: clock)
                    continue
                }
                let answer =
                    Double.random(in: 0..<1, using: &generator) < chance
                    ? SimulatedAnswers.correct(question, language: session.state.start.language)
                    : SimulatedAnswers.wrong(question, using: &generator)
                _ = try session.answer(answer, at: clock)
            }
        }
    }

    /// How much of the learning a lesson's answers show.
    static func learningShare(of lesson: Lesson) -> Double {
        switch lesson.kind {
        case .preTest: return 0
        case .postTest: return 1
        case .lesson: return 0.75
        case .survey: return lesson.timing == .after ? 1 : 0
        }
    }
}
