import Foundation
import TerminalPlayer

/// The process's stdin and stdout as the player's `LineIO`. Lines are read as bytes and
/// decoded as UTF-8 with repair, so any input (a pasted binary, a broken terminal) is a
/// line, never a crash.
///
/// On a terminal, a secret line is read with echo off, and an aside is drawn on the
/// terminal's alternate screen, so the class's screen comes back as it was. Ctrl-C during
/// either puts the terminal back (`InterruptHandler`).
final class StandardIO: LineIO {
    /// Whether asides use the alternate screen: stdout is a terminal that has one.
    private let drawsAsides: Bool
    private let readsSecretly: Bool

    init(environment: [String: String] = ProcessInfo.processInfo.environment, isPlain: Bool = false) {
        let terminal = environment["TERM"] ?? ""
        drawsAsides = isatty(STDOUT_FILENO) == 1 && !isPlain && !terminal.isEmpty && terminal != "dumb"
        readsSecretly = isatty(STDIN_FILENO) == 1
    }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    /// Echo off while the line is typed; the Enter that ends it is not echoed either, so
    /// the line end is written after.
    func readSecretLine() -> String? {
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
}
