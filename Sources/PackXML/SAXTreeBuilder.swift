import CLibXML2
import Foundation

/// Builds a `ParsedTree` from libxml2's SAX2 events while the XSD validates the same
/// events, in one pass: no libxml2 tree is built, walked or freed.
///
/// The builder receives every event first and forwards the ones the schema needs to
/// libxml2's streaming validator (`xmlSchemaSAXPlug`, plugged in directly, without its
/// own forwarding layer). Before forwarding it sets the element the validator is working
/// on, so that each schema error can be given the position of that element (or of the
/// attribute the message names), as when a tree was validated.
///
/// The events are made to look to the validator exactly as a tree's walk did:
/// consecutive character chunks (and consecutive CDATA sections) are merged into one
/// push, as libxml2's tree builder merges them into one text node; comments and
/// processing instructions end a run of text, as their nodes did.
///
/// Positions come from the start tags and attribute names `MarkupPreScan` recorded: the
/// k-th start tag reported is the k-th one in the bytes. If the marks and the events
/// disagree (or the scan stopped early), positions are found in the bytes as before,
/// with `SourceLocator`. Every step is O(1) per event, or linear in the event's bytes.
final class SAXTreeBuilder {
    /// libxml2's limit for one text node without XML_PARSE_HUGE (XML_MAX_TEXT_LENGTH).
    static let maximumTextLength = 10_000_000

    private let bytes: [UInt8]
    private var locator: SourceLocator
    private let marks: MarkupPreScan.Marks
    private var usesMarks: Bool
    /// Offset of the last start tag placed, for the switch to `locator`.
    private var lastTagOffset = -1

    let parserProblems = ProblemCollector()
    let schemaProblems: ProblemCollector = {
        let collector = ProblemCollector()
        collector.isValidatingSchema = true
        return collector
    }()
    var doctypeLine: Int?

    var parser: xmlParserCtxtPtr?
    /// The validator's own handlers and context, when a schema is plugged in.
    var schemaHandler: UnsafeMutablePointer<xmlSAXHandler>?
    var schemaContext: UnsafeMutableRawPointer?

    /// Set for the second pass over a document that broke the schema: each element named
    /// by `SubtreeValidation.roots` is also validated on its own, by a validator that
    /// sees only its subtree.
    var subtreeValidation: SubtreeValidation?
    /// The validators of the subtrees now open, outermost first, with the depth of each root.
    private var openSubtrees: [(validator: StreamValidator, depth: Int)] = []
    /// Start tags given to a validator, over all validators (the document's included).
    private(set) var elementVisits = 0
    /// Subtrees validated on their own.
    private(set) var subtreeCount = 0

    private(set) var elements: [ParsedTree.Element] = []
    private var attributes: [ParsedTree.Attribute] = []
    /// Each attribute's prefix (index in `strings`, or -1), to match a message's name.
    private var attributePrefixes: [Int32] = []
    private var strings: [String] = []
    private var isXIncludeNamespace: [Bool] = []
    /// libxml2 interns names and namespace URIs in its dictionary, so each is copied once.
    private var stringIndex: [UnsafePointer<xmlChar>: Int32] = [:]
    private var textBytes: [UInt8] = []
    private(set) var xincludePositions: [SourcePosition] = []

    /// The open elements, innermost last, and the last child of each so far.
    private var openElements: [(index: Int32, lastChild: Int32)] = []
    /// The own text of each open element by depth, gathered until its end tag.
    private var ownText: [[UInt8]] = []
    /// The run of text (1) or CDATA (2) not yet given to the validator, at the end of
    /// the innermost element's own text; 0 for none.
    private var runKind = 0
    private var runStart = 0
    /// Values of `xml:id` attributes, which libxml2's tree builder registers as IDs.
    private var xmlIDs: Set<[UInt8]> = []

    init(bytes: [UInt8], marks: MarkupPreScan.Marks) {
        self.bytes = bytes
        self.locator = SourceLocator(bytes: bytes)
        self.marks = marks
        self.usesMarks = marks.isComplete
        textBytes.reserveCapacity(bytes.count / 2)
        elements.reserveCapacity(marks.tagOffsets.count)
        attributes.reserveCapacity(marks.attributeOffsets.count)
        attributePrefixes.reserveCapacity(marks.attributeOffsets.count)
    }

    var hasRoot: Bool { !elements.isEmpty }

    /// The tree built, once the parse has ended.
    func makeRoot() -> ParsedElement {
        let tree = ParsedTree(elements: elements, attributes: attributes, strings: strings, textBytes: textBytes)
        return ParsedElement(tree: tree, index: 0)
    }

