import CLibXML2

/// An XSD compiled once per process and shared by every validation.
///
/// libxml2 does not change a compiled schema while validating, so sharing it across
/// threads is safe; each validation makes its own validation context.
public final class CompiledSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr

    /// Compiles an XSD held in memory. It may not import or include other files.
    public init(xsd: [UInt8], name: String = "schema.xsd") throws(XMLSchemaCompileError) {
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
        pointer = compiled
    }

    deinit {
        xmlSchemaFree(pointer)
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
