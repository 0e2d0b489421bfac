import Foundation
import TerminalPlayer

/// Lines typed on a terminal, edited with `LineEditor` (arrows, Home/End, history: see
/// docs/player.md). For the time of one line the terminal is non-canonical with echo off;
/// ISIG stays on, so Ctrl-C still interrupts, and `InterruptHandler` puts the settings
/// back. After each line the terminal's settings are put back, but for echo: echo stays
/// off until this keyboard goes (or Ctrl-C), so what is typed ahead, while the next
/// screen is written, is not echoed by the terminal. That matters for a secret vote typed
/// right after "Counted: 3": the terminal would show it on the class's screen. The editor
/// shows typed-ahead text itself once its line is read. Output is never changed (OPOST
/// stays on).
///
/// Bytes are read with read(2) as they come, up to 4 KB at a time, and given to the
/// editor, which draws once per read. A resize of the window comes as a byte on a pipe
/// (`WindowResizes`) that poll(2) watches beside the keyboard.
final class TerminalKeyboard {
    /// Read but not used yet: lines typed or pasted ahead.
    private var pending: [UInt8] = []
    private var history = LineHistory()
    /// The terminal's settings before any line was read: put back when this keyboard goes.
    private let original: termios

    /// `nil` when stdin is not a terminal whose settings can be read.
    init?() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return nil }
        original = settings
        WindowResizes.install()
    }

    deinit {
        var settings = original
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        InterruptHandler.restoreOnInterrupt(nil)
    }

    /// The next line, or `nil` at the end of input (Ctrl-D on an empty line, a hung-up
    /// terminal). `prompt` is what the row shows before the line; `redraw` gives the
    /// screen to draw again after a resize (`nil`: only the line's row); `write` writes
    /// to the terminal. A secret line is never shown and not kept in the history.
    func readLine(
        after prompt: String, isSecret: Bool, redraw: () -> String?, write: (String) -> Void
    ) -> String? {
        var editing = original
        editing.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &editing.c_cc) { characters in
            characters[Int(VMIN)] = 1
            characters[Int(VTIME)] = 0
        }
        InterruptHandler.restoreOnInterrupt(original)
        tcsetattr(STDIN_FILENO, TCSANOW, &editing)
        defer {
            var between = original
            between.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &between)
        }
        // A resize before now was drawn for: the screen above was rendered after it.
        WindowResizes.drain()
        var editor = LineEditor(
            prompt: prompt, width: Self.columns(), history: isSecret ? [] : history.entries, isSecret: isSecret)
        write(editor.takeOutput())
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if !pending.isEmpty {
                let (used, outcome) = editor.feed(pending)
                pending.removeFirst(used)
                write(editor.takeOutput())
                switch outcome {
                case .line(let line):
                    if !isSecret { history.add(line) }
                    return line
                case .endOfInput:
                    return nil
                case nil:
                    break
                }
            }
            var watched = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: WindowResizes.readEnd, events: Int16(POLLIN), revents: 0),
            ]
            guard poll(&watched, nfds_t(watched.count), -1) >= 0 else {
                if errno == EINTR { continue }
                return nil
            }
            if watched[1].revents & Int16(POLLIN) != 0, WindowResizes.drain() {
                editor.resize(width: Self.columns(), screen: redraw())
                write(editor.takeOutput())
            }
            if watched[0].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if count > 0 {
                    pending += chunk[..<count]
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    return nil
                }
            }
        }
    }

    /// The terminal's columns now, else 80.
    static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
