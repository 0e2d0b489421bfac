extension TextWrapper {
    /// A shell command to be typed or pasted, in lines of at most `width` columns: whole
    /// when it fits, else broken between its words with a trailing ` \` and the next line
    /// indented, as a shell reads it back as one command. A word is never split (a
    /// quoted one such as `'class 7.sqlite'` neither), nor an option from its value
    /// (`--code K7M-4QX`); one wider than the line stands alone. Spaces inside a line
    /// are no-break spaces, so wrapping the message around it keeps each line whole.
    public static func command(_ command: String, width: Int) -> [String] {
        let words = optionsWithTheirValues(shellWords(command))
        guard DisplayWidth.columns(of: command) > width, words.count > 1 else {
            return [words.joined(separator: "\u{A0}")]
        }
        let continuation = "\u{A0}\\"
        let indent = "\u{A0}\u{A0}"
        var lines: [String] = []
        var current = ""
        for word in words {
            let candidate = current.isEmpty ? word : current + "\u{A0}" + word
            let prefix = lines.isEmpty ? "" : indent
            if current.isEmpty || DisplayWidth.columns(of: prefix + candidate + continuation) <= width {
                current = candidate
            } else {
                lines.append(prefix + current + continuation)
                current = word
            }
        }
        lines.append((lines.isEmpty ? "" : indent) + current)
        return lines
    }

    /// `message` wrapped to `width` with `command` in place of its `{command}`: inline
    /// when the command fits on one line, else its lines (`command(_:width:)`) on lines
    /// of their own between the message's text before and after it. No-break spaces are
    /// kept; the caller writes them as spaces.
    public static func wrap(_ message: String, placing command: String, width: Int) -> [String] {
        let lines = Self.command(command, width: width)
        guard lines.count > 1, let range = message.range(of: "{command}") else {
            return wrap(message.replacingOccurrences(of: "{command}", with: lines[0]), width: width)
        }
        let before = String(message[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        let after = String(message[range.upperBound...]).trimmingCharacters(in: .whitespaces)
        return wrap(before, width: width) + lines + (after.isEmpty ? [] : wrap(after, width: width))
    }

    /// The words of `command` as a shell splits them: apart at spaces, except inside
    /// single quotes or after a backslash; a space inside a word as a no-break space.
    static func shellWords(_ command: String) -> [String] {
        var words: [String] = []
        var current = ""
        var isQuoted = false
        var isEscaped = false
        for character in command {
            if isEscaped {
                isEscaped = false
            } else if character == "'" {
                isQuoted.toggle()
            } else if character == "\\" && !isQuoted {
                isEscaped = true
            } else if character == " " && !isQuoted {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            current.append(character == " " ? "\u{A0}" : character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `--code`, `K7M-4QX` as one word `--code K7M-4QX` (joined by a no-break space).
    private static func optionsWithTheirValues(_ words: [String]) -> [String] {
        var joined: [String] = []
        for word in words {
            if let last = joined.last, last.hasPrefix("--"), !last.contains("\u{A0}"), !word.hasPrefix("-") {
                joined[joined.count - 1] = last + "\u{A0}" + word
            } else {
                joined.append(word)
            }
        }
        return joined
    }
}
