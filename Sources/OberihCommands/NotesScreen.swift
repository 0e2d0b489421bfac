import Foundation

/// `facilitate --notes-on PATH`: the facilitator's own terminal (or any file), where each
/// step's notes and the disclosure card are written so the class's screen never shows them.
final class NotesScreen {
    private let handle: FileHandle
    let path: String

    init(path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CommandFailure(
                "cannot write the facilitator's notes to \(path): open a second terminal, run `tty` there, "
                    + "and give the path it prints (such as /dev/pts/3) to --notes-on")
        }
        self.handle = handle
        self.path = path
        _ = try? handle.seekToEnd()
    }

    /// Its columns when it is a terminal (read for each screen, as it may be resized);
    /// `nil` for a file.
    func columns() -> Int? {
        var size = winsize()
        guard isatty(handle.fileDescriptor) == 1, ioctl(handle.fileDescriptor, UInt(TIOCGWINSZ), &size) == 0,
            size.ws_col > 0
        else { return nil }
        return Int(size.ws_col)
    }

    /// A screen, after a rule that sets it apart from the one before.
    func write(_ screen: String) {
        // A notes terminal that was closed must not stop the class: the write is let go.
        try? handle.write(contentsOf: Data(("\n" + String(repeating: "─", count: 20) + "\n" + screen).utf8))
    }
}
