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

/// One child of a parsed element: an element or a run of character data.
public enum ParsedContent: Sendable {
    case element(ParsedElement)
    case text(String)
}

/// An XML element copied out of libxml2 into Swift values. Comments and processing
/// instructions are dropped; CDATA becomes text.
public struct ParsedElement: Sendable {
    public var name: String
    public var namespace: String?
    public var attributes: [ParsedAttribute]
    public var content: [ParsedContent]
    public var position: SourcePosition

    /// The attribute with this local name and no namespace, if present.
    public func attribute(_ name: String) -> ParsedAttribute? {
        attributes.first { $0.name == name && $0.namespace == nil }
    }

    /// The child elements, in document order.
    public var children: [ParsedElement] {
        content.compactMap {
            if case .element(let element) = $0 { return element }
            return nil
        }
    }

    /// The child elements with this local name, in document order.
    public func children(named name: String) -> [ParsedElement] {
        children.filter { $0.name == name }
    }

    /// The first child element with this local name.
    public func child(named name: String) -> ParsedElement? {
        for case .element(let element) in content where element.name == name {
            return element
        }
        return nil
    }

    /// The character data directly inside this element, concatenated.
    public var text: String {
        var result = ""
        for case .text(let run) in content {
            result += run
        }
        return result
    }
}
