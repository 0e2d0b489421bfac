/// Text and attribute values written into XML by hand (a pack made by `import-qti`, a
/// translation spliced into a pack), escaped so that a parser reads back exactly them.
public enum XMLEscaping {
    /// Character data: `&`, `<` and `>` as entity references (`>` for `]]>`).
    public static func text(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// An attribute value in double quotes: markup, `"` and the white-space controls
    /// (which a parser would otherwise read as spaces) as character references.
    public static func quotedAttribute(_ value: String) -> String {
        var result = "\""
        result.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
