/// The outcome of loading one XML file: its tree when it parsed, and every problem found.
public struct LoadedXMLDocument: Sendable {
    /// The root element; `nil` when the file could not be read or parsed.
    public var root: ParsedElement?
    public var problems: [XMLProblem]
    /// How much schema validation the load did.
    public var schemaWork = SchemaWork()

    public init(root: ParsedElement?, problems: [XMLProblem]) {
        self.root = root
        self.problems = problems
    }
}

/// The validation a load did, to show that it stays linear in the file: one pass over a
/// valid document; over one that broke the schema, a second in which each independent
/// subtree is validated once more on its own.
public struct SchemaWork: Sendable, Equatable {
    /// Parses of the whole document with its schema validator (0, 1 or 2).
    public var documentPasses = 0
    /// Subtrees validated on their own.
    public var subtreeValidations = 0
    /// Start tags given to a validator, over every validator of every pass.
    public var elementVisits = 0
    /// Elements in the document.
    public var elements = 0

    public init(documentPasses: Int = 0, subtreeValidations: Int = 0, elementVisits: Int = 0, elements: Int = 0) {
        self.documentPasses = documentPasses
        self.subtreeValidations = subtreeValidations
        self.elementVisits = elementVisits
        self.elements = elements
    }
}

/// Limits applied to untrusted XML before and while it is parsed.
public struct XMLLoadLimits: Sendable {
    /// Files larger than this are refused before parsing.
    public var maximumBytes: Int
    /// What one element, name, value or text may hold, checked before parsing.
    public var markup: MarkupLimits

    public init(maximumBytes: Int = 16 * 1024 * 1024, markup: MarkupLimits = MarkupLimits()) {
        self.maximumBytes = maximumBytes
        self.markup = markup
    }
}
