// Linux only: openpty, glibc's posix_spawn flags and its addchdir action.
#if canImport(Glibc)
import Foundation
import Glibc

/// The built `oberih` on a pseudo-terminal, as a learner at a keyboard runs it: the pty's
/// slave is its controlling terminal and its stdin, stdout and stderr. Output is read
/// with `poll`, so no wait lasts longer than its timeout; the child is reaped and the
/// master closed in every path.
final class PseudoTerminal {
    enum Exit: Equatable, CustomStringConvertible {
        case code(Int32)
        case signal(Int32)

        var description: String {
            switch self {
            case .code(let code): return "exit status \(code)"
            case .signal(let signal): return "killed by signal \(signal)"
            }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String

        init(_ description: String) {
            self.description = description
        }
    }

    let pid: pid_t
    private let master: Int32
    private var bytes: [UInt8] = []
    private var isClosed = false
    private var exit: Exit?
    /// Where the next `waitFor` starts looking, in UTF-8 bytes of `transcript`.
    private var cursor = 0

    /// Starts `oberih arguments` on a new pty of `rows` × `columns`, in `directory`, with
    /// exactly `environment`.
    init(
        arguments: [String], environment: [String: String], rows: Int = 24, columns: Int = 80,
        directory: URL = OberihProcess.packageRoot
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure("openpty: errno \(errno)") }
        // The child opens the slave by name; the parent's copy is closed once it started.
        defer { close(slave) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        var name = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slave, &name, name.count) == 0 else {
            close(master)
            throw Failure("ttyname_r: errno \(errno)")
        }
        do {
            pid = try Self.spawn(
                OberihProcess.binaryURL.path, arguments: arguments, environment: environment, terminal: name,
                directory: directory.path)
        } catch {
            close(master)
            throw error
        }
        self.master = master
    }

    deinit {
        if exit == nil {
            signalProcess(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        close(master)
    }

    // MARK: - Input

    func send(_ text: String) throws {
        try sendBytes(Array(text.utf8))
    }

    func sendBytes(_ input: [UInt8]) throws {
        var written = 0
        let deadline = ContinuousClock.now + .seconds(10)
        while written < input.count {
            let count = input[written...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if count > 0 {
                written += count
            } else if errno == EAGAIN && ContinuousClock.now < deadline {
                pump(milliseconds: 10)
            } else {
                throw Failure("cannot write to the terminal (errno \(errno))\n\(transcript)")
            }
        }
    }

    /// Ctrl-C: the line discipline sends SIGINT to the foreground process group.
    func interrupt() throws {
        try sendBytes([0x03])
    }

    func kill(_ signal: Int32) {
        signalProcess(pid, signal)
    }

    // MARK: - Output

    /// Everything shown so far, without ANSI escape sequences and carriage returns.
    var transcript: String { Self.strippingEscapes(rawTranscript) }

    /// Everything shown so far, byte for byte (escape sequences and "\r\n" kept).
    var rawTranscript: String { String(decoding: bytes, as: UTF8.self) }

    /// Waits until `pattern` shows up in `transcript` after the previous match, and returns
    /// what was shown from there up to the end of the match. Throws with the whole
    /// transcript when it does not show up within `timeout` or the program ends first.
    @discardableResult
    func waitFor(
        _ pattern: some RegexComponent, timeout: Duration = .seconds(10), describedAs name: String = "the pattern"
    ) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let text = transcript
            let start = text.utf8.index(text.startIndex, offsetBy: min(cursor, text.utf8.count))
            if let match = text[start...].firstMatch(of: pattern) {
                cursor = text.utf8.distance(from: text.startIndex, to: match.range.upperBound)
                return String(text[start..<match.range.upperBound])
            }
            if isClosed || ContinuousClock.now >= deadline {
                let why = isClosed ? "the program ended (\(reap().map { "\($0)" } ?? "still running"))" : "timed out"
                throw Failure("\(why) before showing \(name); the terminal showed:\n\(text)\n[end of transcript]")
            }
            pump(milliseconds: 50)
        }
    }

    /// Waits until `text` shows up, as `waitFor(_:timeout:)` with a pattern.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitFor(Regex<Substring>(verbatim: text), timeout: timeout, describedAs: "\"\(text)\"")
    }

    /// Waits for the program to end, reading what it shows meanwhile.
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Exit {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let exit = reap() {
                // Read what is left (bounded: another process may hold the slave open).
                var before = -1
                while !isClosed && bytes.count != before {
                    before = bytes.count
                    pump(milliseconds: 100)
                }
                return exit
            }
            if isClosed { usleep(10_000) } else { pump(milliseconds: 50) }
        }
        throw Failure("the program did not end within \(timeout); the terminal showed:\n\(transcript)")
    }

    /// The window is resized to `rows` × `columns`, as dragging its corner does (the
    /// program gets SIGWINCH).
    func resize(rows: Int, columns: Int) throws {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else { throw Failure("TIOCSWINSZ: errno \(errno)") }
    }

    /// The terminal's settings as the program left them (a master reads its slave's).
    func attributes() throws -> termios {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { throw Failure("tcgetattr: errno \(errno)") }
        return settings
    }

    // MARK: - Internals

    /// Reads what the program wrote within `milliseconds`, if anything.
    private func pump(milliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            bytes += buffer[..<count]
        } else if count == 0 || errno != EAGAIN && errno != EINTR {
            // EIO: every copy of the slave is closed.
            isClosed = true
        }
    }

    /// The exit of the child, once it has ended (reaped at most once).
    private func reap() -> Exit? {
        if let exit { return exit }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        // WIFEXITED and friends are macros Swift does not import.
        let signal = status & 0x7F
        exit = signal == 0 ? .code((status >> 8) & 0xFF) : .signal(signal)
        return exit
    }

    /// `text` without CSI, OSC and two-byte escape sequences, and without "\r" (which
    /// Swift would otherwise keep in one Character with the "\n" after it).
    static func strippingEscapes(_ text: String) -> String {
        let escape = #/\x{1B}\[[0-?]*[ -\/]*[@-~]|\x{1B}\][^\x{07}\x{1B}]*(?:\x{07}|\x{1B}\\)|\x{1B}[@-Z\\-_]|\r/#
        return text.replacing(escape.matchingSemantics(.unicodeScalar), with: "")
    }

    /// glibc's POSIX_SPAWN_SETSID, which Swift's Glibc module does not export.
    private static let spawnSetSID: Int32 = 0x80

    /// posix_spawn as a session leader whose controlling terminal is `terminal`: opening
    /// it as fd 0 after setsid makes it so. Every signal at its default, none blocked.
    private static func spawn(
        _ path: String, arguments: [String], environment: [String: String], terminal: [CChar], directory: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        guard let changeDirectory = changeDirectoryAction(), changeDirectory(&actions, directory) == 0 else {
            throw Failure("posix_spawn_file_actions_addchdir_np is not available")
        }
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(spawnSetSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard error == 0 else { throw Failure("posix_spawn \(path): \(String(cString: strerror(error)))") }
        return pid
    }

    private typealias AddChangeDirectory = @convention(c) (
        UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
    ) -> Int32

    /// posix_spawn_file_actions_addchdir_np (glibc 2.29): exported, but not in Swift's Glibc
    /// module; the test process must not chdir, as other tests run beside it.
    private static func changeDirectoryAction() -> AddChangeDirectory? {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: AddChangeDirectory.self)
    }
}

/// `kill(2)`, under a name the class's own `kill(_:)` does not hide.
private func signalProcess(_ pid: pid_t, _ signal: Int32) {
    _ = kill(pid, signal)
}
#endif
