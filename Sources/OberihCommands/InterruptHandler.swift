import Foundation

/// Ctrl-C while playing: every answer is already saved, so say so, reset the terminal's
/// colours and leave with status 130.
enum InterruptHandler {
    static func install() {
        signal(SIGINT) { _ in
            let message = "\u{1B}[0m\nSaved. Come back to go on.\n"
            message.withCString { pointer in _ = write(STDERR_FILENO, pointer, strlen(pointer)) }
            _exit(130)
        }
    }
}
