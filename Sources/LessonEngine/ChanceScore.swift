import Foundation
import LessonPack

/// What answering at random earns: the floor a test's scores should be read against
/// (docs/assessment.md). A random answer is one answer per question, on the first
/// attempt and without hints, drawn uniformly from the answers the question accepts:
/// one option; a non-empty set of options; true or false; an order; a one-to-one
/// matching. A short answer earns nothing by chance.
public enum ChanceScore {
    /// Options past which a multiple-choice item's expectation is not worked out (its
    /// cost grows with right × wrong options).
    public static let largestExactChoice = 64

    /// The expected share (0-1) of `question`'s points from a random answer; nil for a
    /// multiple-choice item of more than `largestExactChoice` options.
    public static func expectedFraction(of question: Question) -> Double? {
        switch question.answer {
        case .singleChoice(let options):
            return options.isEmpty ? 0 : Double(options.filter(\.isCorrect).count) / Double(options.count)
        case .trueFalse:
            return 0.5
        case .multipleChoice(let options):
            let right = options.filter(\.isCorrect).count
            return multipleChoice(right: right, wrong: options.count - right)
        case .ordering(let items):
            // A random order puts one item in its place on average.
            return items.isEmpty ? 0 : 1 / Double(items.count)
        case .matching(let pairs):
            return pairs.isEmpty ? 0 : 1 / Double(pairs.count)
        case .shortAnswer:
            return 0
        }
    }

    /// The expected scaled score (0-1) of `lesson` answered at random: expected points over
    /// the maximum. Nil when it has no points, when a scenario step carries points (a random
    /// walk's worth is not worked out), or when a question's expectation is not.
    public static func scaled(of lesson: Lesson) -> Double? {
        var expected = 0.0
        var maximum = 0.0
        for step in lesson.steps {
            switch step.content {
            case .question(let question):
                guard let fraction = expectedFraction(of: question) else { return nil }
                expected += question.points * fraction
                maximum += question.points
            case .scenario(let scenario):
                if scenario.nodes.contains(where: { $0.choices.contains { $0.points > 0 } }) { return nil }
            case .text, .likert, .vote, .discussion, .rolePlay:
                continue
            }
        }
        return maximum > 0 ? expected / maximum : nil
    }

    /// E[max(0, (right chosen − wrong chosen) ÷ right)] over the 2^n − 1 non-empty subsets.
    static func multipleChoice(right: Int, wrong: Int) -> Double? {
        guard right > 0 else { return 0 }
        guard right + wrong <= largestExactChoice else { return nil }
        let subsets = pow(2, Double(right + wrong)) - 1
        var sum = 0.0
        for chosenRight in 1...right {
            for chosenWrong in 0..<min(chosenRight, wrong + 1) {
                let ways = binomial(right, chosenRight) * binomial(wrong, chosenWrong)
                sum += ways * Double(chosenRight - chosenWrong) / Double(right)
            }
        }
        return sum / subsets
    }

    static func binomial(_ n: Int, _ k: Int) -> Double {
        guard k >= 0, k <= n else { return 0 }
        var result = 1.0
        for index in 0..<min(k, n - k) { result = result * Double(n - index) / Double(index + 1) }
        return result
    }
}
