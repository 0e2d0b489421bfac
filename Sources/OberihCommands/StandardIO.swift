import Foundation
import TerminalPlayer

/// The process's stdin and stdout as the player's `LineIO`. Lines are read as bytes and
/// decoded as UTF-8 with repair, so any input (a pasted binary, a broken terminal) is a
/// line, never a crash.
final class StandardIO: LineIO {
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }
}