    /// The position of the attribute a schema message is about on `element`, if any.
    ///
    /// A message "Element 'e', attribute '{ns}a': …" is about attribute `a` in `ns` (the
    /// validator's wording when it checks one attribute); otherwise the first attribute
    /// the message names is looked up by its name as written (`prefix:name`).
    func attributePosition(named name: String, isAttributeError: Bool, on element: Int32) -> SourcePosition? {
        guard element >= 0, Int(element) < elements.count else { return nil }
        let record = elements[Int(element)]
        var namespace: String?
        var local = Substring(name)
        if isAttributeError, name.hasPrefix("{"), let close = name.firstIndex(of: "}") {
            namespace = String(name[name.index(after: name.startIndex)..<close])
            local = name[name.index(after: close)...]
        }
        for index in record.attributes {
            let attribute = attributes[index]
            if let namespace {
                if attribute.namespace >= 0, strings[Int(attribute.namespace)] == namespace,
                    strings[Int(attribute.name)] == local
                {
                    return attribute.position
                }
            } else if qualifiedName(of: index) == name {
                return attribute.position
            }
        }
        return nil
    }

    private func qualifiedName(of attribute: Int) -> String {
        let prefix = attributePrefixes[attribute]
        let local = strings[Int(attributes[attribute].name)]
        return prefix < 0 ? local : strings[Int(prefix)] + ":" + local
    }

    func elementPosition(_ element: Int32) -> SourcePosition? {
        element >= 0 && Int(element) < elements.count ? elements[Int(element)].position : nil
    }

    // MARK: Events

    func startElement(
        localName: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
        namespaceCount: Int32, namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        attributeCount: Int32, defaultedCount: Int32, attributeFields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        flushRun()
        let index = Int32(elements.count)
        let line = Int(parser?.pointee.input?.pointee.line ?? 0)
        let qualified = QualifiedName(prefix: prefix, name: localName)
        let count = Int(attributeCount)

        var tagOffset: Int?
        var attributeMarks: Range<Int>?
        if usesMarks, Int(index) < marks.tagOffsets.count,
            isStartTag(qualified, at: Int(marks.tagOffsets[Int(index)])),
            marks.attributeRange(ofTag: Int(index)).count == count
        {
            tagOffset = Int(marks.tagOffsets[Int(index)])
            attributeMarks = marks.attributeRange(ofTag: Int(index))
        } else {
            if usesMarks {
                usesMarks = false
                locator.moveCursor(to: lastTagOffset + 1)
            }
            tagOffset = locator.locateStartTag(qualifiedName: qualified, line: line)
        }
        if let tagOffset { lastTagOffset = tagOffset }
        let position =
            tagOffset.map { locator.position(ofOffset: $0, likelyLine: line) }
            ?? SourcePosition(line: max(line, 1), column: 1)

        let namespace = uri.map { intern($0) } ?? -1
        if namespace >= 0, isXIncludeNamespace[Int(namespace)] {
            xincludePositions.append(position)
        }
        var offsetInParentText: Int32 = 0
        if let parent = openElements.last {
            offsetInParentText = Int32(ownText[openElements.count - 1].count)
            if parent.lastChild < 0 {
                elements[Int(parent.index)].firstChild = index
            } else {
                elements[Int(parent.lastChild)].nextSibling = index
            }
            openElements[openElements.count - 1].lastChild = index
        }

        let firstAttribute = attributes.count
        var searchStart = tagOffset.map { $0 + 1 }
        for number in 0..<count {
            guard let fields = attributeFields?.advanced(by: number * 5) else { break }
            let name = QualifiedName(prefix: fields[1], name: fields[0])
            let offset: Int?
            if let attributeMarks {
                offset = Int(marks.attributeOffsets[attributeMarks.lowerBound + number])
            } else {
                offset = searchStart.flatMap { locator.locateAttribute(qualifiedName: name, from: $0) }
                if let offset { searchStart = offset + name.count }
            }
            let attributePosition = offset.map { locator.position(ofOffset: $0, likelyLine: position.line) } ?? position
            let valueStart = textBytes.count
            if let value = fields[3], let end = fields[4] {
                appendAttributeValue(UnsafeBufferPointer(start: value, count: end - value))
                if let prefixPointer = fields[1], isXMLID(prefix: prefixPointer, name: fields[0]) {
                    registerXMLID(UnsafeBufferPointer(start: value, count: end - value), element: index)
                }
            }
            attributes.append(
                ParsedTree.Attribute(
                    name: fields[0].map { intern($0) } ?? intern(string: ""),
                    namespace: fields[2].map { intern($0) } ?? -1,
                    value: ParsedTree.TextRange(start: Int32(valueStart), count: Int32(textBytes.count - valueStart)),
                    position: attributePosition))
            attributePrefixes.append(fields[1].map { intern($0) } ?? -1)
        }

        elements.append(
            ParsedTree.Element(
                name: localName.map { intern($0) } ?? intern(string: ""), namespace: namespace,
                attributes: firstAttribute..<attributes.count, firstChild: -1, nextSibling: -1,
                parent: openElements.last?.index ?? -1, text: ParsedTree.TextRange(start: 0, count: 0),
                offsetInParentText: offsetInParentText,
                position: position))
        let depth = openElements.count
        openElements.append((index, -1))
        if ownText.count <= depth { ownText.append([]) }

        schemaProblems.currentElement = index
        if let subtreeValidation, openSubtrees.count < SubtreeValidation.maximumOpen,
            let parent = openElements.dropLast().last,
            subtreeValidation.isRoot(element: elements[Int(index)], parent: elements[Int(parent.index)], strings: strings),
            let validator = StreamValidator(schema: subtreeValidation.schema, errorsTo: subtreeValidation.errorTarget)
        {
            openSubtrees.append((validator, depth))
            subtreeCount += 1
        }
        if let handler = schemaHandler?.pointee.startElementNs {
            elementVisits += 1
            handler(
                schemaContext, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount,
                attributeFields)
        }
        for open in openSubtrees {
            guard let handler = open.validator.handler.pointee.startElementNs else { continue }
            elementVisits += 1
            handler(
                open.validator.context, localName, prefix, uri, namespaceCount, namespaces, attributeCount,
                defaultedCount, attributeFields)
        }
    }

