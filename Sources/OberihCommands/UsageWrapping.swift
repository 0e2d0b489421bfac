/// ArgumentParser never wraps its usage line (`USAGE: oberih export --cohort <cohort>
/// [--format <format>] …` runs to 190 columns); this wraps it, as the rest of the help
/// is wrapped, at a space outside brackets, continuing 7 columns in.
enum UsageWrapping {
    /// `text` with each `USAGE:` or `Usage:` line wider than `columns` wrapped.
    static func wrapped(_ text: String, columns: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.count > columns, line.hasPrefix("USAGE: ") || line.hasPrefix("Usage: ") else { return String(line) }
            return wrap(String(line), columns: columns)
        }.joined(separator: "\n")
    }

    private static func wrap(_ line: String, columns: Int) -> String {
        let indent = String(repeating: " ", count: 7)
        var lines: [String] = []
        var current = ""
        for word in words(of: line) {
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= columns {
                current += " " + word
            } else {
                lines.append(current)
                current = indent + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// Words split at spaces outside [], <> and (): `[--curriculum <dir> ...]` is one.
    static func words(of line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var depth = 0
        for character in line {
            switch character {
            case "[", "<", "(": depth += 1
            case "]", ">", ")": depth = max(0, depth - 1)
            default: break
            }
            if character == " ", depth == 0 {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        // "USAGE:" and the command name stay on the first line together.
        return words
    }
}
