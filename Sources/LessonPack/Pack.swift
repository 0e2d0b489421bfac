import PackXML

/// A lesson pack, version 1 of the format (docs/pack-format.md).
public struct Pack: Sendable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var summary: LocalizedText
    public var authors: [String]
    public var licence: String
    public var defaultLanguage: String
    public var languages: [String]
    public var ageRange: AgeRange
    public var riskArea: RiskArea?
    public var topic: Topic?
    /// Set by the author for packs whose subject needs care whatever their topic.
    public var isMarkedSensitive: Bool
    public var estimatedMinutes: Int
    /// How many scored items a pre-test and a post-test need for each objective they measure.
    public var itemsPerObjective: Int = Pack.defaultItemsPerObjective
    public var contentNote: LocalizedText?
    public var groundRules: [GroundRule]
    public var objectives: [Objective]
    public var constructs: [Construct]
    public var sources: [SourceNote]
    public var contacts: [SupportContact]
    /// Lessons and assessments, in the order of the file.
    public var lessons: [Lesson]
    public var position: SourcePosition
    /// Where each pack attribute stands, for diagnostics (`"age-min"` → position).
    public var attributePositions: [String: SourcePosition]
    /// Numbers the schema accepts but that do not fit the model (`age-min="99999999999999999999"`);
    /// the decoder used defaults in their place, so validation must fail on them.
    public var unreadableNumbers: [UnreadableNumber]

    /// Three items per objective and test: one answer says little, three begin to agree.
    public static let defaultItemsPerObjective = 3

    /// Whether the pack deals with sexual harm and so needs a content note.
    public var isAboutSexualHarm: Bool {
        isMarkedSensitive || (topic?.isSexualHarm ?? false)
    }
}

/// An inclusive range of ages in years.
public struct AgeRange: Sendable, Hashable {
    public var minimum: Int
    public var maximum: Int

    /// The ages Oberih is written for.
    public static let supported = AgeRange(minimum: 10, maximum: 18)

    public init(minimum: Int, maximum: Int) {
        self.minimum = minimum
        self.maximum = maximum
    }

    public func contains(_ other: AgeRange) -> Bool {
        minimum <= other.minimum && other.maximum <= maximum
    }

    public func contains(age: Int) -> Bool {
        minimum <= age && age <= maximum
    }
}

/// The 4Cs of online risk (CO:RE, Livingstone and Stoilova 2021).
public enum RiskArea: String, Sendable, CaseIterable {
    case content, contact, conduct, contract
}

/// What a pack is about.
public enum Topic: String, Sendable, CaseIterable {
    case onlineBullying = "online-bullying"
    case sexualisedBullying = "sexualised-bullying"
    case unwantedSexualisation = "unwanted-sexualisation"
    case grooming
    case sextortion
    case imageSharing = "image-sharing"
    case privacy
    case misinformation
    case wellbeing
    case gaming
    case scams
    case other

    /// Topics that count as sexual harm (SAFEGUARDING.md): such packs need a content note.
    public var isSexualHarm: Bool {
        switch self {
        case .sexualisedBullying, .unwantedSexualisation, .grooming, .sextortion, .imageSharing:
            return true
        default:
            return false
        }
    }
}

/// A learning objective; questions are tagged with objectives to measure mastery.
public struct Objective: Sendable, Hashable {
    public var id: String
    public var text: LocalizedText
    public var position: SourcePosition
}

/// What a Likert item measures (CYBERSAFE's impact assessment).
public struct Construct: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case awareness, saliency, attitudes, intentions, norms
    }

    public var id: String
    public var kind: Kind?
    public var text: LocalizedText
    public var position: SourcePosition
}

/// A citation backing a fact a step states.
public struct SourceNote: Sendable, Hashable {
    public var id: String
    public var url: String?
    public var citation: String
    public var position: SourcePosition
}

/// A numeric attribute whose value is written as a number but is too large to use.
public struct UnreadableNumber: Sendable, Hashable {
    public var attribute: String
    public var text: String
    public var position: SourcePosition
}

/// The id of something else in the pack, as written at a place in the file.
public struct Reference: Sendable, Hashable {
    public var id: String
    public var position: SourcePosition
}
