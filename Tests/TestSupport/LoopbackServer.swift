import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A server a test starts on 127.0.0.1 (the fault-injecting LRS, Ralph) and stops when it
/// is done with it: its process, its port, and its output for a failure's message.
public final class LoopbackServer: @unchecked Sendable {
    public let port: Int
    private let process: Process
    private let output: URL
    private let finished = DispatchSemaphore(value: 0)

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts `executable` and waits until `isReady` (asked every 100 ms) says yes, at most
    /// `timeLimit` seconds; the server's output goes to a file in `folder`.
    public init(
        executable: String, arguments: [String], port: Int, folder: URL, environment: [String: String] = [:],
        timeLimit: TimeInterval = 60, isReady: () -> Bool
    ) throws {
        self.port = port
        output = folder.appendingPathComponent("server-\(port).log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let outputFile = try FileHandle(forWritingTo: output)
        process.standardOutput = outputFile
        process.standardError = outputFile
        let finished = self.finished
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        let deadline = Date().addingTimeInterval(timeLimit)
        while !isReady() {
            guard process.isRunning, Date() < deadline else {
                stop()
                throw Failure(description: "\(executable) did not start on port \(port): \(self.log(limit: 2000))")
            }
            usleep(100_000)
        }
    }

    /// A port nothing listens on now, from the system (bound to port 0, then let go).
    public static func freePort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socket, pointer, length)
                return getsockname(socket, pointer, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs `body` with a port of 127.0.0.1 held bound but not listening: a connection to
    /// it is refused, and no other test's server can take it meanwhile.
    public static func withPortNobodyListensOn<T>(_ body: (Int) throws -> T) throws -> T {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socket, pointer, length) == 0 && getsockname(socket, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "could not bind a port on 127.0.0.1") }
        return try body(Int(UInt16(bigEndian: address.sin_port)))
    }

    /// Whether something accepts a TCP connection on 127.0.0.1:`port`.
    public static func accepts(port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    /// The end of what the server printed.
    public func log(limit: Int = 4000) -> String {
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return String(text.suffix(limit))
    }

    /// SIGKILL: the servers keep nothing worth a clean stop, and a child of a test's
    /// thread may have SIGTERM blocked. Waits for the termination handler (`waitUntilExit`
    /// can hang on a test's thread).
    public func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        _ = finished.wait(timeout: .now() + 5)
    }

    deinit { stop() }
}
