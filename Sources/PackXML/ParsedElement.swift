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

/// A piece of an element's content: a run of its own text, or a child element.
public enum ParsedContent: Sendable {
    case text(String)
    case element(ParsedElement)
}

/// An XML element copied out of libxml2 into Swift values. Comments and processing
/// instructions are dropped; CDATA becomes text. The pack format has no mixed content,
/// so child elements and the element's own text are kept apart; `content` gives both in
/// document order, for formats that mix them (XHTML-like markup in QTI items).
///
/// A value: a shared, immutable `ParsedTree` and the element's place in it. Copying one
/// costs a reference count; its strings are made when asked for.
public struct ParsedElement: Sendable {
    let tree: ParsedTree
    let index: Int

    private var record: ParsedTree.Element { tree.elements[index] }

    public var name: String { tree.strings[Int(record.name)] }

    public var namespace: String? {
        record.namespace < 0 ? nil : tree.strings[Int(record.namespace)]
    }

    public var position: SourcePosition { record.position }

    /// The character data directly inside this element, concatenated.
    public var text: String { tree.string(record.text) }

    public var attributes: [ParsedAttribute] {
        record.attributes.map { tree.attribute(at: $0) }
    }

    /// Where each attribute stands, by local name, without copying their values.
    public var attributePositions: [(name: String, position: SourcePosition)] {
        record.attributes.map {
            let attribute = tree.attributes[$0]
            return (tree.strings[Int(attribute.name)], attribute.position)
        }
    }

    /// The attribute with this local name and no namespace, if present.
    public func attribute(_ name: String) -> ParsedAttribute? {
        for index in record.attributes {
            let attribute = tree.attributes[index]
            if attribute.namespace < 0, tree.strings[Int(attribute.name)] == name {
                return tree.attribute(at: index)
            }
        }
        return nil
    }

    /// The child elements, in document order.
    public var children: [ParsedElement] {
        var result: [ParsedElement] = []
        var child = record.firstChild
        while child >= 0 {
            result.append(ParsedElement(tree: tree, index: Int(child)))
            child = tree.elements[Int(child)].nextSibling
        }
        return result
    }

    /// The element's own text and its child elements, in document order: text between
    /// two children is one `.text` piece (empty runs are left out).
    public var content: [ParsedContent] {
        let textRange = record.text
        var result: [ParsedContent] = []
        var consumed = 0
        for child in children {
            let offset = min(Int(tree.elements[child.index].offsetInParentText), Int(textRange.count))
            if offset > consumed {
                result.append(.text(tree.string(textRange, from: consumed, to: offset)))
                consumed = offset
            }
            result.append(.element(child))
        }
        if Int(textRange.count) > consumed {
            result.append(.text(tree.string(textRange, from: consumed, to: Int(textRange.count))))
        }
        return result
    }

    /// The element that holds this one; nil for the root.
    public var parent: ParsedElement? {
        record.parent < 0 ? nil : ParsedElement(tree: tree, index: Int(record.parent))
    }

    /// The element at `index` in document order (0 is the root) of the same document.
    public func element(atIndex index: Int) -> ParsedElement? {
        index >= 0 && index < tree.elements.count ? ParsedElement(tree: tree, index: index) : nil
    }

    /// This element's place in document order (0 is the root).
    public var documentIndex: Int { index }

    /// The child elements with this local name, in document order.
    public func children(named name: String) -> [ParsedElement] {
        children.filter { $0.name == name }
    }

    /// The first child element with this local name.
    public func child(named name: String) -> ParsedElement? {
        children.first { $0.name == name }
    }
}