    func endElement(localName: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?) {
        flushRun()
        guard let closed = openElements.popLast() else { return }
        let depth = openElements.count
        let start = textBytes.count
        textBytes.append(contentsOf: ownText[depth])
        ownText[depth].removeAll(keepingCapacity: true)
        elements[Int(closed.index)].text = ParsedTree.TextRange(start: Int32(start), count: Int32(textBytes.count - start))
        schemaProblems.currentElement = closed.index
        if let handler = schemaHandler?.pointee.endElementNs {
            handler(schemaContext, localName, prefix, uri)
        }
        for open in openSubtrees {
            open.validator.handler.pointee.endElementNs?(open.validator.context, localName, prefix, uri)
        }
        if let last = openSubtrees.last, last.depth == depth {
            openSubtrees.removeLast()
            last.validator.finish()
        }
    }

    /// Ends the validators of subtrees left open (a parse that stopped early).
    func finishSubtrees() {
        while let last = openSubtrees.popLast() { last.validator.finish() }
    }

    /// Text (kind 1) or a CDATA section (kind 2).
    func characters(_ characters: UnsafePointer<xmlChar>?, count: Int32, kind: Int) {
        guard !openElements.isEmpty else { return }
        let depth = openElements.count - 1
        if runKind != kind {
            flushRun()
            runKind = kind
            runStart = ownText[depth].count
        }
        let runLength = ownText[depth].count - runStart
        if runLength > 0, runLength + Int(count) > Self.maximumTextLength {
            haltForHugeText()
            return
        }
        if let characters, count > 0 {
            ownText[depth].append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(count)))
        }
    }

    /// A comment or processing instruction: it ends a run of text, as its node did.
    func otherNode() {
        flushRun()
    }

    // MARK: Helpers

    /// Gives the pending run of text to the validator, in one push.
    private func flushRun() {
        guard runKind != 0 else { return }
        let kind = runKind
        runKind = 0
        guard let open = openElements.last else { return }
        schemaProblems.currentElement = open.index
        if let schemaHandler { push(kind, to: schemaHandler, schemaContext) }
        for subtree in openSubtrees { push(kind, to: subtree.validator.handler, subtree.validator.context) }
    }

    /// Gives the pending run (text or CDATA) to one validator.
    private func push(_ kind: Int, to handler: UnsafeMutablePointer<xmlSAXHandler>, _ context: UnsafeMutableRawPointer?) {
        let depth = openElements.count - 1
        let push = kind == 1 ? handler.pointee.characters : handler.pointee.cdataBlock
        guard let push else { return }
        let length = ownText[depth].count - runStart
        if length == 0 {
            Self.emptyText.withUnsafeBufferPointer { push(context, $0.baseAddress, 0) }
            return
        }
        ownText[depth].withUnsafeBufferPointer {
            push(context, $0.baseAddress! + runStart, Int32(length))
        }
    }

    private static let emptyText: [xmlChar] = [0]

    /// What libxml2's tree builder does when a text node would grow past its limit.
    private func haltForHugeText() {
        guard let parser else { return }
        let input = parser.pointee.input
        "xmlSAX2Characters: huge text node".withCString {
            parserProblems.record(
                message: $0, isWarning: false, line: Int(input?.pointee.line ?? 0),
                column: Int(input?.pointee.col ?? 0), element: -1)
        }
        parser.pointee.errNo = Int32(XML_ERR_NO_MEMORY.rawValue)
        parser.pointee.instate = XML_PARSER_EOF
        parser.pointee.disableSAX = 1
    }

    private func isStartTag(_ name: QualifiedName, at offset: Int) -> Bool {
        guard offset >= 0, offset + 1 + name.count <= bytes.count, bytes[offset] == UInt8(ascii: "<") else {
            return false
        }
        var index = offset + 1
        if let prefix = name.prefix {
            for byte in prefix {
                if bytes[index] != byte { return false }
                index += 1
            }
            if bytes[index] != UInt8(ascii: ":") { return false }
            index += 1
        }
        for byte in name.name {
            if bytes[index] != byte { return false }
            index += 1
        }
        return true
    }

    /// libxml2 hands an ampersand in an attribute value on as `&#38;`; the tree (and the
    /// validator) turn it back into `&`.
    private func appendAttributeValue(_ value: UnsafeBufferPointer<UInt8>) {
        guard let base = value.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), value.count) != nil else {
            textBytes.append(contentsOf: value)
            return
        }
        var index = 0
        while index < value.count {
            if index + 4 < value.count, value[index] == UInt8(ascii: "&"), value[index + 1] == UInt8(ascii: "#"),
                value[index + 2] == UInt8(ascii: "3"), value[index + 3] == UInt8(ascii: "8"),
                value[index + 4] == UInt8(ascii: ";")
            {
                textBytes.append(UInt8(ascii: "&"))
                index += 5
            } else {
                textBytes.append(value[index])
                index += 1
            }
        }
    }

    private func isXMLID(prefix: UnsafePointer<xmlChar>, name: UnsafePointer<xmlChar>?) -> Bool {
        guard let name, prefix[0] == UInt8(ascii: "x"), prefix[1] == UInt8(ascii: "m"),
            prefix[2] == UInt8(ascii: "l"), prefix[3] == 0
        else { return false }
        return name[0] == UInt8(ascii: "i") && name[1] == UInt8(ascii: "d") && name[2] == 0
    }

    /// What libxml2's tree builder reports for `xml:id`: a value that is not an NCName,
    /// and a value used twice (at the element of the second).
    private func registerXMLID(_ value: UnsafeBufferPointer<UInt8>, element: Int32) {
        let raw = Array(value)
        let text = String(decoding: raw, as: UTF8.self)
        let isNCName = (raw + [0]).withUnsafeBufferPointer { xmlValidateNCName($0.baseAddress, 1) == 0 }
        if !isNCName, let input = parser?.pointee.input {
            "xml:id : attribute value \(text) is not an NCName\n".withCString {
                parserProblems.record(
                    message: $0, isWarning: false, line: Int(input.pointee.line), column: Int(input.pointee.col),
                    element: -1)
            }
        }
        if !xmlIDs.insert(raw).inserted {
            let line = Int(parser?.pointee.input?.pointee.line ?? 0)
            "ID \(text) already defined\n".withCString {
                parserProblems.record(message: $0, isWarning: false, line: line, column: 0, element: element)
            }
        }
    }

    private func intern(_ characters: UnsafePointer<xmlChar>) -> Int32 {
        if let known = stringIndex[characters] { return known }
        let index = intern(string: String(cString: characters))
        stringIndex[characters] = index
        return index
    }

    private func intern(string: String) -> Int32 {
        strings.append(string)
        isXIncludeNamespace.append(
            string == HardenedXMLLoader.xincludeNamespace || string == HardenedXMLLoader.xinclude1999Namespace)
        return Int32(strings.count - 1)
    }
}

