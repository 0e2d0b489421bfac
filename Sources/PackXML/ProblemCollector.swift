import CLibXML2

/// Gathers libxml2's structured errors during one synchronous load.
///
/// It is handed to libxml2 as an opaque pointer and lives only for the call that made it.
final class ProblemCollector {
    struct RawProblem {
        var kind: XMLProblem.Kind
        var message: String
        var line: Int
        var column: Int
        /// The index in the parsed tree of the element the error is about, or -1.
        var element: Int32 = -1
        var suggestion: String?
    }

    /// libxml2 messages about its safety limits speak of its own options
    /// ("use XML_PARSE_HUGE option"); an author needs to hear what is wrong with the file.
    static let limitMessages: [(libxml2Says: String, message: String, suggestion: String)] = [
        (
            "Excessive depth in document",
            "elements are nested more than 256 levels deep, the limit for untrusted XML",
            "a pack needs about 6 levels; look for start tags that are never closed"
        ),
        (
            "AttValue length too long",
            "an attribute value is longer than 10 MB, the limit for untrusted XML",
            "shorten it; no attribute of a pack needs to be long"
        ),
        (
            "huge text node",
            "a text is longer than 10 MB, the limit for untrusted XML",
            "split the text, or the pack"
        ),
    ]

    var problems: [RawProblem] = []
    /// Problems past `limit`, counted but not kept.
    var droppedCount = 0
    var doctypeLine: Int?
    /// Set while the schema validates the tree, so its errors are told apart.
    var isValidatingSchema = false
    /// Enough is enough: a hostile file can raise thousands of errors.
    let limit = 200

    /// The element schema errors are attributed to (see `SAXTreeBuilder`).
    var currentElement: Int32 = -1
    /// Set when several validators see the same elements: an error with the same message
    /// about the same element is kept once (and counted once past `limit`).
    var dropsRepeats = false
    private var seen: Set<Repeat> = []

    private struct Repeat: Hashable {
        var element: Int32
        var message: String
    }

    func record(_ error: xmlError) {
        record(
            message: error.message, isWarning: error.level == XML_ERR_WARNING, line: Int(error.line),
            column: Int(error.int2), element: currentElement)
    }

    func record(
        message raw: UnsafePointer<CChar>?, isWarning: Bool, line: Int, column: Int, element: Int32
    ) {
        if !dropsRepeats, problems.count >= limit {
            droppedCount += 1
            return
        }
        let text = raw.map { String(cString: $0) } ?? "unknown XML error"
        var message = text.trimmingCharacters(in: " \n")
        if dropsRepeats, !seen.insert(Repeat(element: element, message: message)).inserted { return }
        guard problems.count < limit else {
            droppedCount += 1
            return
        }
        var suggestion: String?
        if let limit = Self.limitMessages.first(where: { message.contains($0.libxml2Says) }) {
            (message, suggestion) = (limit.message, limit.suggestion)
        }
        let kind: XMLProblem.Kind
        if isValidatingSchema {
            kind = isWarning ? .schemaWarning : .schemaViolation
        } else {
            // A parser warning (e.g. an odd namespace URI) is still worth an error here:
            // packs are machine-checked and should parse cleanly.
            kind = .malformed
        }
        problems.append(
            RawProblem(
                kind: kind, message: message, line: line, column: column,
                element: element, suggestion: suggestion))
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}

/// Routes a structured error to the collector passed as `userData`.
let collectStructuredError: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let collector = Unmanaged<ProblemCollector>.fromOpaque(userData).takeUnretainedValue()
    collector.record(error.pointee)
}

/// Never loads anything: packs may not refer to other files or the network.
let denyExternalEntities: xmlExternalEntityLoader = { _, _, _ in nil }
