/// An HTML or SVG tree written with every text and attribute value escaped, so that a
/// pack's or a cohort's words can never become markup. Element and attribute names come
/// from this module's source. (Plot 0.14 was considered: it writes attribute values
/// unescaped and passes `&lt;` in a text through as an entity; docs/reports.md.)
public indirect enum Markup: Sendable {
    case element(String, attributes: [(String, String)], children: [Markup])
    case text(String)
    case fragment([Markup])
    /// Markup written in this module's source, such as a style sheet: a literal only.
    case trusted(StaticString)

    /// `<name attributes>children</name>`; attributes in the order given, empty values kept.
    public static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [Markup] = []) -> Markup {
        .element(name, attributes: attributes, children: children)
    }

    public static func el(_ name: String, _ attributes: [(String, String)] = [], text: String) -> Markup {
        .element(name, attributes: attributes, children: [.text(text)])
    }

    /// The markup as text.
    public var rendered: String {
        var output = ""
        write(to: &output)
        return output
    }

    public func write(to output: inout String) {
        switch self {
        case .text(let text):
            Self.escape(text, into: &output, quotes: false)
        case .trusted(let literal):
            output += literal.description
        case .fragment(let children):
            for child in children { child.write(to: &output) }
        case .element(let name, let attributes, let children):
            precondition(Self.isName(name), "element name \(name)")
            output += "<" + name
            for (attribute, value) in attributes {
                precondition(Self.isName(attribute), "attribute name \(attribute)")
                output += " " + attribute + "=\""
                Self.escape(value, into: &output, quotes: true)
                output += "\""
            }
            output += ">"
            guard !Self.voidElements.contains(name) else { return }
            for child in children { child.write(to: &output) }
            output += "</" + name + ">"
        }
    }

    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "col", "wbr"]

    static func isName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x3A
        }
    }

    /// `&`, `<` and `>` always; `"` and `'` in attribute values. Other characters are kept:
    /// the page is UTF-8.
    static func escape(_ text: String, into output: inout String, quotes: Bool) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where quotes: output += "&quot;"
            case "'" where quotes: output += "&#39;"
            case "\0": output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
