import PackXML

/// Edits to a file's bytes, each a range and what replaces it, applied in one pass.
struct Splices {
    let bytes: [UInt8]
    private var edits: [(range: Range<Int>, replacement: [UInt8])] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The bytes with every edit made. O(file + edits log edits).
    func applied() -> [UInt8] {
        let sorted = edits.enumerated().sorted {
            ($0.element.range.lowerBound, $0.element.range.isEmpty ? 0 : 1, $0.offset)
                < ($1.element.range.lowerBound, $1.element.range.isEmpty ? 0 : 1, $1.offset)
        }.map(\.element)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + sorted.reduce(0) { $0 + $1.replacement.count })
        var at = 0
        for edit in sorted {
            out += bytes[at..<edit.range.lowerBound]
            out += edit.replacement
            at = edit.range.upperBound
        }
        out += bytes[at...]
        return out
    }

    /// Puts `translation` in `language` into `unit`: its pieces in that language are
    /// removed, and new ones follow the last piece in another language.
    mutating func place(_ translation: String, language: String, in unit: TranslationUnit) -> Bool {
        guard let anchor = unit.pieces.last(where: { $0.language != language })?.range,
            unit.pieces.allSatisfy({ $0.language != language || $0.range != nil })
        else { return false }
        let indent = indentation(before: anchor.lowerBound)
        let newline = lineEnding(after: anchor.upperBound)
        let separator = indent.map { newline + $0 } ?? ""
        let continuation = indent.map { $0 + "  " } ?? ""
        let elements: [String]
        switch unit.kind {
        case .text:
            // Paragraphs stay apart by a blank line; the lines after the first are indented
            // a little more than the element, as the packs write them.
            let lines = translation.split(separator: "\n", omittingEmptySubsequences: false)
            var body = XMLEscaping.text(String(lines[0]))
            for line in lines.dropFirst() {
                body += newline
                if !line.isEmpty { body += continuation + XMLEscaping.text(String(line)) }
            }
            let tag = tagName(at: anchor.lowerBound)
            elements = ["<\(tag) lang=\"\(language)\">\(body)</\(tag)>"]
        case .acceptedAnswers:
            let tag = tagName(at: anchor.lowerBound)
            elements = translation.split(separator: "\n").map { "<\(tag) lang=\"\(language)\">\(XMLEscaping.text(String($0)))</\(tag)>" }
        }
        for piece in unit.pieces where piece.language == language {
            edits.append((wholeLine(around: piece.range!), []))
        }
        edits.append((anchor.upperBound..<anchor.upperBound, Array(elements.map { separator + $0 }.joined().utf8)))
        return true
    }

    /// The line ending of the line `offset` is on: CR LF in a file saved on Windows, so
    /// that inserted lines match their neighbours; LF otherwise.
    func lineEnding(after offset: Int) -> String {
        var index = offset
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return index < bytes.count && index > 0 && bytes[index - 1] == 0x0D ? "\r\n" : "\n"
    }

    /// Appends `language` to the root's `langs` value.
    mutating func declare(_ language: String, on root: ParsedElement) -> Bool {
        guard let offset = root.attribute("langs")?.sourceOffset else { return false }
        var index = offset
        while index < bytes.count, bytes[index] != UInt8(ascii: "=") { index += 1 }
        index += 1
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            return false
        }
        let quote = bytes[index]
        let valueStart = index + 1
        var end = valueStart
        while end < bytes.count, bytes[end] != quote { end += 1 }
        guard end < bytes.count else { return false }
        let isEmpty = bytes[valueStart..<end].allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        edits.append((end..<end, Array(((isEmpty ? "" : " ") + language).utf8)))
        return true
    }

    /// The element name as written at the start tag at `offset` (`t`, or `p:t` with a prefix).
    private func tagName(at offset: Int) -> String {
        var end = offset + 1
        while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(bytes[end]) { end += 1 }
        return String(decoding: bytes[(offset + 1)..<end], as: UTF8.self)
    }

    /// The spaces and tabs from the start of the line to `offset`, or nil when something
    /// else stands there (the element does not start its line).
    private func indentation(before offset: Int) -> String? {
        var start = offset
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        guard start == 0 || bytes[start - 1] == 0x0A else { return nil }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    /// `range`, with its line's indentation and line end when nothing else is on the line.
    private func wholeLine(around range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        var end = range.upperBound
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0D { end += 1 }
        guard start == 0 || bytes[start - 1] == 0x0A, end < bytes.count, bytes[end] == 0x0A else { return range }
        return start..<(end + 1)
    }
}
