import Foundation
import TerminalPlayer

/// Lines typed on a terminal, edited with `LineEditor` (arrows, Home/End, history: see
/// docs/player.md).
///
/// From its start until it goes, the keyboard keeps the terminal non-canonical with echo
/// off; ISIG stays on, so Ctrl-C still interrupts, and `InterruptHandler` puts the
/// settings back. Output is unchanged (OPOST stays on), so what is written between lines
/// looks as usual. The settings are not put back between lines: in canonical mode the
/// terminal would edit what is typed ahead before it is read (Backspace would take the
/// last byte of an arrow's escape sequence) and echo it, and a secret vote typed right
/// after "Counted: 3" would show on the class's screen.
///
/// Bytes are read with read(2) as they come, up to 4 KB at a time, and given to the
/// editor, which draws once per read. A resize of the window comes as a byte on a pipe
/// (`WindowResizes`) that poll(2) watches beside the keyboard.
final class TerminalKeyboard {
    /// Read but not used yet: lines typed or pasted ahead.
    private var pending: [UInt8] = []
    private var history = LineHistory()
    /// The terminal's settings before: put back when this keyboard goes, or on Ctrl-C.
    private let original: termios

    /// `nil` when stdin is not a terminal whose settings can be changed.
    init?() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return nil }
        original = settings
        var editing = settings
        editing.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &editing.c_cc) { characters in
            characters[Int(VMIN)] = 1
            characters[Int(VTIME)] = 0
        }
        // Ctrl-C must put the terminal back even before a command installs its handler.
        InterruptHandler.installIfNeeded()
        InterruptHandler.restoreOnInterrupt(settings)
        guard tcsetattr(STDIN_FILENO, TCSANOW, &editing) == 0 else {
            InterruptHandler.restoreOnInterrupt(nil)
            return nil
        }
        WindowResizes.install()
        JobControl.install(original: settings, editing: editing)
    }

    deinit {
        var settings = original
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        InterruptHandler.restoreOnInterrupt(nil)
        JobControl.keyboardGone()
    }

    /// The next line, or `nil` at the end of input (Ctrl-D on an empty line, a hung-up
    /// terminal). `prompt` is what the row shows before the line; `redraw` gives the
    /// screen to draw again after a resize (`nil`: only the line's row); `write` writes
    /// to the terminal. A secret line is never shown and not kept in the history.
    func readLine(
        after prompt: String, isSecret: Bool, redraw: () -> String?, write: (String) -> Void
    ) -> String? {
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

    /// Lets go of what was typed ahead, read or not: after a secret vote's last line, so
    /// that a vote typed after it is never drawn on the next prompt nor taken there.
    func discardTypedAhead() {
        pending.removeAll()
        tcflush(STDIN_FILENO, TCIFLUSH)
    }

    /// The terminal's columns now, else 80.
    static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
