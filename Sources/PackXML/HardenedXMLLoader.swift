import CLibXML2
import Foundation

/// Reads untrusted XML safely and hands back Swift values.
///
/// The only code in Oberih that calls libxml2's parser. It parses with `NONET` and
/// `BIG_LINES` only (no entity substitution, no DTD loading, no XInclude, no recovery),
/// stops at any DOCTYPE, refuses every external entity, caps the file size, collects every
/// error with its line and column, and frees the libxml2 document before returning.
public enum HardenedXMLLoader {
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
    static let xincludeNamespace = "http://www.w3.org/2001/XInclude"
    static let xinclude1999Namespace = "http://www.w3.org/1999/XML/xinclude"

    /// Reads a file (at most `limits.maximumBytes`) and loads it.
    public static func load(
        fileAtPath path: String, schema: CompiledSchema?, limits: XMLLoadLimits = XMLLoadLimits()
    ) -> LoadedXMLDocument {
        load(read(fileAtPath: path, limits: limits), schema: schema, limits: limits)
    }

    /// A file's bytes, refused with a problem if it cannot be read or is over the limit;
    /// for a caller that keeps the bytes it loads (`load(_:schema:limits:)`).
    public static func read(fileAtPath path: String, limits: XMLLoadLimits = XMLLoadLimits())
        -> Result<[UInt8], XMLProblem>
    {
        readBounded(path: path, maximumBytes: limits.maximumBytes)
    }

    /// Loads what `read(fileAtPath:limits:)` gave.
    public static func load(
        _ read: Result<[UInt8], XMLProblem>, schema: CompiledSchema?, limits: XMLLoadLimits = XMLLoadLimits()
    ) -> LoadedXMLDocument {
        switch read {
        case .success(let bytes):
            return load(bytes: bytes, schema: schema, limits: limits)
        case .failure(let problem):
            return LoadedXMLDocument(root: nil, problems: [problem])
        }
    }

    /// Loads XML held in memory.
    public static func load(
        bytes: [UInt8], schema: CompiledSchema?,
        limits: XMLLoadLimits = XMLLoadLimits()
    ) -> LoadedXMLDocument {
        if bytes.count > limits.maximumBytes {
            return LoadedXMLDocument(root: nil, problems: [tooLarge(limits.maximumBytes)])
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            let problem = XMLProblem(
                kind: .empty, message: "the file is empty",
                position: SourcePosition(line: 1, column: 1),
                suggestion: "a lesson pack starts with <pack xmlns=\"urn:oberih:pack:1\" …>; see docs/pack-format.md")
            return LoadedXMLDocument(root: nil, problems: [problem])
        }
        if let problem = encodingProblem(in: bytes) {
            return LoadedXMLDocument(root: nil, problems: [problem])
        }
        let scan = MarkupPreScan(limits: limits.markup).scan(bytes)
        let overLimits = limitProblems(scan, in: bytes)
        if !overLimits.isEmpty {
            return LoadedXMLDocument(root: nil, problems: overLimits)
        }
        LibXML2Setup.ensureInitialised()
        let first = pass(bytes, scan.marks, schema, validatesSubtrees: false)
        var work = first.work
        // libxml2 stops checking an element's content at the first child out of place, so
        // a document that broke the schema is read once more, each independent subtree
        // (`CompiledSchema.independentSubtrees`) also validated on its own. Each element
        // then goes to at most 1 + (subtrees it lies in) validators in this pass.
        guard let schema, schema.subtreePointer != nil, first.brokeSchema, first.document.root != nil else {
            var document = first.document
            document.schemaWork = work
            return document
        }
        let second = pass(bytes, scan.marks, schema, validatesSubtrees: true)
        work.documentPasses += second.work.documentPasses
        work.subtreeValidations += second.work.subtreeValidations
        work.elementVisits += second.work.elementVisits
        var document = second.document
        document.schemaWork = work
        return document
    }

