import Testing

@testable import TerminalPlayer

/// The line editor in memory: key bytes in, the line and the terminal's output out.
@Suite struct LineEditorTests {
    static let escape = "\u{1B}"
    static let left = "\u{1B}[D"
    static let right = "\u{1B}[C"
    static let up = "\u{1B}[A"
    static let down = "\u{1B}[B"

    /// The editor after `keys` (fed in one read), with its outcome and all it wrote.
    static func typed(
        _ keys: String, prompt: String = "> ", width: Int = 80, history: [String] = [], isSecret: Bool = false
    ) -> (editor: LineEditor, outcome: LineEditor.Outcome?, output: String) {
        var editor = LineEditor(prompt: prompt, width: width, history: history, isSecret: isSecret)
        let (_, outcome) = editor.feed(Array(keys.utf8))
        let output = editor.takeOutput()
        return (editor, outcome, output)
    }

    static func line(_ keys: String, history: [String] = []) -> LineEditor.Outcome? {
        typed(keys, history: history).outcome
    }

    @Test func enterEndsTheLineAndTypingAtTheEndIsEchoedAsTyped() {
        let (_, outcome, output) = Self.typed("3\r")
        #expect(outcome == .line("3"))
        #expect(output == "3\n")
        #expect(Self.line("abc\n") == .line("abc"))
        #expect(Self.line("\n") == .line(""))
    }

    @Test func leftAndBackspaceFixATypo() {
        // "x3", Left, Backspace: the x before the cursor goes.
        let (_, outcome, output) = Self.typed("x3" + Self.left + "\u{7F}\r")
        #expect(outcome == .line("3"))
        // One read: the row is drawn once, after the prompt ("> ", 2 columns), then Enter.
        #expect(output == "\r\u{1B}[2C3\u{1B}[K\n")
        #expect(Self.line("ab\u{08}c\r") == .line("ac"), "Ctrl-H is Backspace too")
        #expect(Self.line("\u{7F}\u{7F}a\r") == .line("a"), "Backspace on an empty line does nothing")
    }

    @Test func deleteRemovesTheCharacterUnderTheCursor() {
        #expect(Self.line("abc" + Self.left + Self.left + "\u{1B}[3~\r") == .line("ac"))
        #expect(Self.line("abc\u{1B}[3~\r") == .line("abc"), "nothing under the cursor at the end")
        #expect(Self.line("abc" + Self.left + "\u{04}\r") == .line("ab"), "Ctrl-D inside a line deletes")
    }

    @Test func homeAndEndInEverySpelling() {
        for home in ["\u{1B}[H", "\u{1B}[1~", "\u{1B}[7~", "\u{1B}OH", "\u{01}"] {
            #expect(Self.line("bc" + home + "a\r") == .line("abc"), "\(home.debugDescription)")
        }
        for end in ["\u{1B}[F", "\u{1B}[4~", "\u{1B}[8~", "\u{1B}OF", "\u{05}"] {
            #expect(Self.line("ab\u{01}" + end + "c\r") == .line("abc"), "\(end.debugDescription)")
        }
        #expect(Self.line("ac" + "\u{1B}OD" + "b\r") == .line("abc"), "an arrow in application mode")
        #expect(Self.line("ac" + Self.left + Self.left + Self.right + "b\r") == .line("abc"))
        #expect(Self.line("a" + Self.right + Self.right + "b\r") == .line("ab"), "Right stops at the end")
    }

    @Test func ctrlUCtrlKAndCtrlWClear() {
        #expect(Self.line("one two" + Self.left + Self.left + "\u{15}\r") == .line("wo"))
        #expect(Self.line("one two" + Self.left + Self.left + "\u{0B}\r") == .line("one t"))
        #expect(Self.line("one two  \u{17}\r") == .line("one "), "Ctrl-W takes the spaces and the word")
        #expect(Self.line("one two\u{17}\u{17}three\r") == .line("three"))
    }

