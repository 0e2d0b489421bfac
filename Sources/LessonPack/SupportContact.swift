import Foundation
import PackXML

/// A helpline or reporting service a learner can reach from any screen.
public struct SupportContact: Sendable, Hashable {
    /// What a contact is for (`for="…"` in the file), so that a lesson sends a child to a
    /// service that can help with their harm.
    public enum Service: String, Sendable, Hashable, CaseIterable {
        /// Someone to talk to: a helpline.
        case talk
        /// Report a crime: the police, the cyber police.
        case reportCrime = "report-crime"
        /// Danger now: the police or the emergency number.
        case emergency
        /// Report a link to images of child sexual abuse: a hotline that takes links only.
        case reportImageLink = "report-image-link"
        /// Have an image taken down or blocked from sharing.
        case removeImage = "remove-image"
    }

    /// How far the contact has been checked (`status="…"`); the learner sees it in words.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Checked with the operator itself.
        case checkedWithOperator = "operator"
        /// Seen in a published source, not confirmed with the operator.
        case published
        /// Not verified: the learner is told so.
        case unverified
    }

    public var id: String
    /// An ISO 3166-1 alpha-2 code, or `nil` for an international contact.
    public var country: String?
    public var name: LocalizedText
    public var phones: [String]
    public var urls: [String]
    public var hours: LocalizedText?
    public var purpose: LocalizedText
    /// What it is for, the main one first; empty when the file does not say.
    public var services: [Service]
    /// `nil` when the file does not say.
    public var status: Status?
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

/// The harm a text or a scenario ending is about (`harm="…"`), so that the validator can
/// check that the contacts it lists can help with it.
public enum Harm: String, Sendable, Hashable, CaseIterable {
    case bullying, grooming, sextortion, coercion
    /// An intimate image shared or made (including fakes).
    case imageAbuse = "image-abuse"

    /// The services that can help a child facing this harm. A hotline that takes only links
    /// to abuse images cannot help a child who is being groomed or threatened now.
    public var fittingServices: Set<SupportContact.Service> {
        switch self {
        case .bullying, .grooming, .coercion: return [.talk, .reportCrime, .emergency]
        case .sextortion: return [.talk, .reportCrime, .emergency, .removeImage]
        case .imageAbuse: return Set(SupportContact.Service.allCases)
        }
    }
}
