import Foundation
import PackXML

/// Checks lesson packs: hardened XML loading, the XSD, then the semantic rules.
public struct PackValidator: Sendable {
    /// The date contact verification ages are measured from.
    public var today: Date
    public var limits: XMLLoadLimits

    public init(today: Date = Date(), limits: XMLLoadLimits = XMLLoadLimits()) {
        self.today = today
        self.limits = limits
    }

    /// Validates one file. `displayName` is the path shown in diagnostics.
    public func validate(fileAtPath path: String, displayName: String? = nil) -> PackValidation {
        let loaded = HardenedXMLLoader.load(fileAtPath: path, schema: PackSchema.compiled, limits: limits)
        return validate(loaded, file: displayName ?? path)
    }

    /// Validates one file, and gives the bytes that were checked (nil if it could not be
    /// read): what is played and kept is exactly what was validated.
    public func validateKeepingBytes(fileAtPath path: String) -> (validation: PackValidation, bytes: [UInt8]?) {
        let read = HardenedXMLLoader.read(fileAtPath: path, limits: limits)
        let validation = validate(HardenedXMLLoader.load(read, schema: PackSchema.compiled, limits: limits), file: path)
        return (validation, try? read.get())
    }

    /// Validates a pack held in memory.
    public func validate(bytes: [UInt8], file: String) -> PackValidation {
        let loaded = HardenedXMLLoader.load(
            bytes: bytes, schema: PackSchema.compiled, limits: limits)
        return validate(loaded, file: file)
    }

    private func validate(_ loaded: LoadedXMLDocument, file: String) -> PackValidation {
        guard let root = loaded.root else {
            return PackValidation(
                file: file, pack: nil, diagnostics: loaded.problems.map { diagnostic(for: $0, file: file, root: nil) })
        }
        guard root.name == "pack", root.namespace == PackDecoder.namespace else {
            let found = root.namespace.map { "<\(root.name)> in namespace '\($0)'" } ?? "<\(root.name)> in no namespace"
            let notPack = Diagnostic(
                file: file, position: root.position, code: .notAPack,
                message: "the root element is \(found), so this is not a lesson pack",
                suggestion: "a pack starts with <pack xmlns=\"\(PackDecoder.namespace)\" …>")
            let others = loaded.problems.filter { $0.kind != .schemaViolation && $0.kind != .schemaWarning }
            return PackValidation(
                file: file, pack: nil, diagnostics: [notPack] + others.map { diagnostic(for: $0, file: file, root: root) })
        }
        let pack = PackDecoder().decodePack(root)
        var checker = PackChecker(pack: pack, file: file, today: today)
        let problems = Self.withoutRepeatedListErrors(loaded.problems)
        let diagnostics = problems.map { diagnostic(for: $0, file: file, root: root) } + checker.checkAll()
        return PackValidation(file: file, pack: pack, diagnostics: diagnostics.sorted())
    }

    private func diagnostic(for problem: XMLProblem, file: String, root: ParsedElement?) -> Diagnostic {
        let (code, generalSuggestion) = Self.codeAndSuggestion(for: problem)
        let readable = Self.readable(problem.message)
        if problem.kind == .schemaViolation, let rewrite = Self.rewrite(problem, root: root) {
            return Diagnostic(
                file: file, position: problem.position, code: code, message: rewrite.message,
                suggestion: rewrite.fix, detail: readable)
        }
        return Diagnostic(
            file: file, position: problem.position, code: code,
            message: readable, suggestion: problem.suggestion ?? generalSuggestion)
    }

    /// Oberih's words for a schema problem, when its message is one of libxml2's common ones.
    static func rewrite(_ problem: XMLProblem, root: ParsedElement?) -> SchemaMessage.Rewrite? {
        let message = problem.message.replacingOccurrences(of: "{\(PackDecoder.namespace)}", with: "")
        guard let said = SchemaMessage.parse(message) else { return nil }
        let element = problem.elementIndex.flatMap { root?.element(atIndex: $0) }
        return SchemaMessage(outline: .pack).rewrite(said, at: element)
    }

    /// A list attribute with a bad item gets two messages from libxml2: the item's, then
    /// "… is not a valid value of the list type …". The second says nothing more.
    static func withoutRepeatedListErrors(_ problems: [XMLProblem]) -> [XMLProblem] {
        var kept: [XMLProblem] = []
        kept.reserveCapacity(problems.count)
        for problem in problems {
            if problem.kind == .schemaViolation, problem.message.contains("is not a valid value of the list type"),
                let previous = kept.last, previous.kind == .schemaViolation,
                previous.elementIndex == problem.elementIndex, previous.position == problem.position
            {
                continue
            }
            kept.append(problem)
        }
        return kept
    }

    private static func codeAndSuggestion(for problem: XMLProblem) -> (DiagnosticCode, String) {
        switch problem.kind {
        case .unreadable: return (.fileUnreadable, "check the path and that you may read the file")
        case .tooLarge: return (.fileTooLarge, "split it into several packs")
        case .empty: return (.fileEmpty, "see docs/pack-format.md for a complete example")
        case .doctype: return (.xmlDoctype, "remove the DOCTYPE")
        case .xinclude: return (.xmlXInclude, "copy the content into the pack itself")
        case .encoding: return (.xmlEncoding, "save the file as UTF-8")
        case .tooManyAttributes: return (.xmlTooManyAttributes, "remove the attributes the element does not need")
        case .tooManyNamespaces: return (.xmlTooManyNamespaces, "remove the namespace declarations the pack does not use")
        case .nameTooLong: return (.xmlNameTooLong, "check the name against docs/pack-format.md")
        case .valueTooLong: return (.xmlValueTooLong, "shorten the value")
        case .textTooLong: return (.xmlTextTooLong, "split the text")
        case .malformed:
            return (.xmlMalformed, "fix the XML at this place (an XML editor shows unmatched tags and quotes)")
        case .schemaViolation: return (.schemaViolation, schemaSuggestion(for: problem.message))
        case .schemaWarning: return (.schemaWarning, "see docs/pack-format.md")
        }
    }

    private static func schemaSuggestion(for message: String) -> String {
        if message.contains("is not expected") {
            return "check the element's spelling and its order against docs/pack-format.md"
        }
        if message.contains("is required but missing") || message.contains("Missing child element") {
            return "add what is missing (docs/pack-format.md lists every element and attribute)"
        }
        if message.contains("is not allowed") {
            return "remove it, or check its spelling against docs/pack-format.md"
        }
        if message.contains("is not a valid value") || message.contains("not accepted by the pattern")
            || message.contains("not an element of the set")
        {
            return "use a value the format allows (docs/pack-format.md)"
        }
        return "see docs/pack-format.md"
    }

    /// libxml2's message without the namespace in braces, capitals that start its parts,
    /// or a final full stop: "element 'hnt': this element is not expected".
    static func readable(_ message: String) -> String {
        var text = message.replacingOccurrences(of: "{\(PackDecoder.namespace)}", with: "")
        while text.hasSuffix(".") { text.removeLast() }
        let parts = text.components(separatedBy: ": ").map { part -> String in
            guard let first = part.first, let second = part.dropFirst().first,
                first.isUppercase, second.isLowercase
            else { return part }
            return first.lowercased() + part.dropFirst()
        }
        return parts.joined(separator: ": ")
    }
}
