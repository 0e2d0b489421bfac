import LessonEngine
import LessonPack

/// Right and wrong answers to a question, as a simulated learner gives them.
enum SimulatedAnswers {
    /// The answer the pack counts as right.
    static func correct(_ question: Question, language: String) -> Answer {
        switch question.answer {
        case .singleChoice(let options):
            return .choice(options.first { $0.isCorrect }?.id ?? options[0].id)
        case .multipleChoice(let options):
            return .choices(options.filter(\.isCorrect).map(\.id))
        case .trueFalse(let value):
            return .trueFalse(value)
        case .ordering(let items):
            return .order(items.map(\.id))
        case .matching(let pairs):
            return .matches(Dictionary(uniqueKeysWithValues: pairs.map { ($0.id, $0.id) }))
        case .shortAnswer(let accepted):
            let text = accepted.first { $0.language == language }?.text ?? accepted.first?.text ?? ""
            return .text(text)
        }
    }

    /// A wrong (or partly right) answer, picked with `generator`.
    static func wrong(_ question: Question, using generator: inout some RandomNumberGenerator) -> Answer {
        switch question.answer {
        case .singleChoice(let options):
            let wrong = options.filter { !$0.isCorrect }
            return .choice((wrong.randomElement(using: &generator) ?? options[0]).id)
        case .multipleChoice(let options):
            // One right option left out, or one wrong option put in.
            var chosen = options.filter(\.isCorrect).map(\.id)
            if let extra = options.filter({ !$0.isCorrect }).randomElement(using: &generator),
                Bool.random(using: &generator) || chosen.count < 2
            {
                chosen.append(extra.id)
            } else {
                chosen.removeLast()
            }
            return .choices(chosen)
        case .trueFalse(let value):
            return .trueFalse(!value)
        case .ordering(let items):
            return .order(items.count > 1 ? Array(items.map(\.id).reversed()) : items.map(\.id))
        case .matching(let pairs):
            // Every right side moved one place on.
            let ids = pairs.map(\.id)
            let shifted = ids.count > 1 ? Array(ids.dropFirst()) + [ids[0]] : ids
            return .matches(Dictionary(uniqueKeysWithValues: zip(ids, shifted).map { ($0, $1) }))
        case .shortAnswer:
            return .text("not sure")
        }
    }
}
