/// Writes a `POCatalog` as a PO file: UTF-8, strings split into lines after each `\n`
/// as msgmerge does, so a translator sees paragraphs. O(size of the catalog).
public enum POWriter {
    public static func write(_ catalog: POCatalog) -> String {
        var out = ""
        for comment in catalog.headerComments { out += comment.isEmpty ? "#\n" : "# \(comment)\n" }
        out += "msgid \"\"\n"
        out += "msgstr \"\"\n"
        for field in catalog.header { out += "\"" + escaped("\(field.name): \(field.value)\n") + "\"\n" }
        for entry in catalog.entries {
            out += "\n"
            for comment in entry.translatorComments { out += comment.isEmpty ? "#\n" : "# \(comment)\n" }
            for comment in entry.extractedComments { out += "#. \(comment)\n" }
            if !entry.references.isEmpty { out += "#: " + entry.references.joined(separator: " ") + "\n" }
            if !entry.flags.isEmpty { out += "#, " + entry.flags.joined(separator: ", ") + "\n" }
            if let previous = entry.previousContext { out += keyword("#| msgctxt", previous) }
            if let previous = entry.previousID { out += keyword("#| msgid", previous) }
            if let context = entry.context { out += keyword("msgctxt", context) }
            out += keyword("msgid", entry.id)
            out += keyword("msgstr", entry.translation)
        }
        return out
    }

    /// `msgid "…"`, or `msgid ""` and one quoted line per line of a multi-line value.
    static func keyword(_ name: String, _ value: String) -> String {
        let prefix = name.hasPrefix("#|") ? "#| " : ""
        var lines: [Substring] = []
        var start = value.startIndex
        for index in value.indices where value[index] == "\n" {
            let next = value.index(after: index)
            lines.append(value[start..<next])
            start = next
        }
        if start < value.endIndex { lines.append(value[start...]) }
        if lines.count <= 1 { return "\(name) \"\(escaped(value))\"\n" }
        return "\(name) \"\"\n" + lines.map { "\(prefix)\"\(escaped(String($0)))\"\n" }.joined()
    }

    /// The C escapes PO strings use: `\\`, `\"`, `\n`, `\t`, `\r`, and `\ooo` for other control characters.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let octal = String(scalar.value, radix: 8)
                    out += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
