import CLibXML2

/// Copies a libxml2 element tree into a `ParsedTree`, with positions.
struct TreeConverter {
    private var locator: SourceLocator
    /// Nodes an error points at, whose positions the caller wants back.
    private let wantedNodes: Set<UnsafeMutableRawPointer>
    private(set) var positions: [UnsafeMutableRawPointer: SourcePosition] = [:]
    /// Attribute positions of the wanted elements, for errors that name an attribute.
    private(set) var attributePositions: [UnsafeMutableRawPointer: [String: SourcePosition]] = [:]
    private(set) var xincludePositions: [SourcePosition] = []

    /// libxml2 interns names and shares namespace URIs, so each is copied once.
    private var stringIndex: [UnsafePointer<xmlChar>: Int32] = [:]
    private var strings: [String] = []
    private var elements: [ParsedTree.Element] = []
    private var attributes: [ParsedTree.Attribute] = []
    private var textBytes: [UInt8] = []

    init(bytes: [UInt8], wantedNodes: Set<UnsafeMutableRawPointer>) {
        self.locator = SourceLocator(bytes: bytes)
        self.wantedNodes = wantedNodes
        textBytes.reserveCapacity(bytes.count)
    }

    /// Converts the tree under `root` and returns its root element.
    mutating func convertTree(_ root: xmlNodePtr) -> ParsedElement {
        _ = convert(root)
        let tree = ParsedTree(elements: elements, attributes: attributes, strings: strings, textBytes: textBytes)
        return ParsedElement(tree: tree, index: 0)
    }

    /// Converts `node` and everything below it, returning its index. Depth is bounded by
    /// libxml2's own limit (256 levels without XML_PARSE_HUGE), so recursion is safe.
    private mutating func convert(_ node: xmlNodePtr) -> Int32 {
        let line = Int(xmlGetLineNo(node))
        let qualifiedName = QualifiedName(prefix: node.pointee.ns?.pointee.prefix, name: node.pointee.name)
        let tagOffset = locator.locateStartTag(qualifiedName: qualifiedName, line: line)
        let position =
            tagOffset.map { locator.position(ofOffset: $0, likelyLine: line) }
            ?? SourcePosition(line: max(line, 1), column: 1)
        let namespace = node.pointee.ns.map { intern($0.pointee.href) } ?? -1
        if namespace >= 0,
            [HardenedXMLLoader.xincludeNamespace, HardenedXMLLoader.xinclude1999Namespace]
                .contains(strings[Int(namespace)])
        {
            xincludePositions.append(position)
        }
        let nodePointer = UnsafeMutableRawPointer(node)
        remember(nodePointer, at: position)

        let index = elements.count
        elements.append(
            ParsedTree.Element(
                name: intern(node.pointee.name), namespace: namespace, attributes: 0..<0,
                firstChild: -1, nextSibling: -1, text: ParsedTree.TextRange(start: 0, count: 0),
                position: position))

        let firstAttribute = attributes.count
        var attribute = node.pointee.properties
        var attributeSearchStart = tagOffset.map { $0 + 1 }
        while let current = attribute {
            let attributeName = QualifiedName(prefix: current.pointee.ns?.pointee.prefix, name: current.pointee.name)
            let attributeOffset = attributeSearchStart.flatMap {
                locator.locateAttribute(qualifiedName: attributeName, from: $0)
            }
            if let attributeOffset { attributeSearchStart = attributeOffset + attributeName.count }
            let attributePosition =
                attributeOffset.map { locator.position(ofOffset: $0, likelyLine: position.line) } ?? position
            remember(UnsafeMutableRawPointer(current), at: attributePosition)
            if wantedNodes.contains(nodePointer) {
                attributePositions[nodePointer, default: [:]][attributeName.string] = attributePosition
            }
            let valueStart = textBytes.count
            // An attribute's value is a list of text nodes (entity references cannot
            // occur: documents with a DOCTYPE never get this far).
            var valuePart = current.pointee.children
            while let part = valuePart {
                appendText(part.pointee.content)
                valuePart = part.pointee.next
            }
            attributes.append(
                ParsedTree.Attribute(
                    name: intern(current.pointee.name),
                    namespace: current.pointee.ns.map { intern($0.pointee.href) } ?? -1,
                    value: textRange(from: valueStart), position: attributePosition))
            attribute = current.pointee.next
        }
        elements[index].attributes = firstAttribute..<attributes.count

        // The element's own text first, so that it stays one run in `textBytes`.
        let textStart = textBytes.count
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                appendText(current.pointee.content)
            }
            child = current.pointee.next
        }
        elements[index].text = textRange(from: textStart)

        // Then the child elements; comments and processing instructions carry no content.
        var previous: Int32 = -1
        child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                let childIndex = convert(current)
                if previous < 0 {
                    elements[index].firstChild = childIndex
                } else {
                    elements[Int(previous)].nextSibling = childIndex
                }
                previous = childIndex
            }
            child = current.pointee.next
        }
        return Int32(index)
    }

    private mutating func appendText(_ characters: UnsafePointer<xmlChar>?) {
        guard let characters else { return }
        textBytes.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(xmlStrlen(characters))))
    }

    private func textRange(from start: Int) -> ParsedTree.TextRange {
        ParsedTree.TextRange(start: Int32(start), count: Int32(textBytes.count - start))
    }

    private mutating func intern(_ characters: UnsafePointer<xmlChar>?) -> Int32 {
        guard let characters else { return intern(string: "") }
        if let known = stringIndex[characters] { return known }
        let index = intern(string: String(cString: characters))
        stringIndex[characters] = index
        return index
    }

    private mutating func intern(string: String) -> Int32 {
        strings.append(string)
        return Int32(strings.count - 1)
    }

    private mutating func remember(_ node: UnsafeMutableRawPointer, at position: SourcePosition) {
        if wantedNodes.contains(node) { positions[node] = position }
    }
}
