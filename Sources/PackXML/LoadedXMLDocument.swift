/// The outcome of loading one XML file: its tree when it parsed, and every problem found.
public struct LoadedXMLDocument: Sendable {
    /// The root element; `nil` when the file could not be read or parsed.
    public var root: ParsedElement?
    public var problems: [XMLProblem]

    public init(root: ParsedElement?, problems: [XMLProblem]) {
        self.root = root
        self.problems = problems
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