    /// One parse of the whole file into a new builder.
    private static func pass(
        _ bytes: [UInt8], _ marks: MarkupPreScan.Marks, _ schema: CompiledSchema?, validatesSubtrees: Bool
    ) -> (document: LoadedXMLDocument, brokeSchema: Bool, work: SchemaWork) {
        let builder = SAXTreeBuilder(bytes: bytes, marks: marks)
        return withExtendedLifetime(builder) {
            let collectorPointer = Unmanaged.passUnretained(builder.parserProblems).toOpaque()
            oberih_silence_generic_errors()
            xmlSetStructuredErrorFunc(collectorPointer, collectStructuredError)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            if validatesSubtrees, let schema, let subtreeSchema = schema.subtreePointer {
                builder.schemaProblems.dropsRepeats = true
                builder.subtreeValidation = SubtreeValidation(
                    schema: subtreeSchema, roots: schema.independentSubtrees,
                    errorTarget: Unmanaged.passUnretained(builder).toOpaque())
            }
            let document = parseAndBuild(bytes, schema, builder)
            let brokeSchema =
                builder.schemaProblems.droppedCount > 0
                || builder.schemaProblems.problems.contains { $0.kind == .schemaViolation }
            let work = SchemaWork(
                documentPasses: schema == nil ? 0 : 1, subtreeValidations: builder.subtreeCount,
                elementVisits: builder.elementVisits, elements: builder.elements.count)
            return (document, brokeSchema, work)
        }
    }

    /// Parses with SAX2 into `builder`, the schema validating the same events.
    private static func parseAndBuild(
        _ bytes: [UInt8], _ schema: CompiledSchema?, _ builder: SAXTreeBuilder
    ) -> LoadedXMLDocument {
        guard let context = xmlNewParserCtxt() else {
            let problem = XMLProblem(
                kind: .unreadable, message: "out of memory while starting the XML parser",
                position: nil)
            return LoadedXMLDocument(root: nil, problems: [problem])
        }
        defer { xmlFreeParserCtxt(context) }
        let builderPointer = Unmanaged.passUnretained(builder).toOpaque()
        context.pointee._private = builderPointer
        builder.parser = context
        defer { builder.parser = nil }
        // The default SAX2 handler builds a tree; keep its document events (the document
        // records the declared encoding) and take over everything below the root.
        let handler = context.pointee.sax!
        handler.pointee.internalSubset = saxRefuseDoctype
        handler.pointee.serror = nil  // parser errors go to the structured handler set above
        handler.pointee.startElementNs = saxStartElement
        handler.pointee.endElementNs = saxEndElement
        handler.pointee.characters = saxCharacters
        handler.pointee.ignorableWhitespace = saxCharacters
        handler.pointee.cdataBlock = saxCDATA
        handler.pointee.comment = saxComment
        handler.pointee.processingInstruction = saxProcessingInstruction
        handler.pointee.reference = nil

        var validation: xmlSchemaValidCtxtPtr?
        var plug: xmlSchemaSAXPlugPtr?
        // Where xmlSchemaSAXPlug writes the validator's handlers and context; it writes
        // them back on unplugging, so they must outlive the parse.
        let schemaHandlerSlot = UnsafeMutablePointer<UnsafeMutablePointer<xmlSAXHandler>?>.allocate(capacity: 1)
        let schemaDataSlot = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 1)
        schemaHandlerSlot.initialize(to: nil)
        schemaDataSlot.initialize(to: nil)
        defer {
            if let plug { xmlSchemaSAXUnplug(plug) }
            if let validation { xmlSchemaFreeValidCtxt(validation) }
            schemaHandlerSlot.deallocate()
            schemaDataSlot.deallocate()
        }
        if let schema, let created = xmlSchemaNewValidCtxt(schema.pointer) {
            validation = created
            xmlSchemaSetValidStructuredErrors(created, collectSchemaError, builderPointer)
            plug = xmlSchemaSAXPlug(created, schemaHandlerSlot, schemaDataSlot)
            if plug != nil {
                builder.schemaHandler = schemaHandlerSlot.pointee
                builder.schemaContext = schemaDataSlot.pointee
            }
        }

