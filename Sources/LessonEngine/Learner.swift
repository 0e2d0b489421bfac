/// Who plays a session: only what the engine needs, never a name.
public struct Learner: Sendable, Codable, Hashable {
    /// Age in years.
    public var age: Int
    /// The language the learner asked for (`uk`, `en`, …).
    public var language: String
    /// ISO 3166-1 alpha-2 code, for choosing support contacts.
    public var country: String?

    public init(age: Int, language: String, country: String? = nil) {
        self.age = age
        self.language = language
        self.country = country
    }
}

/// Whether one learner plays, or a facilitator leads a group in front of one screen.
public enum SessionMode: String, Sendable, Codable, CaseIterable {
    case individual, group
}

/// A facilitator's decision to open a lesson outside the learner's age; recorded.
public struct AgeOverride: Sendable, Codable, Hashable {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }
}
