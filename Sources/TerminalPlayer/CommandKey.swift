/// A typed line as a command key: trimmed, lower-cased, and a lone letter typed on a
/// Ukrainian or Russian keyboard layout read as the Latin key in its place, so a child
/// told to press h gets help whichever layout is on: `р` is `h`, `й` is `q`, `ы` is `s`.
/// (Not `і`, the Ukrainian s key, which looks like and is read as i.)
public enum CommandKey {
    static let layoutKeys: [String: String] = ["р": "h", "й": "q", "ы": "s"]

    public static func typed(_ line: String) -> String {
        let key = line.trimmingCharacters(in: .whitespaces).lowercased()
        return layoutKeys[key] ?? key
    }
}
