/// What kind of step a step is: its element name in the pack file.
public enum StepKind: String, Sendable, Hashable, CaseIterable {
    case text
    case singleChoice = "single-choice"
    case multipleChoice = "multiple-choice"
    case trueFalse = "true-false"
    case ordering
    case matching
    case shortAnswer = "short-answer"
    case likert
    case scenario
    case vote
    case discussion
    case rolePlay = "role-play"
}

extension StepContent {
    /// The step's kind, as its element is named in the file.
    public var kind: StepKind {
        switch self {
        case .text: return .text
        case .question(let question): return question.answer.kind
        case .likert: return .likert
        case .scenario: return .scenario
        case .vote: return .vote
        case .discussion: return .discussion
        case .rolePlay: return .rolePlay
        }
    }
}

extension AnswerKey {
    /// The question's kind, as its element is named in the file.
    public var kind: StepKind {
        switch self {
        case .singleChoice: return .singleChoice
        case .multipleChoice: return .multipleChoice
        case .trueFalse: return .trueFalse
        case .ordering: return .ordering
        case .matching: return .matching
        case .shortAnswer: return .shortAnswer
        }
    }
}

extension Step {
    /// The step's kind, as its element is named in the file.
    public var kind: StepKind { content.kind }
}
