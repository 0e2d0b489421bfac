/// A PO file that cannot be read: where, what is wrong, and what to do.
public struct POReadError: Error, Sendable, Equatable {
    public var line: Int
    public var message: String
    public var suggestion: String
}

/// Reads PO files: msgctxt, msgid, msgstr, multi-line strings, C escapes, `#` comments of
/// every kind, `#,` flags and `#|` previous strings. Obsolete `#~` entries are skipped.
/// Plural entries are refused: a pack's texts have no plural forms. O(size of the file).
public enum POReader {
    /// Lines end in LF, CR LF (an editor on Windows) or CR; a byte-order mark at the start
    /// is dropped. (Swift reads CR LF as one Character, so it is a separator of its own.)
    public static func read(_ text: String) throws(POReadError) -> POCatalog {
        var parser = Parser()
        var number = 0
        let body = text.first == "\u{FEFF}" ? text.dropFirst() : Substring(text)
        let lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for line in lines {
            number += 1
            try parser.take(line, number: number)
        }
        try parser.finishEntry(at: number + 1)
        return try parser.catalog()
    }

    /// Reads PO bytes, which must be UTF-8.
    public static func read(bytes: [UInt8]) throws(POReadError) -> POCatalog {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // Name the first line that is not UTF-8, line by line: linear.
            var line = 1
            for part in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                if String(validating: part, as: UTF8.self) == nil { break }
                line += 1
            }
            throw POReadError(
                line: line, message: "the file is not UTF-8",
                suggestion: "save it as UTF-8 (Poedit and Weblate do; set Content-Type: text/plain; charset=UTF-8)")
        }
        return try read(text)
    }

    private enum Field { case previousContext, previousID, context, id, translation }

    private struct Parser {
        var header: [(name: String, value: String)] = []
        var headerComments: [String] = []
        var entries: [POEntry] = []
        var sawHeader = false
        var seen: [String: Int] = [:]

        var comments: (translator: [String], extracted: [String], references: [String], flags: [String]) = ([], [], [], [])
        var values: [Field: String] = [:]
        var field: Field?
        var firstLine = 0
        /// The line of the entry's msgctxt, else its msgid: where an editor shows it.
        var keywordLine = 0

        mutating func take(_ line: Substring, number: Int) throws(POReadError) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty { return try finishEntry(at: number) }
            if trimmed.hasPrefix("#~") { return }
            if trimmed.hasPrefix("#|") {
                let rest = trimmed.dropFirst(2).drop { $0 == " " }
                if rest.hasPrefix("\"") {
                    guard let field, field == .previousContext || field == .previousID else {
                        throw POReadError(
                            line: number, message: "a `#| \"…\"` line follows no `#| msgid`",
                            suggestion: "remove the line, or put `#| msgid` before it")
                    }
                    return try append(rest, to: field, line: number)
                }
                if let value = rest.strippingKeyword("msgctxt") {
                    try startIfNeeded(number, before: .previousContext)
                    return try set(.previousContext, value, line: number)
                }
                if let value = rest.strippingKeyword("msgid") {
                    try startIfNeeded(number, before: .previousID)
                    return try set(.previousID, value, line: number)
                }
                return
            }
            if trimmed.hasPrefix("#") {
                try startIfNeeded(number, before: nil)
                let body = trimmed.dropFirst()
                func text(_ s: Substring) -> String { String(s.first == " " ? s.dropFirst() : s) }
                switch body.first {
                case ".": comments.extracted.append(text(body.dropFirst()))
                case ":": comments.references += body.dropFirst().split(separator: " ").map(String.init)
                case ",":
                    comments.flags += body.dropFirst().split(separator: ",").map {
                        String($0.trimmingSpaces)
                    }.filter { !$0.isEmpty }
                default: comments.translator.append(text(body))
                }
                return
            }
            if trimmed.hasPrefix("\"") {
                guard let field, field == .context || field == .id || field == .translation else {
                    throw POReadError(
                        line: number, message: "a quoted string follows no msgctxt, msgid or msgstr",
                        suggestion: "put it right after the msgid or msgstr it continues")
                }
                return try append(trimmed, to: field, line: number)
            }
            if let value = trimmed.strippingKeyword("msgctxt") {
                try startIfNeeded(number, before: .context)
                return try set(.context, value, line: number)
            }
            if let value = trimmed.strippingKeyword("msgid") {
                try startIfNeeded(number, before: .id)
                return try set(.id, value, line: number)
            }
            if trimmed.hasPrefix("msgid_plural") || trimmed.hasPrefix("msgstr[") {
                throw POReadError(
                    line: number, message: "plural forms are not used in a pack's PO file",
                    suggestion: "translate the entry with a plain msgstr (export the pack again for a fresh file)")
            }
            if let value = trimmed.strippingKeyword("msgstr") {
                guard values[.id] != nil else {
                    throw POReadError(
                        line: number, message: "msgstr without a msgid before it",
                        suggestion: "each entry is msgctxt, msgid, then msgstr; export the pack again for a fresh file")
                }
                return try set(.translation, value, line: number)
            }
            throw POReadError(
                line: number, message: "`\(trimmed.prefix(20))` is not PO syntax",
                suggestion: "a line is a comment (#), msgctxt, msgid, msgstr or a quoted string; "
                    + "open the file in a PO editor such as Poedit to see the problem")
        }

        /// Starts a new entry when the line cannot belong to the current one.
        mutating func startIfNeeded(_ number: Int, before: Field?) throws(POReadError) {
            if values[.translation] != nil { try finishEntry(at: number) }
            if let before, values[before] != nil || (before != .id && values[.id] != nil) {
                throw POReadError(
                    line: number, message: "this entry has a second \(Self.keyword(before)) before its msgstr",
                    suggestion: "give each entry one msgctxt, one msgid and one msgstr")
            }
            if firstLine == 0 { firstLine = number }
        }

        mutating func set(_ field: Field, _ value: Substring, line: Int) throws(POReadError) {
            if values[field] != nil {
                throw POReadError(
                    line: line, message: "a second \(Self.keyword(field)) in one entry",
                    suggestion: "give each entry one msgctxt, one msgid and one msgstr")
            }
            values[field] = ""
            self.field = field
            if (field == .context || field == .id) && keywordLine == 0 { keywordLine = line }
            try append(value, to: field, line: line)
        }

        mutating func append(_ quoted: Substring, to field: Field, line: Int) throws(POReadError) {
            values[field, default: ""] += try Self.unquoted(Substring(quoted.trimmingSpaces), line: line)
        }

        mutating func finishEntry(at number: Int) throws(POReadError) {
            defer {
                comments = ([], [], [], [])
                values = [:]
                field = nil
                firstLine = 0
                keywordLine = 0
            }
            guard let id = values[.id] else {
                if values.isEmpty && comments.extracted.isEmpty && comments.flags.isEmpty && comments.references.isEmpty {
                    if !sawHeader && entries.isEmpty { headerComments += comments.translator }
                    return
                }
                throw POReadError(
                    line: firstLine, message: "this entry has no msgid",
                    suggestion: "each entry is msgctxt, msgid, then msgstr; export the pack again for a fresh file")
            }
            guard let translation = values[.translation] else {
                throw POReadError(
                    line: firstLine, message: "this entry has no msgstr",
                    suggestion: "add msgstr \"\" after its msgid")
            }
            if id.isEmpty && values[.context] == nil {
                guard !sawHeader else {
                    throw POReadError(
                        line: firstLine, message: "a second header entry (msgid \"\")",
                        suggestion: "keep one header, at the top")
                }
                sawHeader = true
                headerComments = comments.translator
                for field in translation.split(separator: "\n") {
                    guard let colon = field.firstIndex(of: ":") else { continue }
                    header.append(
                        (String(field[..<colon]).trimmingSpaces, String(field[field.index(after: colon)...]).trimmingSpaces))
                }
                return
            }
            let key = (values[.context] ?? "") + "\u{4}" + id
            if let first = seen[key] {
                throw POReadError(
                    line: keywordLine, message: "this entry repeats the one at line \(first) (same msgctxt and msgid)",
                    suggestion: "keep one of them")
            }
            seen[key] = keywordLine
            var entry = POEntry(context: values[.context], id: id, translation: translation)
            entry.translatorComments = comments.translator
            entry.extractedComments = comments.extracted
            entry.references = comments.references
            entry.flags = comments.flags
            entry.previousContext = values[.previousContext]
            entry.previousID = values[.previousID]
            entry.line = keywordLine
            entries.append(entry)
        }

        func catalog() throws(POReadError) -> POCatalog {
            var catalog = POCatalog(header: header, entries: entries)
            catalog.headerComments = headerComments
            return catalog
        }

        static func keyword(_ field: Field) -> String {
            switch field {
            case .previousContext: return "#| msgctxt"
            case .previousID: return "#| msgid"
            case .context: return "msgctxt"
            case .id: return "msgid"
            case .translation: return "msgstr"
            }
        }

        /// The text of `"…"` with its escapes resolved.
        static func unquoted(_ quoted: Substring, line: Int) throws(POReadError) -> String {
            let scalars = Array(quoted.unicodeScalars)
            guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else {
                throw POReadError(
                    line: line, message: "a string must be in double quotes, on one line",
                    suggestion: "write it as \"…\"; a quote inside is \\\" and a line break \\n")
            }
            var out = String.UnicodeScalarView()
            var index = 1
            let end = scalars.count - 1
            while index < end {
                let scalar = scalars[index]
                index += 1
                if scalar == "\"" {
                    throw POReadError(
                        line: line, message: "a double quote inside a string is not escaped",
                        suggestion: "write it as \\\"")
                }
                guard scalar == "\\" else {
                    out.append(scalar)
                    continue
                }
                guard index < end else {
                    throw POReadError(
                        line: line, message: "the string ends with a lone backslash",
                        suggestion: "write a backslash as \\\\")
                }
                let escape = scalars[index]
                index += 1
                switch escape {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "\\": out.append("\\")
                case "\"": out.append("\"")
                case "a": out.append("\u{7}")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{C}")
                case "v": out.append("\u{B}")
                case "0"..."7":
                    var value = escape.value - 0x30
                    var digits = 1
                    while digits < 3, index < end, ("0"..."7").contains(scalars[index]) {
                        value = value * 8 + scalars[index].value - 0x30
                        index += 1
                        digits += 1
                    }
                    out.append(Unicode.Scalar(value)!)
                default:
                    throw POReadError(
                        line: line, message: "`\\\(escape)` is not an escape PO strings have",
                        suggestion: "use \\n, \\t, \\\" or \\\\ (write a backslash as \\\\)")
                }
            }
            return String(out)
        }
    }
}

extension Substring {
    /// The rest after `keyword` and white space, when the line starts with that keyword.
    fileprivate func strippingKeyword(_ keyword: String) -> Substring? {
        guard hasPrefix(keyword) else { return nil }
        let rest = dropFirst(keyword.count)
        guard let first = rest.first, first == " " || first == "\t" || first == "\"" else { return nil }
        return rest.drop { $0 == " " || $0 == "\t" }
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