        // No URL for the document: messages never name the file, and with a URL and a
        // tree libxml2 2.9 walks back over every earlier node on each error it raises.
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), nil, nil, parseOptions)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        builder.schemaHandler = nil
        builder.schemaContext = nil
        builder.finishSubtrees()

        if let line = builder.doctypeLine {
            return LoadedXMLDocument(root: nil, problems: [doctypeProblem(line: line)])
        }
        let parserProblems = builder.parserProblems
        guard let document, context.pointee.wellFormed != 0, builder.hasRoot else {
            var problems = parserProblems.problems.map {
                XMLProblem(
                    kind: .malformed, message: $0.message,
                    position: SourcePosition(line: max($0.line, 1), column: max($0.column, 1)),
                    suggestion: $0.suggestion)
            }
            if problems.isEmpty {
                problems.append(
                    XMLProblem(
                        kind: .malformed, message: "the file is not well-formed XML",
                        position: SourcePosition(line: 1, column: 1)))
            }
            return LoadedXMLDocument(
                root: nil,
                problems: problems
                    + cutNotice(
                        dropped: parserProblems.droppedCount, lastKind: parserProblems.problems.last?.kind,
                        after: problems))
        }

        if let declared = document.pointee.encoding.map({ String(cString: $0) }),
            !["UTF-8", "UTF8"].contains(declared.uppercased())
        {
            let problem = XMLProblem(
                kind: .encoding, message: "the file declares encoding=\"\(declared)\", but a lesson pack is UTF-8",
                position: SourcePosition(line: 1, column: 1),
                suggestion: "save it as UTF-8 and declare encoding=\"UTF-8\" (or nothing)")
            return LoadedXMLDocument(root: nil, problems: [problem])
        }

        // As when the tree was validated after parsing: the parser's problems first, then
        // the schema's, at most `limit` in all.
        let limit = parserProblems.limit
        let schemaProblems = builder.schemaProblems
        let keptSchema = max(0, min(schemaProblems.problems.count, limit - parserProblems.problems.count))
        let raws = parserProblems.problems + schemaProblems.problems.prefix(keptSchema)
        let dropped =
            parserProblems.droppedCount + schemaProblems.droppedCount + (schemaProblems.problems.count - keptSchema)

        var problems: [XMLProblem] = []
        for raw in raws {
            var position: SourcePosition?
            if raw.element >= 0 {
                if let named = namedAttribute(in: raw.message) {
                    position = builder.attributePosition(
                        named: named.name, isAttributeError: named.isAttributeError, on: raw.element)
                }
                position = position ?? builder.elementPosition(raw.element)
            }
            problems.append(
                XMLProblem(
                    kind: raw.kind, message: raw.message,
                    position: position ?? SourcePosition(line: max(raw.line, 1), column: max(raw.column, 1)),
                    suggestion: raw.suggestion, elementIndex: raw.element >= 0 ? Int(raw.element) : nil))
        }
        let root = builder.makeRoot()
        problems += builder.xincludePositions.map {
            XMLProblem(
                kind: .xinclude,
                message: "XInclude is not allowed in a lesson pack, and nothing was included",
                position: $0, suggestion: "copy the content into the pack itself")
        }
        return LoadedXMLDocument(
            root: root, problems: problems + cutNotice(dropped: dropped, lastKind: raws.last?.kind, after: problems))
    }

    /// What goes over `limits`, found before libxml2 could spend more than linear time on it.
    private static func limitProblems(
        _ scan: (findings: [MarkupPreScan.Finding], more: Bool, marks: MarkupPreScan.Marks), in bytes: [UInt8]
    ) -> [XMLProblem] {
        guard !scan.findings.isEmpty else { return [] }
        var locator = SourceLocator(bytes: bytes)
        var problems = scan.findings.map {
            XMLProblem(
                kind: $0.kind, message: $0.message, position: locator.position(ofOffset: $0.offset),
                suggestion: $0.suggestion)
        }
        if scan.more, let last = problems.last {
            problems.append(
                XMLProblem(
                    kind: last.kind, message: "the file goes over more limits, not shown; nothing else was checked",
                    position: last.position, suggestion: "fix the ones above and check again"))
        }
        return problems
    }

    /// One problem saying how many were not kept, when the collector hit its limit.
    private static func cutNotice(
        dropped: Int, lastKind: XMLProblem.Kind?, after problems: [XMLProblem]
    ) -> [XMLProblem] {
        guard dropped > 0 else { return [] }
        return [
            XMLProblem(
                kind: lastKind ?? .malformed,
                message: dropped == 1 ? "1 more problem of this kind is not shown" : "\(dropped) more problems of this kind are not shown",
                position: problems.last?.position,
                suggestion: "fix the ones above and check again")
        ]
    }

    /// The attribute a schema message is about: "…, attribute 'points': …", and whether
    /// the message is the validator's about that one attribute ("Element 'e', attribute 'a': …").
    private static func namedAttribute(in message: String) -> (name: String, isAttributeError: Bool)? {
        guard let start = message.range(of: "attribute '") else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        let isAttributeError =
            message.hasPrefix("Element '") && message[..<start.lowerBound].hasSuffix("', ")
        return (String(rest[..<end]), isAttributeError)
    }

    /// Packs are UTF-8, where a 0 byte is always U+0000, which XML forbids. libxml2 2.9
    /// would take a NUL after the root element for the end of input and ignore the rest.
    private static func encodingProblem(in bytes: [UInt8]) -> XMLProblem? {
        let utf16or32 =
            bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF])
        let nul: Int? = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(hit) - base
        }
        guard let nul else {
            return utf16or32
                ? XMLProblem(
                    kind: .encoding, message: "the file is UTF-16 or UTF-32, but a lesson pack is UTF-8",
                    position: SourcePosition(line: 1, column: 1), suggestion: "save it as UTF-8")
                : nil
        }
        if utf16or32 || nul < 4 {
            return XMLProblem(
                kind: .encoding, message: "the file is not UTF-8 (it looks like UTF-16 or UTF-32)",
                position: SourcePosition(line: 1, column: 1), suggestion: "save it as UTF-8")
        }
        var locator = SourceLocator(bytes: bytes)
        let position = locator.position(ofOffset: nul)
        return XMLProblem(
            kind: .encoding, message: "the file contains a NUL byte, which XML does not allow",
            position: position, suggestion: "remove it; if this is not a text file, it is not a pack")
    }

    private static func doctypeProblem(line: Int) -> XMLProblem {
        XMLProblem(
            kind: .doctype,
            message:
                "a DOCTYPE is not allowed in a lesson pack (it can declare entities that "
                + "read other files or expand without limit)",
            position: SourcePosition(line: max(line, 1), column: 1),
            suggestion: "remove the <!DOCTYPE …> declaration; packs need none")
    }

    private static func tooLarge(_ maximumBytes: Int) -> XMLProblem {
        XMLProblem(
            kind: .tooLarge,
            message: "the file is larger than \(maximumBytes / (1024 * 1024)) MiB, the limit for a lesson pack",
            position: nil, suggestion: "split it into several packs")
    }

    private static func readBounded(path: String, maximumBytes: Int) -> Result<[UInt8], XMLProblem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(
                XMLProblem(
                    kind: .unreadable, message: "no such file; check the path", position: nil))
        }
        if isDirectory.boolValue {
            return .failure(
                XMLProblem(kind: .unreadable, message: "this is a folder, not a file", position: nil))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(
                XMLProblem(
                    kind: .unreadable,
                    message: "the file cannot be opened; check that you may read it",
                    position: nil))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            if data.count > maximumBytes { return .failure(tooLarge(maximumBytes)) }
            return .success([UInt8](data))
        } catch {
            return .failure(
                XMLProblem(
                    kind: .unreadable,
                    message: "the file cannot be read (\(error.localizedDescription))",
                    position: nil))
        }
    }
}
