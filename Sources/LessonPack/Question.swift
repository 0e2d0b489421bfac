import PackXML

/// A scored question: what is asked, what it is worth, and its answer key.
public struct Question: Sendable {
    /// When general feedback is shown.
    public enum FeedbackCase: String, Sendable, CaseIterable {
        case correct, partly, wrong
    }

    /// How a short answer's spelling is compared (`short-answer/@spelling`).
    public enum Spelling: String, Sendable, CaseIterable {
        /// As accepted, after case and spacing are folded.
        case exact
        /// A letter or two off an accepted answer counts too, with a note to check the
        /// spelling (docs/scoring.md).
        case close
    }

    public var prompt: LocalizedText
    public var points: Double
    public var maxAttempts: Int
    /// Whether options are presented in a seeded shuffle.
    public var shuffles: Bool
    /// A deliberate anchor item: the same question may be asked in a pre-test and its
    /// post-test.
    public var isAnchor: Bool = false
    public var hints: [LocalizedText]
    public var feedback: [FeedbackCase: LocalizedText]
    public var answer: AnswerKey
    /// Only short answers use it.
    public var spelling: Spelling = .exact
}

/// The kind of a scored question together with what counts as right.
public enum AnswerKey: Sendable {
    case singleChoice([ChoiceOption])
    case multipleChoice([ChoiceOption])
    case trueFalse(Bool)
    /// Items in the correct order.
    case ordering([OrderingItem])
    /// Each pair is a correct match.
    case matching([MatchingPair])
    /// Accepted answers by language.
    case shortAnswer([AcceptedAnswer])

    /// The element name of the question in the file.
    public var kindName: String { kind.rawValue }
}

/// An option of a single- or multiple-choice question.
public struct ChoiceOption: Sendable {
    public var id: String
    public var isCorrect: Bool
    public var label: LocalizedText
    /// Shown when this option is chosen.
    public var feedback: LocalizedText?
    public var position: SourcePosition
}

public struct OrderingItem: Sendable {
    public var id: String
    public var text: LocalizedText
    public var position: SourcePosition
}

public struct MatchingPair: Sendable {
    public var id: String
    public var left: LocalizedText
    public var right: LocalizedText
    public var position: SourcePosition
}

public struct AcceptedAnswer: Sendable {
    public var language: String
    public var text: String
    public var position: SourcePosition
}