/// What the second pass validates on its own, and where its errors go.
struct SubtreeValidation {
    /// Subtrees open at once, at most: a subtree inside a subtree inside a subtree is not
    /// validated on its own, so however the names nest (a hostile file), an element goes
    /// to at most this many validators besides the document's.
    static let maximumOpen = 2

    /// The schema with a global declaration for each root.
    let schema: xmlSchemaPtr
    /// Root names to look for: element and parent local names, and their namespace.
    let roots: [IndependentSubtree]
    /// The builder, which receives errors through `collectSchemaError`.
    let errorTarget: UnsafeMutableRawPointer

    func isRoot(element: ParsedTree.Element, parent: ParsedTree.Element, strings: [String]) -> Bool {
        let name = strings[Int(element.name)]
        let namespace = element.namespace < 0 ? nil : strings[Int(element.namespace)]
        let parentName = strings[Int(parent.name)]
        let parentNamespace = parent.namespace < 0 ? nil : strings[Int(parent.namespace)]
        return roots.contains {
            $0.element == name && $0.parent == parentName && $0.namespace == namespace
                && $0.namespace == parentNamespace
        }
    }
}

/// One of libxml2's streaming validators, plugged in for one subtree: it takes the
/// subtree's events as the validation root's, then is unplugged (which ends the
/// validation) and freed.
final class StreamValidator {
    private let validation: xmlSchemaValidCtxtPtr
    private var plug: xmlSchemaSAXPlugPtr?
    private let handlerSlot: UnsafeMutablePointer<UnsafeMutablePointer<xmlSAXHandler>?>
    private let dataSlot: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    let handler: UnsafeMutablePointer<xmlSAXHandler>
    let context: UnsafeMutableRawPointer?

