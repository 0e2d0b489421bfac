import LessonPack

/// Lays text out in lines of a given display width (``DisplayWidth``), for a terminal.
public enum TextWrapper {
    /// `text` folded into lines of at most `width` display columns, each starting with
    /// `indent`.
    ///
    /// - Every run of white space is folded to one space. No-break spaces (U+00A0, U+2007,
    ///   U+202F) are not white space here: they keep the words on either side together.
    /// - A blank line (or several, or U+2029 PARAGRAPH SEPARATOR) between paragraphs becomes
    ///   one empty line, without indent; blank lines before the first paragraph and after
    ///   the last are dropped, so blank or empty `text` gives no lines.
    /// - Lines break at spaces, filling each line as far as it goes. A word wider than the
    ///   room left after the indent starts a new line and is broken between grapheme
    ///   clusters, never inside one.
    /// - No line ends with white space.
    ///
    /// A `width` below 1 counts as 1. An indent as wide as `width` or wider is dropped rather
    /// than leave no room for text. The only line wider than `width` is one holding a single
    /// grapheme cluster wider than the room (a 2-column emoji at width 1).
    ///
    /// - Complexity: O(*n* + *m*) for *n* characters of `text` and *m* of `indent`.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let width = max(width, 1)
        var indent = indent
        var indentWidth = DisplayWidth.columns(of: indent)
        if indentWidth >= width {
            indent = ""
            indentWidth = 0
        }
        var layout = Layout(room: width - indentWidth, indent: indent)
        for paragraph in paragraphs(of: text) {
            layout.startParagraph()
            for word in paragraph { layout.add(word) }
            layout.finishLine()
        }
        return layout.lines
    }

    /// `text` followed by spaces up to `width` display columns; unchanged when it is already
    /// that wide or wider.
    ///
    /// - Complexity: O(*n* + `width`) for *n* characters of `text`.
    public static func pad(_ text: String, to width: Int) -> String {
        let missing = width - DisplayWidth.columns(of: text)
        guard missing > 0 else { return text }
        return text + String(repeating: " ", count: missing)
    }

    /// `text` cut to at most `width` display columns, ending with "…" when anything was cut
    /// (white space before the "…" is dropped); unchanged when it fits. Meant for one line:
    /// a newline in `text` is kept as it is. A `width` below 1 gives "".
    ///
    /// - Complexity: O(*n*) for *n* characters of `text`.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.columns(of: text) <= width { return text }
        let room = width - 1  // "…" takes one column.
        var kept = text.startIndex
        var used = 0
        for index in text.indices {
            let columns = DisplayWidth.columns(of: text[index])
            if used + columns > room { break }
            used += columns
            kept = text.index(after: index)
        }
        var cut = text[..<kept]
        while let last = cut.last, isWhiteSpace(last) { cut = cut.dropLast() }
        return cut + "…"
    }

    /// The words of each paragraph of `text`, white space dropped (`ShownParagraphs`).
    static func paragraphs(of text: String) -> [[Substring]] { ShownParagraphs.of(text) }

    static func isBreakingSpace(_ character: Character) -> Bool { ShownParagraphs.isBreakingSpace(character) }

    /// Whether `character` is white space of any kind, no-break spaces included.
    static func isWhiteSpace(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// The lines being filled, word by word.
    private struct Layout {
        /// Columns for text on each line, after the indent; at least 1.
        let room: Int
        let indent: String
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        /// Whether the next line is the first of a paragraph after another.
        var paragraphBreak = false

        init(room: Int, indent: String) {
            self.room = room
            self.indent = indent
        }

        mutating func startParagraph() {
            paragraphBreak = !lines.isEmpty
        }

        mutating func add(_ word: Substring) {
            let wordWidth = DisplayWidth.columns(of: word)
            if line.isEmpty {
                if wordWidth <= room {
                    line = String(word)
                    lineWidth = wordWidth
                    return
                }
            } else if lineWidth + 1 + wordWidth <= room {
                line += " "
                line += word
                lineWidth += 1 + wordWidth
                return
            }
            finishLine()
            if wordWidth <= room {
                line = String(word)
                lineWidth = wordWidth
                return
            }
            for character in word {
                let columns = DisplayWidth.columns(of: character)
                if !line.isEmpty && lineWidth + columns > room { finishLine() }
                line.append(character)
                lineWidth += columns
            }
        }

        mutating func finishLine() {
            // Words hold no breaking spaces, but one may end in a no-break space.
            while let last = line.last, TextWrapper.isWhiteSpace(last) { line.removeLast() }
            if !line.isEmpty {
                if paragraphBreak { lines.append("") }
                paragraphBreak = false
                lines.append(indent + line)
            }
            line = ""
            lineWidth = 0
        }
    }
}
