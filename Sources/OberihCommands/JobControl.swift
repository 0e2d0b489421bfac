import Foundation

/// Ctrl-Z while the line editor has the terminal: the shell is given back the settings
/// it had (echo on), and on `fg` the editor's settings come back before anything is
/// typed, so a secret vote is never echoed after a stop; the screen is then redrawn, as
/// after a resize (`WindowResizes`). The handlers only call async-signal-safe functions.
enum JobControl {
    nonisolated(unsafe) private static var original = termios()
    nonisolated(unsafe) private static var editing = termios()
    nonisolated(unsafe) private static var isInstalled = false

    static func install(original: termios, editing: termios) {
        Self.original = original
        Self.editing = editing
        guard !isInstalled else { return }
        isInstalled = true
        installStopHandler()
        var resume = sigaction()
        resume.__sigaction_handler.sa_handler = { _ in
            let saved = errno
            tcsetattr(STDIN_FILENO, TCSANOW, &JobControl.editing)
            JobControl.installStopHandler()
            // As a resize: the line being read draws its screen again.
            raise(SIGWINCH)
            errno = saved
        }
        sigemptyset(&resume.sa_mask)
        resume.sa_flags = SA_RESTART
        sigaction(SIGCONT, &resume, nil)
    }

    /// The keyboard is gone and the terminal is as it was: a later stop and `fg` leave
    /// it so.
    static func keyboardGone() {
        editing = original
    }

    /// On SIGTSTP: the original settings back, then stop as by default (the stop is
    /// pending until the handler returns, as SIGTSTP is blocked while it runs).
    private static func installStopHandler() {
        var stop = sigaction()
        stop.__sigaction_handler.sa_handler = { _ in
            let saved = errno
            tcsetattr(STDIN_FILENO, TCSANOW, &JobControl.original)
            var byDefault = sigaction()
            byDefault.__sigaction_handler.sa_handler = SIG_DFL
            sigemptyset(&byDefault.sa_mask)
            sigaction(SIGTSTP, &byDefault, nil)
            raise(SIGTSTP)
            errno = saved
        }
        sigemptyset(&stop.sa_mask)
        stop.sa_flags = SA_RESTART
        sigaction(SIGTSTP, &stop, nil)
    }
}
