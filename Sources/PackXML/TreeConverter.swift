import CLibXML2

/// Copies a libxml2 element tree into `ParsedElement` values, with positions.
struct TreeConverter {
    private var locator: SourceLocator
    /// Nodes an error points at, whose positions the caller wants back.
    private let wantedNodes: Set<UnsafeMutableRawPointer>
    private(set) var positions: [UnsafeMutableRawPointer: SourcePosition] = [:]
    /// Attribute positions of the wanted elements, for errors that name an attribute.
    private(set) var attributePositions: [UnsafeMutableRawPointer: [String: SourcePosition]] = [:]
    private(set) var xincludePositions: [SourcePosition] = []
    /// libxml2 interns names and shares namespace URIs, so one Swift string per pointer
    /// saves an allocation for every element and attribute.
    private var internedStrings: [UnsafePointer<xmlChar>: String] = [:]

    init(bytes: [UInt8], wantedNodes: Set<UnsafeMutableRawPointer>) {
        self.locator = SourceLocator(bytes: bytes)
        self.wantedNodes = wantedNodes
    }

    /// Converts `node` and everything below it. Depth is bounded by libxml2's own limit
    /// (256 levels without XML_PARSE_HUGE), so recursion is safe.
    mutating func convert(_ node: xmlNodePtr) -> ParsedElement {
        let line = Int(xmlGetLineNo(node))
        let qualifiedName = QualifiedName(prefix: node.pointee.ns?.pointee.prefix, name: node.pointee.name)
        let tagOffset = locator.locateStartTag(qualifiedName: qualifiedName, line: line)
        let position =
            tagOffset.map { locator.position(ofOffset: $0, likelyLine: line) }
            ?? SourcePosition(line: max(line, 1), column: 1)
        let namespace = node.pointee.ns.flatMap { interned($0.pointee.href) }
        if namespace == HardenedXMLLoader.xincludeNamespace
            || namespace == HardenedXMLLoader.xinclude1999Namespace
        {
            xincludePositions.append(position)
        }
        remember(UnsafeMutableRawPointer(node), at: position)

        var attributes: [ParsedAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeName = QualifiedName(
                prefix: current.pointee.ns?.pointee.prefix, name: current.pointee.name)
            let attributePosition =
                tagOffset.flatMap { locator.locateAttribute(qualifiedName: attributeName, inTagAt: $0) }
                .map { locator.position(ofOffset: $0, likelyLine: position.line) } ?? position
            remember(UnsafeMutableRawPointer(current), at: attributePosition)
            if wantedNodes.contains(UnsafeMutableRawPointer(node)) {
                attributePositions[UnsafeMutableRawPointer(node), default: [:]][
                    attributeName.string] = attributePosition
            }
            attributes.append(
                ParsedAttribute(
                    name: interned(current.pointee.name) ?? "",
                    namespace: current.pointee.ns.flatMap { interned($0.pointee.href) },
                    value: Self.attributeValue(current),
                    position: attributePosition))
            attribute = current.pointee.next
        }

        var children: [ParsedElement] = []
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(convert(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let run = Self.string(current.pointee.content) { text += run }
            default:
                break  // comments and processing instructions carry no pack content
            }
            child = current.pointee.next
        }
        return ParsedElement(
            name: interned(node.pointee.name) ?? "",
            namespace: namespace,
            attributes: attributes,
            children: children,
            text: text,
            position: position)
    }

    private mutating func interned(_ characters: UnsafePointer<xmlChar>?) -> String? {
        guard let characters else { return nil }
        if let known = internedStrings[characters] { return known }
        let string = String(cString: characters)
        internedStrings[characters] = string
        return string
    }

    private mutating func remember(_ node: UnsafeMutableRawPointer, at position: SourcePosition) {
        if wantedNodes.contains(node) { positions[node] = position }
    }

    /// An attribute's value is a list of text nodes (entity references cannot occur:
    /// documents with a DOCTYPE never get this far).
    private static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let current = child {
            if let text = string(current.pointee.content) { value += text }
            child = current.pointee.next
        }
        return value
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String? {
        characters.map { String(cString: $0) }
    }
}
