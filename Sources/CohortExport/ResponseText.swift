import Foundation
import LessonEngine
import LessonPack
import ProgressStore

/// A stored response as one string, in the xAPI 1.0.3 interaction response format, for
/// the xAPI and CSV exports: option ids joined by `[,]`, matching pairs as
/// `source[.]target`, a group's tally as `a=12[,]b=5`.
struct ResponseText {
    private let decoder = JSONDecoder()

    /// The xAPI interaction type of each step kind that takes an answer (question kinds,
    /// Likert items, scenarios and votes).
    static let interactionTypes: [StepKind: String] = [
        .singleChoice: "choice", .multipleChoice: "choice", .vote: "choice", .scenario: "choice",
        .trueFalse: "true-false", .ordering: "sequencing", .matching: "matching", .shortAnswer: "fill-in",
        .likert: "likert",
    ]

    /// Whether a step of this kind takes an answer.
    static func isAnswerable(kind: StepKind) -> Bool {
        interactionTypes[kind] != nil
    }

    /// The step's last answer, else its group tally; nil when it has neither.
    func text(of step: StepResultRecord) -> String? {
        if let answer = step.response.flatMap(StoredAnswerReader.answer) ?? decode(Answer.self, step.response) {
            return text(of: answer, path: scenarioPath(of: step))
        }
        if let tally = decode([String: Int].self, step.tally) {
            return tally.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "[,]")
        }
        return nil
    }

    /// A scenario's nodes visited, then its ending.
    func scenarioPath(of step: StepResultRecord) -> [String]? {
        step.scenarioPath.flatMap(StoredAnswerReader.strings) ?? decode([String].self, step.scenarioPath)
    }

    private func text(of answer: Answer, path: [String]?) -> String {
        switch answer {
        case .choice(let id), .vote(let id): id
        case .choices(let ids), .order(let ids): ids.joined(separator: "[,]")
        case .trueFalse(let value): value ? "true" : "false"
        case .matches(let pairs): pairs.sorted { $0.key < $1.key }.map { "\($0.key)[.]\($0.value)" }.joined(separator: "[,]")
        case .text(let text): text
        case .likert(let value): String(value)
        case .scenarioChoice(let index): path?.joined(separator: "[,]") ?? String(index)
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ json: String?) -> T? {
        guard let json else { return nil }
        return try? decoder.decode(type, from: Data(json.utf8))
    }
}
