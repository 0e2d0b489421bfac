import PackXML

/// Every translation unit of a parsed pack, in file order, with stable contexts.
///
/// A context is the path of ids from the pack down to the text: a lesson or step is named
/// by its id (`getting-help`, `best-password`), anything else with an id by `name:id`
/// (`option:b`, `node:offer`, `contact:ua-police`), a feedback by its case
/// (`feedback:correct`), a choice by its target (`choice:tell`), and everything else by
/// its element name; a name repeated among siblings gets `#2`, `#3`, … from the second
/// on. The lists `objectives`, `constructs` and `support` add nothing. So a context only
/// changes when the text's own place changes. O(elements).
public struct PackTexts: Sendable {
    public var units: [TranslationUnit]
    /// Contexts that two units share (possible only in a pack with repeated ids).
    public var repeatedContexts: [(context: String, lines: [Int])]

    static let namespace = "urn:oberih:pack:1"
    private static let silentContainers: Set<String> = ["objectives", "constructs", "support", "sources", "authors"]
    private static let lessonNames: Set<String> = ["lesson", "assessment"]

    public init(root: ParsedElement, bytes: [UInt8]) {
        var units: [TranslationUnit] = []
        Self.walk(root, path: [], parentName: "", isFacilitator: false, bytes: bytes, into: &units)
        self.units = units
        var lines: [String: [Int]] = [:]
        var order: [String] = []
        for unit in units {
            if lines[unit.context] == nil { order.append(unit.context) }
            lines[unit.context, default: []].append(unit.line)
        }
        repeatedContexts = order.compactMap { lines[$0]!.count > 1 ? ($0, lines[$0]!) : nil }
    }

    private static func walk(
        _ element: ParsedElement, path: [String], parentName: String, isFacilitator: Bool, bytes: [UInt8],
        into units: inout [TranslationUnit]
    ) {
        var used: [String: Int] = [:]
        var accepts: [ParsedElement] = []
        let children = element.children.filter { $0.namespace == namespace }
        for child in children {
            if child.name == "accept" {
                accepts.append(child)
                continue
            }
            if child.name == "t" { continue }
            var segment = segment(of: child, parentName: element.name)
            used[segment, default: 0] += 1
            if let count = used[segment], count > 1 { segment += "#\(count)" }
            let childPath = silentContainers.contains(child.name) ? path : path + [segment]
            let facilitator = isFacilitator || child.name == "facilitator-note"
            let grandchildren = child.children.filter { $0.namespace == namespace }
            if !grandchildren.isEmpty, grandchildren.allSatisfy({ $0.name == "t" }) {
                units.append(
                    TranslationUnit(
                        kind: .text, context: childPath.joined(separator: "/"), line: child.position.line,
                        isFacilitatorOnly: facilitator, authorComment: commentBefore(child, in: bytes),
                        pieces: grandchildren.map(piece)))
            } else {
                walk(child, path: childPath, parentName: element.name, isFacilitator: facilitator, bytes: bytes, into: &units)
            }
        }
        if let first = accepts.first {
            units.append(
                TranslationUnit(
                    kind: .acceptedAnswers, context: (path + ["accept"]).joined(separator: "/"),
                    line: first.position.line, isFacilitatorOnly: false, authorComment: nil,
                    pieces: accepts.map(piece)))
        }
    }

    private static func piece(_ element: ParsedElement) -> TranslationUnit.Piece {
        TranslationUnit.Piece(
            language: element.attribute("lang")?.value ?? "", text: element.text, range: element.sourceRange)
    }

    private static func segment(of element: ParsedElement, parentName: String) -> String {
        let name = element.name
        if let id = element.attribute("id")?.value {
            return lessonNames.contains(name) || lessonNames.contains(parentName) ? id : "\(name):\(id)"
        }
        if name == "feedback", let when = element.attribute("when")?.value { return "feedback:\(when)" }
        if name == "choice", let target = element.attribute("target")?.value { return "choice:\(target)" }
        return name
    }

    /// The text of a comment that ends just before `element` (white space between), if it
    /// is short (at most 500 bytes) and is not a banner of `=` or `-`.
    static func commentBefore(_ element: ParsedElement, in bytes: [UInt8]) -> String? {
        guard let start = element.sourceRange?.lowerBound else { return nil }
        var end = start
        while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        guard end >= 7, bytes[end - 3] == 0x2D, bytes[end - 2] == 0x2D, bytes[end - 1] == 0x3E else { return nil }
        var open = end - 7
        let limit = max(0, end - 500)
        while open >= limit {
            if bytes[open] == 0x3C, bytes[open + 1] == 0x21, bytes[open + 2] == 0x2D, bytes[open + 3] == 0x2D {
                let body = String(decoding: bytes[(open + 4)..<(end - 3)], as: UTF8.self)
                let folded = ShownText.folded(body)
                if folded.isEmpty || folded.allSatisfy({ "=-*# ".contains($0) }) { return nil }
                return folded.split(separator: "\n").joined(separator: " ")
            }
            open -= 1
        }
        return nil
    }
}
