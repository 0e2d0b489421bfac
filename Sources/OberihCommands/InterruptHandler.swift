import Foundation

/// Ctrl-C while playing: every answer is already saved, so say so (in the learner's
/// language), reset the terminal's colours and leave with status 130.
enum InterruptHandler {
    /// Prepared before the signal can come: a handler may only call async-signal-safe
    /// functions, so it writes bytes made in advance.
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?

    /// `resetsColour`: whether colour may be on when the signal comes (then it is reset).
    static func install(message text: String, resetsColour: Bool) {
        message = strdup((resetsColour ? "\u{1B}[0m" : "") + "\n" + text + "\n")
        // A parent may have started us with SIGINT blocked; Ctrl-C must still work.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
        signal(SIGINT) { _ in
            if let message = InterruptHandler.message { _ = write(STDERR_FILENO, message, strlen(message)) }
            _exit(130)
        }
    }
}
