import Foundation
import LessonPack
import Testing

@testable import LessonEngine

/// The score of answering at random, worked out, against the engine's own scoring of every
/// answer a question accepts.
@Suite struct ChanceScoreTests {
    /// Every answer a random learner may give, or nil when there are too many to list.
    static func everyAnswer(to question: Question) -> [Answer]? {
        switch question.answer {
        case .singleChoice(let options):
            return options.map { .choice($0.id) }
        case .trueFalse:
            return [.trueFalse(true), .trueFalse(false)]
        case .multipleChoice(let options):
            guard options.count <= 12 else { return nil }
            return (1..<(1 << options.count)).map { mask in
                .choices(options.indices.filter { mask & (1 << $0) != 0 }.map { options[$0].id })
            }
        case .ordering(let items):
            return items.count <= 6 ? permutations(items.map(\.id)).map { .order($0) } : nil
        case .matching(let pairs):
            let ids = pairs.map(\.id)
            return ids.count <= 6
                ? permutations(ids).map { .matches(Dictionary(uniqueKeysWithValues: zip(ids, $0).map { ($0, $1) })) }
                : nil
        case .shortAnswer:
            return [.text("not sure")]
        }
    }

    static func permutations(_ items: [String]) -> [[String]] {
        guard let first = items.first else { return [[]] }
        return permutations(Array(items.dropFirst())).flatMap { rest in
            (0...rest.count).map { place in
                var order = rest
                order.insert(first, at: place)
                return order
            }
        }
    }

    @Test func theExpectationIsTheMeanOfEveryAcceptedAnswerOverTheCurriculum() throws {
        var checked: [String: Int] = [:]
        for pack in EngineFixtures.curriculum {
            for step in pack.lessons.flatMap(\.steps) {
                guard case .question(let question) = step.content, let answers = Self.everyAnswer(to: question)
                else { continue }
                let fractions = try answers.map {
                    try AnswerScorer.score(
                        $0, for: question, stepId: step.id, language: pack.defaultLanguage,
                        defaultLanguage: pack.defaultLanguage
                    ).fraction
                }
                let mean = fractions.reduce(0, +) / Double(fractions.count)
                let expected = try #require(ChanceScore.expectedFraction(of: question))
                #expect(abs(expected - mean) < 1e-12, "\(pack.id)/\(step.id): \(expected) against \(mean)")
                checked[question.answer.kindName, default: 0] += 1
            }
        }
        for kind in ["single-choice", "multiple-choice", "true-false", "ordering", "matching"] {
            #expect(checked[kind, default: 0] > 0, "the curriculum has no \(kind) item to check against")
        }
    }

    @Test func multipleChoiceByHand() {
        // {A}: 1, {B}: 0, {A, B}: 0.
        #expect(ChanceScore.multipleChoice(right: 1, wrong: 1) == 1.0 / 3)
        // A, B right, C wrong: {A} ½, {B} ½, {AB} 1, {ABC} ½, the rest 0; 2.5 of 7.
        #expect(ChanceScore.multipleChoice(right: 2, wrong: 1) == 2.5 / 7)
        #expect(ChanceScore.multipleChoice(right: 0, wrong: 3) == 0)
        #expect(ChanceScore.multipleChoice(right: 30, wrong: 34) != nil)
        #expect(ChanceScore.multipleChoice(right: 30, wrong: 35) == nil, "past the largest worked out")
    }

    @Test func aTestsChanceIsItsExpectedPointsOverItsMaximum() throws {
        let pack = try #require(EngineFixtures.curriculum.first { $0.id == "being-kind-online" })
        let test = try #require(pack.lessons.first { $0.kind == .preTest })
        var expected = 0.0
        var maximum = 0.0
        for step in test.steps {
            guard case .question(let question) = step.content else { continue }
            expected += question.points * ChanceScore.expectedFraction(of: question)!
            maximum += question.points
        }
        let scaled = try #require(ChanceScore.scaled(of: test))
        #expect(abs(scaled - expected / maximum) < 1e-12)
        #expect(scaled > 0.2 && scaled < 0.6)
        let survey = try #require(pack.lessons.first { $0.kind == .survey })
        #expect(ChanceScore.scaled(of: survey) == nil, "nothing scored, no chance")
    }

    @Test func aScoredScenarioLeavesTheChanceUnworkedOut() throws {
        let lesson = try #require(
            EngineFixtures.curriculum.lazy.flatMap(\.lessons).first { lesson in
                lesson.steps.contains {
                    guard case .scenario(let scenario) = $0.content else { return false }
                    return scenario.nodes.contains { $0.choices.contains { $0.points > 0 } }
                }
            })
        #expect(ChanceScore.scaled(of: lesson) == nil)
    }
}
