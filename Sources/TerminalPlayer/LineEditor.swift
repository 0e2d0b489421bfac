/// One line typed at a prompt on a terminal, edited in memory: keys come in as the bytes a
/// terminal sends (`feed`), and what the terminal must show goes out as text to write
/// (`takeOutput`). No I/O, so every key is tested without a terminal; `StandardIO` in
/// OberihCommands feeds it from the keyboard. The keys are in docs/player.md ("Line
/// editing").
///
/// **Drawing.** The line is shown on the prompt's row, after the prompt. Typing at the end
/// of a line that fits is echoed as typed; any other change redraws the row: carriage
/// return, a move right past the prompt, the line, erase to the end of the row, and the
/// cursor put back. A line too long for the row scrolls sideways: the row shows the part
/// around the cursor. Nothing is written in the row's last column, so the terminal never
/// wraps and the row is always where the line is.
///
/// **Cost.** Keys change the line in memory; the row is drawn at most once per `feed`, so
/// a paste read in chunks costs time linear in its length. The line keeps at most
/// `capacity` Unicode scalars and drops the rest: such a line is far over
/// `AnswerInput.maximumLength`, so it is still read as too long.
///
/// **Secret lines** (`isSecret`) are edited the same way but nothing is ever drawn, and
/// Up and Down do nothing.
public struct LineEditor {
    public enum Outcome: Equatable, Sendable {
        /// Enter: the line, without its line end.
        case line(String)
        /// Ctrl-D on an empty line.
        case endOfInput
    }

    /// The most Unicode scalars a line keeps.
    public static let capacity = 4 * AnswerInput.maximumLength

    public let isSecret: Bool
    /// The cursor, in characters (grapheme clusters) from the start of the line.
    public private(set) var cursor = 0
    /// The line as typed so far.
    public var text: String { String(characters) }

    private var characters: [Character] = []
    private var scalarCount = 0
    private var width: Int
    /// What the prompt's row shows before the line (the text after the last line break).
    private var prompt: String
    /// The column where the line starts.
    private var origin = 0
    /// The first character on the row when the line scrolls.
    private var scroll = 0
    /// Whether the row shows the whole line with the cursor at its end, so that text
    /// typed at the end may be echoed as it is.
    private var showsWholeLine = true
    private var needsDrawing = false
    private var echo = ""
    private var output = ""
    private var decoder = KeyDecoder()
    private let history: [String]
    /// Which history entry is shown; `history.count`: the line being typed (`draft`).
    private var historyIndex: Int
    private var draft: [Character] = []

    /// - Parameters:
    ///   - prompt: what was written before the line (only what follows its last line
    ///     break matters: it says where on the row the line starts).
    ///   - width: the terminal's columns.
    ///   - history: earlier lines, oldest first, for Up and Down.
    public init(prompt: String, width: Int, history: [String] = [], isSecret: Bool = false) {
        self.prompt = prompt
        self.width = max(width, 1)
        self.isSecret = isSecret
        self.history = isSecret ? [] : history
        historyIndex = self.history.count
        placeOrigin()
    }

    /// What to write to the terminal since the last call.
    public mutating func takeOutput() -> String {
        defer { output = "" }
        return output
    }

    /// Edits the line with `bytes` until Enter or Ctrl-D on an empty line. Returns how many
    /// bytes were used (the rest belong to the lines after) and the outcome, if the line
    /// ended.
    ///
    /// - Complexity: O(*n* + *c*) for *n* bytes on a line of *c* characters, for keys that
    ///   type or move at the end of the line; a key that edits inside it costs O(*c*).
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> (used: Int, outcome: Outcome?) {
        var used = 0
        var keys: [EditingKey] = []
        for byte in bytes {
            used += 1
            decoder.decode(byte, into: &keys)
            guard !keys.isEmpty else { continue }
            for key in keys {
                if let outcome = apply(key) { return (used, outcome) }
            }
            keys.removeAll(keepingCapacity: true)
        }
        decoder.flushText(into: &keys, isComplete: false)
        for key in keys { _ = apply(key) }
        draw()
        return (used, nil)
    }

    /// The window is now `width` columns wide. With `screen` (the screen re-rendered to
    /// the new size, ending with the prompt), the terminal is cleared and the screen
    /// written again, then the line; without, only the row is drawn again. A secret line
    /// is never drawn.
    public mutating func resize(width: Int, screen: String?) {
        self.width = max(width, 1)
        if let screen {
            output += "\u{1B}[H\u{1B}[2J" + screen
            prompt = screen
        }
        placeOrigin()
        scroll = 0
        needsDrawing = true
        draw()
    }

    // MARK: - Keys

    private mutating func apply(_ key: EditingKey) -> Outcome? {
        switch key {
        case .text(let typed): insert(typed)
        case .enter: return finish()
        case .endOfInput:
            if characters.isEmpty { return .endOfInput }
            remove(cursor..<min(cursor + 1, characters.count))
        case .backspace: remove(max(cursor - 1, 0)..<cursor)
        case .delete: remove(cursor..<min(cursor + 1, characters.count))
        case .left: move(to: cursor - 1)
        case .right: move(to: cursor + 1)
        case .home: move(to: 0)
        case .end: move(to: characters.count)
        case .clearToStart: remove(0..<cursor)
        case .clearToEnd: remove(cursor..<characters.count)
        case .deleteWordBefore: remove(startOfWord()..<cursor)
        case .up: recall(historyIndex - 1)
        case .down: recall(historyIndex + 1)
        }
        return nil
    }

