import Foundation

/// Ctrl-C while playing: every answer is already saved, so say so (in the learner's
/// language), put the terminal back (echo on, the class's screen back, colours reset) and
/// leave with status 130.
enum InterruptHandler {
    /// Prepared before the signal can come: a handler may only call async-signal-safe
    /// functions, so it writes bytes made in advance.
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?
    /// The terminal's settings from before the line editor (or a secret line without it)
    /// changed them.
    nonisolated(unsafe) private static var savedTerminal = termios()
    nonisolated(unsafe) private static var restoresTerminal = false
    /// Whether an aside is on the alternate screen.
    nonisolated(unsafe) private static var inAside = false
    nonisolated(unsafe) private static var leaveAside: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var isInstalled = false

    /// `resetsColour`: whether colour may be on when the signal comes (then it is reset).
    static func install(message text: String, resetsColour: Bool) {
        message = strdup((resetsColour ? "\u{1B}[0m" : "") + "\n" + text + "\n")
        installHandler()
    }

    /// Before a command has its message (the line editor changes the terminal from the
    /// first question on): Ctrl-C puts the terminal back and leaves with 130, saying nothing.
    static func installIfNeeded() {
        guard !isInstalled else { return }
        message = strdup("\n")
        installHandler()
    }

    private static func installHandler() {
        isInstalled = true
        leaveAside = strdup("\u{1B}[?1049l")
        // A parent may have started us with SIGINT blocked; Ctrl-C must still work.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
        signal(SIGINT) { _ in
            if InterruptHandler.restoresTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &InterruptHandler.savedTerminal) }
            if InterruptHandler.inAside, let leave = InterruptHandler.leaveAside {
                _ = write(STDOUT_FILENO, leave, strlen(leave))
            }
            if let message = InterruptHandler.message { _ = write(STDERR_FILENO, message, strlen(message)) }
            _exit(130)
        }
    }

    /// The settings to put back on Ctrl-C, or `nil` once they are back.
    static func restoreOnInterrupt(_ settings: termios?) {
        if let settings { savedTerminal = settings }
        restoresTerminal = settings != nil
    }

    /// Puts the terminal back now, as Ctrl-C would, before a command leaves early.
    static func restoreTerminalNow() {
        if restoresTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal) }
        restoresTerminal = false
    }

    static func leaveAsideOnInterrupt(_ isInAside: Bool) {
        inAside = isInAside
    }
}
