/// `text` as one word of a printed shell command: as it is when it holds only characters
/// a shell takes literally (and `quoted` is false), else in single quotes, a quote inside
/// as `'\''`. A name (a cohort's) is always quoted, so it reads as one.
func shellWord(_ text: String, quoted: Bool = false) -> String {
    let isLiteral = !text.isEmpty && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
            || "-_./:=+@%,".unicodeScalars.contains($0)
    }
    return isLiteral && !quoted ? text : "'" + text.replacing("'", with: "'\\''") + "'"
}
