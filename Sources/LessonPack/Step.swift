import PackXML

/// One screen of a lesson: information, a question, an attitude item, a scenario, or a
/// group activity.
public struct Step: Sendable {
    public var id: String
    /// Whether the learner may pass; a pass is recorded as a pass, never as wrong.
    public var isSkippable: Bool
    /// Who the step is written for; `audience` in the file, else `Audience.default(for:)`.
    public var audience: Audience = .both
    public var objectives: [Reference]
    public var sources: [Reference]
    public var content: StepContent
    public var position: SourcePosition
    public var attributePositions: [String: SourcePosition]

    /// The element name of the step in the file (`single-choice`, `role-play`, …).
    public var kindName: String { content.kindName }
}

/// Who a step or a ground rule is written for: a learner alone (`oberih play`), a group
/// with a facilitator (`oberih facilitate`), or both.
public enum Audience: String, Sendable, Hashable, CaseIterable {
    case solo, group, both

    /// A discussion or role play needs others to talk to; every other step works either way.
    public static func `default`(for content: StepContent) -> Audience {
        switch content {
        case .discussion, .rolePlay: return .group
        default: return .both
        }
    }

    /// Whether it is for a group (`true`) or a learner alone (`false`).
    public func includes(group: Bool) -> Bool {
        switch self {
        case .both: return true
        case .group: return group
        case .solo: return !group
        }
    }
}

/// A ground rule and whom it is for ("what others say in the group stays in the group" is
/// for a group).
public struct GroundRule: Sendable {
    public var text: LocalizedText
    public var audience: Audience

    public init(text: LocalizedText, audience: Audience = .both) {
        self.text = text
        self.audience = audience
    }
}

/// What a step holds.
public enum StepContent: Sendable {
    case text(InformationText)
    case question(Question)
    case likert(LikertItem)
    case scenario(Scenario)
    case vote(Vote)
    case discussion(Discussion)
    case rolePlay(RolePlay)

    /// The element name of the step in the file.
    public var kindName: String { kind.rawValue }
}

/// Information to read; no answer.
public struct InformationText: Sendable {
    public var body: LocalizedText
    /// Support contacts to show at this point.
    public var contacts: [Reference]
    /// What the text is about, when it lists contacts for a harm.
    public var harms: [Harm] = []
}

/// A Likert (attitude) item: recorded, never scored.
public struct LikertItem: Sendable {
    public var construct: Reference
    /// Number of points on the scale, 3-7.
    public var scale: Int
    /// Whether agreement means a lower score on the construct.
    public var isReversed: Bool
    public var statement: LocalizedText
    public var lowLabel: LocalizedText?
    public var highLabel: LocalizedText?
}

/// A group vote: the result is a tally, never right or wrong.
public struct Vote: Sendable {
    public struct Option: Sendable {
        public var id: String
        public var label: LocalizedText
        public var position: SourcePosition
    }

    public var prompt: LocalizedText
    public var options: [Option]
    public var facilitatorNote: LocalizedText?
}

/// A discussion prompt for a group, with notes for the facilitator.
public struct Discussion: Sendable {
    public var prompt: LocalizedText
    public var facilitatorNote: LocalizedText?
}

/// A role play: a set-up and the roles learners take.
public struct RolePlay: Sendable {
    public struct Role: Sendable {
        public var id: String
        public var name: LocalizedText
        public var brief: LocalizedText
        public var position: SourcePosition
    }

    public var setup: LocalizedText
    public var roles: [Role]
    public var facilitatorNote: LocalizedText?
    public var estimatedMinutes: Int?
}
