import CLibXML2

/// An XSD compiled once per process and shared by every validation.
///
/// libxml2 does not change a compiled schema while validating, so sharing it across
/// threads is safe; each validation makes its own validation context.
public final class CompiledSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr
    /// The same XSD with a global declaration for each independent subtree, so that each
    /// can be validated on its own; nil when there are none.
    let subtreePointer: xmlSchemaPtr?
    /// The subtrees validated on their own once the whole document has a schema error.
    public let independentSubtrees: [IndependentSubtree]

    /// Compiles an XSD held in memory. It may not import or include other files.
    ///
    /// `independentSubtrees` names elements the XSD makes valid on their own (a local
    /// element whose type is a named type): when a document breaks the schema, each of
    /// them is validated again by itself, so that an error after the first in a content
    /// model is found in the same run (`HardenedXMLLoader`).
    public init(
        xsd: [UInt8], name: String = "schema.xsd", independentSubtrees: [IndependentSubtree] = []
    ) throws(XMLSchemaCompileError) {
        pointer = try Self.compile(xsd, name: name)
        self.independentSubtrees = independentSubtrees
        if independentSubtrees.isEmpty {
            subtreePointer = nil
        } else {
            do {
                subtreePointer = try Self.compile(
                    Self.addingGlobalDeclarations(for: independentSubtrees, to: xsd), name: name + " (subtrees)")
            } catch {
                xmlSchemaFree(pointer)
                throw error
            }
        }
    }

    /// The XSD with `<xs:element name="E" type="T"/>` for each subtree, before its end tag.
    static func addingGlobalDeclarations(for subtrees: [IndependentSubtree], to xsd: [UInt8]) -> [UInt8] {
        // The last end tag is the schema's: "</xs:schema>" (whatever its prefix).
        guard let open = xsd.lastIndex(of: UInt8(ascii: "<")), open + 1 < xsd.count,
            xsd[open + 1] == UInt8(ascii: "/")
        else { return xsd }
        let tagName = xsd[(open + 2)...].prefix { $0 != UInt8(ascii: ">") && $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        let prefix = tagName.lastIndex(of: UInt8(ascii: ":")).map { String(decoding: tagName[..<$0], as: UTF8.self) + ":" } ?? ""
        var seen: Set<String> = []
        var declarations = ""
        for subtree in subtrees where seen.insert(subtree.element).inserted {
            declarations += "<\(prefix)element name=\"\(subtree.element)\" type=\"\(subtree.type)\"/>\n"
        }
        return Array(xsd[..<open]) + Array(declarations.utf8) + Array(xsd[open...])
    }

    private static func compile(_ xsd: [UInt8], name: String) throws(XMLSchemaCompileError) -> xmlSchemaPtr {
        LibXML2Setup.ensureInitialised()
        let collector = ProblemCollector()
        let opaque = Unmanaged.passUnretained(collector).toOpaque()
        let compiled: xmlSchemaPtr? = withExtendedLifetime(collector) {
            xmlSetStructuredErrorFunc(opaque, collectStructuredError)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            let parserContext = xsd.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    xmlSchemaNewMemParserCtxt($0.baseAddress, Int32($0.count))
                }
            }
            guard let parserContext else { return nil }
            defer { xmlSchemaFreeParserCtxt(parserContext) }
            xmlSchemaSetParserStructuredErrors(parserContext, collectStructuredError, opaque)
            return xmlSchemaParse(parserContext)
        }
        guard let compiled else {
            let details = collector.problems.map { "line \($0.line): \($0.message)" }
            throw XMLSchemaCompileError(name: name, details: details)
        }
        return compiled
    }

    deinit {
        xmlSchemaFree(pointer)
        if let subtreePointer { xmlSchemaFree(subtreePointer) }
    }
}

/// An element the schema makes valid on its own: `element` (in `namespace`) as a child of
/// `parent`, of the XSD's named type `type`. The names come from the caller, which knows
/// the format; this module knows none.
public struct IndependentSubtree: Sendable, Hashable {
    public var element: String
    public var parent: String
    public var type: String
    /// The namespace of both elements (nil: no namespace).
    public var namespace: String?

    public init(element: String, parent: String, type: String, namespace: String?) {
        self.element = element
        self.parent = parent
        self.type = type
        self.namespace = namespace
    }
}

/// The XSD itself is broken; this is a defect of the program, not of a pack.
public struct XMLSchemaCompileError: Error, CustomStringConvertible {
    public var name: String
    public var details: [String]
    public var description: String {
        "the schema \(name) does not compile: " + details.joined(separator: "; ")
    }
}

/// Process-wide libxml2 set-up, done once: initialise and refuse every external load.
enum LibXML2Setup {
    private static let done: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader(denyExternalEntities)
        oberih_silence_generic_errors()
        return true
    }()

    static func ensureInitialised() {
        _ = done
    }
}
