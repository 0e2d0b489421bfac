/// A place in a source file: 1-based line and column (columns count Unicode scalars).
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// An attribute of a parsed element, with where it stands in the file.
public struct ParsedAttribute: Sendable {
    public var name: String
    public var namespace: String?
    public var value: String
    public var position: SourcePosition
}

/// An XML element copied out of libxml2 into Swift values. Comments and processing
/// instructions are dropped; CDATA becomes text. The pack format has no mixed content,
/// so child elements and the element's own text are kept apart.
///
/// A value type whose contents sit in one immutable, shared box: copying an element (which
/// the decoder does for every child it looks at) costs one reference count, not five.
public struct ParsedElement: Sendable {
    private final class Storage: Sendable {
        let name: String
        let namespace: String?
        let attributes: [ParsedAttribute]
        let children: [ParsedElement]
        let text: String
        let position: SourcePosition

        init(
            name: String, namespace: String?, attributes: [ParsedAttribute], children: [ParsedElement],
            text: String, position: SourcePosition
        ) {
            self.name = name
            self.namespace = namespace
            self.attributes = attributes
            self.children = children
            self.text = text
            self.position = position
        }
    }

    private let storage: Storage

    public init(
        name: String, namespace: String?, attributes: [ParsedAttribute], children: [ParsedElement],
        text: String, position: SourcePosition
    ) {
        storage = Storage(
            name: name, namespace: namespace, attributes: attributes, children: children, text: text,
            position: position)
    }

    public var name: String { storage.name }
    public var namespace: String? { storage.namespace }
    public var attributes: [ParsedAttribute] { storage.attributes }
    /// The child elements, in document order.
    public var children: [ParsedElement] { storage.children }
    /// The character data directly inside this element, concatenated.
    public var text: String { storage.text }
    public var position: SourcePosition { storage.position }

    /// The attribute with this local name and no namespace, if present.
    public func attribute(_ name: String) -> ParsedAttribute? {
        storage.attributes.first { $0.name == name && $0.namespace == nil }
    }

    /// The child elements with this local name, in document order.
    public func children(named name: String) -> [ParsedElement] {
        storage.children.filter { $0.name == name }
    }

    /// The first child element with this local name.
    public func child(named name: String) -> ParsedElement? {
        storage.children.first { $0.name == name }
    }
}
