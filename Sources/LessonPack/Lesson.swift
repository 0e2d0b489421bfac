import PackXML

/// A lesson, or an assessment (pre-test, post-test, survey), of a pack.
public struct Lesson: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case lesson
        case preTest = "pre-test"
        case postTest = "post-test"
        case survey
    }

    /// When a survey is given, so attitude change can be measured.
    public enum SurveyTiming: String, Sendable, CaseIterable {
        case before, after
    }

    /// Whether feedback, hints and verdicts are shown after each answer.
    public enum Feedback: String, Sendable, Codable, CaseIterable {
        case shown, hidden
    }

    public static let defaultPassMark = 60.0

    public var id: String
    public var kind: Kind
    /// Only for surveys.
    public var timing: SurveyTiming?
    public var title: LocalizedText
    public var summary: LocalizedText?
    /// The ages given in the file; `nil` means the pack's.
    public var declaredMinimumAge: Int?
    public var declaredMaximumAge: Int?
    public var prerequisites: [Reference]
    public var objectives: [Reference]
    /// Percentage of the maximum points needed to pass, 0-100.
    public var passMark: Double
    public var estimatedMinutes: Int?
    /// The `feedback` the file gives; `nil` means the default for the kind.
    public var declaredFeedback: Feedback? = nil
    public var steps: [Step]
    public var position: SourcePosition
    public var attributePositions: [String: SourcePosition]

    /// The ages this lesson is for: its own where given, else the pack's.
    public func ageRange(in pack: Pack) -> AgeRange {
        AgeRange(
            minimum: declaredMinimumAge ?? pack.ageRange.minimum,
            maximum: declaredMaximumAge ?? pack.ageRange.maximum)
    }

    /// A pre-test shows no feedback unless its pack asks for it: feedback there would teach
    /// the post-test before the lessons do. Everything else shows it.
    public var feedback: Feedback { declaredFeedback ?? (kind == .preTest ? .hidden : .shown) }

    /// Whether this is an assessment rather than a teaching lesson.
    public var isAssessment: Bool { kind != .lesson }
}