    @Test func unknownEscapeSequencesAreDroppedWhole() {
        // F1, F5, Ctrl-Right, Page Up, a mouse click, Alt-x, and a lone ESC before Enter.
        let noise = ["\u{1B}OP", "\u{1B}[15~", "\u{1B}[1;5C", "\u{1B}[5~", "\u{1B}[<0;10;5M", "\u{1B}x"]
        let (_, outcome, output) = Self.typed("a" + noise.joined() + "b" + Self.escape + "\r")
        #expect(outcome == .line("ab"))
        #expect(!output.contains("15~") && !output.contains("[<0"), "nothing of them drawn: \(output.debugDescription)")
        #expect(Self.line("1\t2\u{07}\r") == .line("12"), "other control keys do nothing")
        #expect(Self.line("a\u{9B}b\r") == .line("ab"), "nor does a C1 control character")
    }

    @Test func aSequenceOrACharacterCutBetweenReadsIsJoined() {
        var editor = LineEditor(prompt: "> ", width: 80)
        let bytes = Array(("ї" + Self.left + "ф\r").utf8)
        var outcome: LineEditor.Outcome?
        for byte in bytes { outcome = editor.feed([byte]).outcome ?? outcome }
        #expect(outcome == .line("фї"))
        var accent = LineEditor(prompt: "> ", width: 80)
        _ = accent.feed(Array("e".utf8))
        _ = accent.feed(Array("\u{301}".utf8))
        #expect(accent.text == "e\u{301}" && accent.cursor == 1, "an accent read after its letter joins it")
    }

    @Test func ctrlDOnAnEmptyLineIsTheEndOfInput() {
        let (_, outcome, output) = Self.typed("\u{04}")
        #expect(outcome == .endOfInput)
        #expect(output.isEmpty)
        #expect(Self.line("a\u{7F}\u{04}") == .endOfInput)
    }

    @Test func upAndDownWalkTheHistoryAndComeBackToTheLineBeingTyped() {
        let history = ["first", "second"]
        #expect(Self.line(Self.up + "\r", history: history) == .line("second"))
        #expect(Self.line(Self.up + Self.up + Self.up + "\r", history: history) == .line("first"))
        #expect(Self.line(Self.up + Self.up + Self.down + "\r", history: history) == .line("second"))
        #expect(Self.line("dra" + Self.up + Self.down + "ft\r", history: history) == .line("draft"))
        #expect(Self.line(Self.down + "x\r", history: history) == .line("x"))
        #expect(Self.line(Self.up + "\r") == .line(""), "no history: nothing")
        let recalled = Self.typed(Self.up, history: history)
        #expect(recalled.output == "\r\u{1B}[2Csecond\u{1B}[K", "the row shows the recalled line")
    }

    @Test func aSecretLineDrawsNothingAndHasNoHistory() {
        let (_, outcome, output) = Self.typed(
            "zz\u{7F}\u{7F}b" + Self.left + "a" + Self.up + "\r", prompt: String(repeating: "x", count: 79),
            width: 80, history: ["earlier"], isSecret: true)
        #expect(outcome == .line("ab"))
        #expect(output.isEmpty, "\(output.debugDescription)")
        var editor = LineEditor(prompt: "> ", width: 80, isSecret: true)
        _ = editor.feed(Array("secret".utf8))
        editor.resize(width: 40, screen: nil)
        #expect(editor.takeOutput().isEmpty, "a resize shows nothing of it either")
    }

    @Test func cyrillicAndWideCharactersAreCountedInColumns() {
        #expect(Self.line("привт" + Self.left + "і\r") == .line("привіт"))
        // A wide character: after "日本" the cursor is 4 columns past the prompt.
        let (_, _, output) = Self.typed("日本x" + Self.left)
        #expect(output.hasSuffix("\r\u{1B}[6C"), "\(output.debugDescription)")
        // A combining accent typed after its letter joins it: one character, one Backspace.
        #expect(Self.line("e\u{301}\u{7F}\r") == .line(""))
        #expect(Self.line("e\u{301}a\r") == .line("e\u{301}a"))
    }

