/// Every element, attribute and text of a parsed document in a few flat arrays, so that
/// building and freeing it costs a handful of allocations, not several per node.
final class ParsedTree: Sendable {
    /// A run of bytes in `textBytes`.
    struct TextRange {
        var start: Int32
        var count: Int32
    }

    struct Element {
        /// Index in `strings`.
        var name: Int32
        /// Index in `strings`, or -1 for no namespace.
        var namespace: Int32
        var attributes: Range<Int>
        /// Index in `elements` of the first child and the next sibling, or -1.
        var firstChild: Int32
        var nextSibling: Int32
        /// Index in `elements` of the parent, or -1 for the root.
        var parent: Int32 = -1
        var text: TextRange
        /// How many bytes of the parent's own text come before this element, so that
        /// mixed content can be read in document order (`ParsedElement.content`).
        var offsetInParentText: Int32
        var position: SourcePosition
    }

    struct Attribute {
        var name: Int32
        var namespace: Int32
        var value: TextRange
        var position: SourcePosition
    }

    let elements: [Element]
    let attributes: [Attribute]
    /// Names and namespace URIs, each once.
    let strings: [String]
    /// The UTF-8 of every text and attribute value, one after the other.
    let textBytes: [UInt8]

    init(elements: [Element], attributes: [Attribute], strings: [String], textBytes: [UInt8]) {
        self.elements = elements
        self.attributes = attributes
        self.strings = strings
        self.textBytes = textBytes
    }

    func string(_ range: TextRange) -> String {
        guard range.count > 0 else { return "" }
        return textBytes.withUnsafeBufferPointer {
            String(decoding: $0[Int(range.start)..<Int(range.start + range.count)], as: UTF8.self)
        }
    }

    /// The bytes `range.start + from ..< range.start + to` of a text, as a string.
    func string(_ range: TextRange, from: Int, to: Int) -> String {
        guard to > from else { return "" }
        return textBytes.withUnsafeBufferPointer {
            String(decoding: $0[Int(range.start) + from..<Int(range.start) + to], as: UTF8.self)
        }
    }

    func attribute(at index: Int) -> ParsedAttribute {
        let record = attributes[index]
        return ParsedAttribute(
            name: strings[Int(record.name)],
            namespace: record.namespace < 0 ? nil : strings[Int(record.namespace)],
            value: string(record.value),
            position: record.position)
    }
}
