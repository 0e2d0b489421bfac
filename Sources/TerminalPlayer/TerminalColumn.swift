/// Where a terminal's cursor stands after some text is written, so that a line editor knows
/// where its prompt ends.
public enum TerminalColumn {
    /// The column (0 = the first) after writing `text` from the start of a row on a
    /// terminal `width` columns wide. Only the text after the last line break counts.
    /// Escape sequences take no room; a character that does not fit in the row goes to the
    /// next one, as terminals wrap. `width` means the cursor waits in the last column for
    /// the next character to wrap it.
    ///
    /// - Complexity: O(*n*) in the length of the text after the last line break.
    public static func after(_ text: String, width: Int) -> Int {
        let width = max(width, 1)
        let utf8 = text.utf8
        let start = utf8.lastIndex(of: 0x0A).map { utf8.index(after: $0) } ?? utf8.startIndex
        var column = 0
        var escape = Escape.none
        for character in text[start...] {
            if let ascii = character.asciiValue {
                switch escape {
                case .introducer:
                    escape = ascii == 0x5B ? .controlSequence : .none
                    continue
                case .controlSequence:
                    if (0x40...0x7E).contains(ascii) { escape = .none }
                    continue
                case .none:
                    break
                }
                switch ascii {
                case 0x1B: escape = .introducer
                case 0x0D: column = 0
                case 0x08: column = max(column - 1, 0)
                case 0x09: column = min((column / 8 + 1) * 8, width - 1)
                default: column = advance(column, by: DisplayWidth.columns(of: character), width: width)
                }
            } else {
                escape = .none
                column = advance(column, by: DisplayWidth.columns(of: character), width: width)
            }
        }
        return column
    }

    /// A character `columns` wide written at `column`.
    private static func advance(_ column: Int, by columns: Int, width: Int) -> Int {
        guard columns > 0 else { return column }
        // A pending wrap (column == width) or no room left: the character starts the next row.
        return column + columns > width ? min(columns, width) : column + columns
    }

    private enum Escape {
        case none
        /// ESC: a two-character sequence, or `[` for a control sequence.
        case introducer
        /// ESC [: parameters until a final byte from `@` to `~`.
        case controlSequence
    }
}