    @Test func aLineLongerThanItsRowScrollsAndNeverFillsTheLastColumn() {
        // Prompt "> " on a 12-column row: 9 columns for the line (the last one stays free).
        let long = "abcdefghijklmnop"
        let (editor, _, output) = Self.typed(long, width: 12)
        #expect(editor.text == long)
        #expect(output == "\r\u{1B}[2Chijklmnop\u{1B}[K", "the end of the line, with the cursor")
        var moved = editor
        _ = moved.feed(Array("\u{01}".utf8))
        #expect(moved.takeOutput() == "\r\u{1B}[2Cabcdefghi\u{1B}[K\r\u{1B}[2C", "Home shows the start")
        #expect(Self.typed(long + "\r", width: 12).outcome == .line(long))
    }

    @Test func aPromptThatFillsTheRowPutsTheLineOnTheNext() {
        let (_, outcome, output) = Self.typed("ok\r", prompt: String(repeating: "x", count: 79), width: 80)
        #expect(outcome == .line("ok"))
        #expect(output == "\r\nok\n")
        #expect(TerminalColumn.after("\u{1B}[1mYour answer:\u{1B}[0m ", width: 80) == 13, "colour takes no room")
        #expect(TerminalColumn.after("line\nтвоя відповідь: ", width: 80) == 16)
        #expect(TerminalColumn.after(String(repeating: "x", count: 85), width: 80) == 5, "wrapped")
    }

    @Test func aResizeRedrawsTheScreenThenTheLine() {
        var editor = LineEditor(prompt: "Your answer: ", width: 80)
        _ = editor.feed(Array("2 3".utf8))
        _ = editor.takeOutput()
        editor.resize(width: 40, screen: "The step, wrapped again.\nYour answer: ")
        #expect(editor.takeOutput() == "\u{1B}[H\u{1B}[2JThe step, wrapped again.\nYour answer: \r\u{1B}[13C2 3\u{1B}[K")
        #expect(editor.feed(Array("\r".utf8)).outcome == .line("2 3"), "what was typed is kept")
        var rowOnly = LineEditor(prompt: "> ", width: 80)
        _ = rowOnly.feed(Array("ab".utf8))
        _ = rowOnly.takeOutput()
        rowOnly.resize(width: 40, screen: nil)
        #expect(rowOnly.takeOutput() == "\r\u{1B}[2Cab\u{1B}[K", "without a screen, only the row")
    }

    @Test func aHugePasteIsCappedAndDrawnOncePerRead() {
        var editor = LineEditor(prompt: "> ", width: 80)
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 4096)
        var draws = 0
        for _ in 0..<200 {
            _ = editor.feed(chunk)
            draws += editor.takeOutput().components(separatedBy: "\r").count - 1
        }
        #expect(draws <= 2, "at most one row drawn per read that changed the line: \(draws)")
        #expect(editor.text.unicodeScalars.count == LineEditor.capacity)
        guard case .line(let line) = editor.feed(Array("\r".utf8)).outcome else {
            Issue.record("no line")
            return
        }
        #expect(line.unicodeScalars.count > AnswerInput.maximumLength, "still too long to be an answer")
    }

    @Test func bytesAfterEnterAreLeftForTheNextLine() {
        var editor = LineEditor(prompt: "> ", width: 80)
        let bytes = Array("1\n2\n".utf8)
        let (used, outcome) = editor.feed(bytes)
        #expect(used == 2)
        #expect(outcome == .line("1"))
    }

    @Test func historyKeepsNonBlankLinesOnceAndForgetsTheOldest() {
        var history = LineHistory(limit: 2)
        for line in ["a", "a", "  ", "b", "c"] { history.add(line) }
        #expect(history.entries == ["b", "c"])
    }
}
