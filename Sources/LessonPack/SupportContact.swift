import Foundation
import PackXML

/// A helpline or reporting service a learner can reach from any screen.
public struct SupportContact: Sendable, Hashable {
    public var id: String
    /// An ISO 3166-1 alpha-2 code, or `nil` for an international contact.
    public var country: String?
    public var name: LocalizedText
    public var phones: [String]
    public var urls: [String]
    public var hours: LocalizedText?
    public var purpose: LocalizedText
    /// Where the contact was taken from.
    public var source: String?
    /// The day it was last checked against its source (`YYYY-MM-DD` in the file).
    public var verified: Date?
    /// The `verified` attribute as written, for messages when it does not parse.
    public var verifiedText: String?
    public var position: SourcePosition
    public var attributePositions: [String: SourcePosition]

    public var isInternational: Bool { country == nil }
}