    /// Inserts `typed` at the cursor, without control characters and up to `capacity`.
    /// Joins the character before the cursor when it continues it (a combining accent, a
    /// flag's second letter).
    private mutating func insert(_ typed: String) {
        var kept = typed.filter { $0.unicodeScalars.first?.properties.generalCategory != .control }
        let room = Self.capacity - scalarCount
        guard room > 0, !kept.isEmpty else { return }
        if kept.unicodeScalars.count > room {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: kept.unicodeScalars.prefix(room))
            kept = String(scalars)
        }
        let wasAtEnd = cursor == characters.count
        let joined = cursor > 0 ? String(characters[cursor - 1]) + kept : kept
        let pieces = Array(joined)
        let replaced = cursor > 0 ? (cursor - 1)..<cursor : cursor..<cursor
        characters.replaceSubrange(replaced, with: pieces)
        cursor = replaced.lowerBound + pieces.count
        scalarCount += kept.unicodeScalars.count
        if wasAtEnd && showsWholeLine && !needsDrawing {
            echo += kept
        } else {
            needsDrawing = true
        }
    }

    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        scalarCount -= characters[range].reduce(0) { $0 + $1.unicodeScalars.count }
        characters.removeSubrange(range)
        cursor = range.lowerBound
        needsDrawing = true
    }

    private mutating func move(to position: Int) {
        let position = min(max(position, 0), characters.count)
        guard position != cursor else { return }
        cursor = position
        needsDrawing = true
    }

    /// Ctrl-W: back over spaces, then over the word before them.
    private func startOfWord() -> Int {
        var start = cursor
        while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
        while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
        return start
    }

    /// Shows history entry `index`, or at `history.count` the line that was being typed.
    private mutating func recall(_ index: Int) {
        guard !isSecret, (0...history.count).contains(index), index != historyIndex else { return }
        if historyIndex == history.count { draft = characters }
        historyIndex = index
        characters = index == history.count ? draft : Array(history[index])
        scalarCount = characters.reduce(0) { $0 + $1.unicodeScalars.count }
        cursor = characters.count
        needsDrawing = true
    }

    /// Enter: the cursor goes to the end of the line, and the line ends.
    private mutating func finish() -> Outcome {
        move(to: characters.count)
        draw()
        if !isSecret { output += "\n" }
        return .line(text)
    }

    // MARK: - Drawing

    /// Where the line starts, after the prompt. When the prompt leaves less than two
    /// columns, the line starts on a row of its own.
    private mutating func placeOrigin() {
        origin = TerminalColumn.after(prompt, width: width)
        if width - origin < 2 {
            if !isSecret { output += "\r\n" }
            prompt = ""
            origin = 0
        }
    }

    /// The columns the line may use: all but the last of the row.
    private var room: Int { max(width - 1 - origin, 1) }

    private mutating func draw() {
        defer {
            echo = ""
            needsDrawing = false
        }
        guard !isSecret else { return }
        if !needsDrawing {
            guard !echo.isEmpty else { return }
            if columns(0..<characters.count) <= room {
                output += echo
                return
            }
        }
        drawRow()
    }

    /// The row again: the part of the line around the cursor that fits.
    private mutating func drawRow() {
        scroll = scrolled()
        var shown = ""
        var used = 0
        var end = scroll
        while end < characters.count {
            let next = DisplayWidth.columns(of: characters[end])
            guard used + next <= room else { break }
            shown.append(characters[end])
            used += next
            end += 1
        }
        output += "\r" + Self.right(origin) + shown + "\u{1B}[K"
        if cursor != end { output += "\r" + Self.right(origin + columns(scroll..<cursor)) }
        showsWholeLine = scroll == 0 && end == characters.count && cursor == end
    }

    /// The first character to show: the one before keeps as much of the line in view as
    /// fits, with the cursor on the row.
    private func scrolled() -> Int {
        var first = min(scroll, cursor)
        // No empty room at the end while there is more of the line to the left.
        first = min(first, startOfTail(endingAt: characters.count))
        // The cursor's column must be on the row.
        return max(first, startOfTail(endingAt: cursor))
    }

    /// The smallest start from which the characters up to `end` fit in `room`.
    private func startOfTail(endingAt end: Int) -> Int {
        var start = end
        var used = 0
        while start > 0 {
            let next = DisplayWidth.columns(of: characters[start - 1])
            guard used + next <= room else { break }
            used += next
            start -= 1
        }
        return start
    }

    private func columns(_ range: Range<Int>) -> Int {
        characters[range].reduce(0) { $0 + DisplayWidth.columns(of: $1) }
    }

    /// Cursor forward `count` columns (nothing for 0: ESC [ 0 C would move one).
    private static func right(_ count: Int) -> String {
        count > 0 ? "\u{1B}[\(count)C" : ""
    }
}
