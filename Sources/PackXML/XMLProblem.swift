/// Something wrong with an XML file, found while reading, parsing or schema-checking it.
public struct XMLProblem: Error, Sendable, Equatable {
    /// What kind of problem this is; callers map kinds to their own diagnostic codes.
    public enum Kind: String, Sendable {
        case unreadable
        case tooLarge
        case empty
        case doctype
        case xinclude
        case malformed
        case encoding
        /// Limits of `MarkupPreScan`, checked before libxml2 parses.
        case tooManyAttributes, tooManyNamespaces, nameTooLong, valueTooLong, textTooLong
        case schemaViolation
        case schemaWarning
    }

    public var kind: Kind
    public var message: String
    /// Where the problem is, when libxml2 or the source scan could tell.
    public var position: SourcePosition?
    /// What to do, when the loader knows better than a general hint for the kind.
    public var suggestion: String?
    /// For a schema problem, the element it is about (`ParsedElement.element(atIndex:)`
    /// of the loaded root), so a caller can word the problem from its place in the tree.
    public var elementIndex: Int?

    public init(
        kind: Kind, message: String, position: SourcePosition?, suggestion: String? = nil, elementIndex: Int? = nil
    ) {
        self.kind = kind
        self.message = message
        self.position = position
        self.suggestion = suggestion
        self.elementIndex = elementIndex
    }
}
