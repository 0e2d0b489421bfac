import Foundation
import TerminalPlayer

/// The process's stdin and stdout as the player's `LineIO`. Lines are read as bytes and
/// decoded as UTF-8 with repair, so any input (a pasted binary, a broken terminal) is a
/// line, never a crash.
///
/// When stdin and stdout are both a terminal and `TERM` is set and not `dumb`, lines are
/// typed with line editing (`TerminalKeyboard`), and at a prompt that gives a redraw a
/// resized window gets the screen again at its new size (not in plain mode, which never
/// clears the screen). Otherwise (a pipe, `TERM=dumb`) lines are read plainly with `Swift.readLine`.
///
/// On a terminal, a secret line is never shown, and an aside is drawn on the terminal's
/// alternate screen, so the class's screen comes back as it was. Ctrl-C during either
/// puts the terminal back (`InterruptHandler`).
final class StandardIO: LineIO {
    /// Whether asides use the alternate screen: stdout is a terminal that has one.
    private let drawsAsides: Bool
    private let readsSecretly: Bool
    private let isPlain: Bool
    private let keyboard: TerminalKeyboard?
    /// What the current row of the terminal shows so far: where a line typed now starts.
    private var row = ""

    init(environment: [String: String] = ProcessInfo.processInfo.environment, isPlain: Bool = false) {
        let terminal = environment["TERM"] ?? ""
        let movesTheCursor = !terminal.isEmpty && terminal != "dumb"
        drawsAsides = isatty(STDOUT_FILENO) == 1 && !isPlain && movesTheCursor
        readsSecretly = isatty(STDIN_FILENO) == 1
        keyboard =
            isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 && movesTheCursor ? TerminalKeyboard() : nil
        self.isPlain = isPlain
    }

    func write(_ text: String) {
        writeOut(text)
        if let lineEnd = text.utf8.lastIndex(of: 0x0A) {
            row = String(text[text.utf8.index(after: lineEnd)...])
        } else {
            row += text
        }
        // Only the row's start matters; a row this long is not a prompt's.
        if row.utf8.count > 4096 { row = "" }
    }

    func readLine() -> String? {
        readEditedLine(redraw: { nil })
    }

    func readLine(redraw: () -> String) -> String? {
        readEditedLine(redraw: { isPlain ? nil : redraw() })
    }

    /// A line with editing on a terminal, else a plain one.
    private func readEditedLine(redraw: () -> String?) -> String? {
        guard let keyboard else { return Swift.readLine(strippingNewline: true) }
        let line = keyboard.readLine(after: row, isSecret: false, redraw: redraw, write: writeOut)
        if line != nil { row = "" }
        return line
    }

    /// Never shown: with line editing nothing typed is drawn; on a terminal without it,
    /// echo is off. The Enter that ends it is not shown either, so the line end is
    /// written after.
    func readSecretLine() -> String? {
        if let keyboard {
            let line = keyboard.readLine(after: row, isSecret: true, redraw: { nil }, write: writeOut)
            // An empty line ends the secret sequence (a vote): nothing typed after it counts.
            if line?.trimmingCharacters(in: .whitespaces).isEmpty == true { keyboard.discardTypedAhead() }
            write("\n")
            return line
        }
        guard readsSecretly else { return readLine() }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return readLine() }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        InterruptHandler.restoreOnInterrupt(saved)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        let line = readLine()
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        InterruptHandler.restoreOnInterrupt(nil)
        write("\n")
        return line
    }

    func beginAside() {
        guard drawsAsides else { return }
        InterruptHandler.leaveAsideOnInterrupt(true)
        write("\u{1B}[?1049h\u{1B}[H\u{1B}[2J")
    }

    func endAside() {
        guard drawsAsides else { return }
        write("\u{1B}[?1049l")
        InterruptHandler.leaveAsideOnInterrupt(false)
    }

    /// To the terminal, without changing `row` (the line editor's own drawing). A screen
    /// that cannot be written ends the command (`StandardOutput.writeOrExit`).
    private func writeOut(_ text: String) {
        guard !text.isEmpty else { return }
        StandardOutput.writeOrExit(text)
    }
}