    init?(schema: xmlSchemaPtr, errorsTo target: UnsafeMutableRawPointer) {
        guard let validation = xmlSchemaNewValidCtxt(schema) else { return nil }
        xmlSchemaSetValidStructuredErrors(validation, collectSchemaError, target)
        let handlerSlot = UnsafeMutablePointer<UnsafeMutablePointer<xmlSAXHandler>?>.allocate(capacity: 1)
        let dataSlot = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 1)
        handlerSlot.initialize(to: nil)
        dataSlot.initialize(to: nil)
        guard let plug = xmlSchemaSAXPlug(validation, handlerSlot, dataSlot), let handler = handlerSlot.pointee else {
            xmlSchemaFreeValidCtxt(validation)
            handlerSlot.deallocate()
            dataSlot.deallocate()
            return nil
        }
        self.validation = validation
        self.plug = plug
        self.handlerSlot = handlerSlot
        self.dataSlot = dataSlot
        self.handler = handler
        self.context = dataSlot.pointee
    }

    /// Ends the validation (errors found at the end are reported now) and frees it.
    func finish() {
        guard let plug else { return }
        self.plug = nil
        xmlSchemaSAXUnplug(plug)
        xmlSchemaFreeValidCtxt(validation)
        handlerSlot.deallocate()
        dataSlot.deallocate()
    }

    deinit { finish() }
}

// MARK: libxml2 callbacks (userData is the parser context; its `_private` the builder)

private func builder(_ context: UnsafeMutableRawPointer?) -> SAXTreeBuilder? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let pointer = parser.pointee._private else { return nil }
    return Unmanaged<SAXTreeBuilder>.fromOpaque(pointer).takeUnretainedValue()
}

let saxStartElement: startElementNsSAX2Func = {
    context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
    builder(context)?.startElement(
        localName: localName, prefix: prefix, uri: uri, namespaceCount: namespaceCount, namespaces: namespaces,
        attributeCount: attributeCount, defaultedCount: defaultedCount, attributeFields: attributes)
}

let saxEndElement: endElementNsSAX2Func = { context, localName, prefix, uri in
    builder(context)?.endElement(localName: localName, prefix: prefix, uri: uri)
}

let saxCharacters: charactersSAXFunc = { context, characters, count in
    builder(context)?.characters(characters, count: count, kind: 1)
}

let saxCDATA: cdataBlockSAXFunc = { context, characters, count in
    builder(context)?.characters(characters, count: count, kind: 2)
}

let saxComment: commentSAXFunc = { context, _ in
    builder(context)?.otherNode()
}

let saxProcessingInstruction: processingInstructionSAXFunc = { context, _, _ in
    builder(context)?.otherNode()
}

/// Stops the parser at the first DOCTYPE, before its internal subset is read.
let saxRefuseDoctype: internalSubsetSAXFunc = { context, _, _, _ in
    guard let context else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    builder(context)?.doctypeLine = Int(parser.pointee.input?.pointee.line ?? 0)
    xmlStopParser(parser)
}

/// Schema errors arrive with the builder as `userData`.
let collectSchemaError: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let builder = Unmanaged<SAXTreeBuilder>.fromOpaque(userData).takeUnretainedValue()
    builder.schemaProblems.record(error.pointee)
}
