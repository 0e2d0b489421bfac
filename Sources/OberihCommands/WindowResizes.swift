import Foundation

/// SIGWINCH as a byte on a pipe. The handler only writes that byte (write(2) is
/// async-signal-safe), whichever thread it runs on; a line being read polls the pipe beside
/// the keyboard (`TerminalKeyboard`), so no resize is missed between two reads.
enum WindowResizes {
    nonisolated(unsafe) private static var writeEnd: Int32 = -1
    /// What `poll` watches; -1 (which `poll` ignores) when no pipe could be made.
    nonisolated(unsafe) private(set) static var readEnd: Int32 = -1

    /// Installs the handler, once. With SA_RESTART, so that other system calls go on as
    /// if no signal came; poll(2) returns all the same, since the pipe is ready.
    static func install() {
        guard readEnd < 0 else { return }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        writeEnd = ends[1]
        readEnd = ends[0]
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let saved = errno
            var byte: UInt8 = 1
            // A full pipe already says "resized": the byte may be dropped.
            _ = write(WindowResizes.writeEnd, &byte, 1)
            errno = saved
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGWINCH, &action, nil)
    }

    /// Whether the window was resized since the last call; empties the pipe.
    @discardableResult
    static func drain() -> Bool {
        guard readEnd >= 0 else { return false }
        var bytes = [UInt8](repeating: 0, count: 64)
        var resized = false
        while read(readEnd, &bytes, bytes.count) > 0 { resized = true }
        return resized
    }
}
