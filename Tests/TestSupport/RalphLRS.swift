import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A real LRS for the push tests: Ralph (ralph-malph 5.x from PyPI) started on 127.0.0.1 by
/// scripts/lrs/ralph_lrs.py with a fresh account and an empty filesystem backend.
///
/// Found as `$OBERIH_RALPH_PYTHON`, the Python of a virtual environment Ralph is installed
/// in (.ci/run makes one). Where it is not set a test is skipped (`isAvailable`), except when
/// `$CI` is set: then `start` fails the test, saying how to install it.
public final class RalphLRS: @unchecked Sendable {
    public static let username = "oberih-tests"
    public static let password = "a password: with spaces"

    public let server: LoopbackServer
    /// The folder Ralph keeps its statements in (`fs_lrs.jsonl`).
    public let data: URL

    public var endpoint: String { "http://127.0.0.1:\(server.port)/xAPI/" }
    public var statementsURL: URL { URL(string: "http://127.0.0.1:\(server.port)/xAPI/statements")! }

    public static var python: String? {
        ProcessInfo.processInfo.environment["OBERIH_RALPH_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether a test of Ralph should run: it is installed, or this is CI (where it must be).
    public static var isAvailable: Bool { python != nil || HeadlessChromium.isCI }

    public init(in folder: URL) throws {
        guard let python = Self.python else {
            throw LoopbackServer.Failure(
                description: "OBERIH_RALPH_PYTHON is not set: make a virtual environment with "
                    + "`python3 -m venv V && V/bin/pip install 'ralph-malph[lrs]==5.1.0' requests` and set "
                    + "OBERIH_RALPH_PYTHON=V/bin/python (.ci/run does)")
        }
        data = folder.appendingPathComponent("ralph")
        let script = ProjectFolder.root.appendingPathComponent("scripts/lrs/ralph_lrs.py").path
        // The port is chosen free, then bound by Ralph: another test may take it between,
        // so a start that fails is tried again on another port.
        var tries = 0
        while true {
            let port = LoopbackServer.freePort()
            do {
                server = try LoopbackServer(
                    executable: python,
                    arguments: [script, "--port", "\(port)", "--data", data.path, "--username", Self.username,
                        "--password", Self.password],
                    port: port, folder: folder, environment: ["RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT": "100000"],
                    timeLimit: 90
                ) { LoopbackServer.accepts(port: port) && Self.answers(port: port) }
                return
            } catch where tries < 2 {
                tries += 1
            }
        }
    }

    /// Whether the server on `port` answers Ralph's heartbeat (not another test's server).
    private static func answers(port: Int) -> Bool {
        guard let url = URL(string: "http://127.0.0.1:\(port)/__heartbeat__"),
            let (_, status) = try? fetch(URLRequest(url: url))
        else { return false }
        return status == 200
    }

    /// GET on the statements resource with `query`, as JSON; Ralph answers a list
    /// (`{"statements": [...]}`) even for `statementId`, which xAPI answers with one statement.
    public func statements(_ query: [String: String]) throws -> [[String: Any]] {
        var components = URLComponents(url: statementsURL, resolvingAgainstBaseURL: false)!
        components.queryItems = query.map { URLQueryItem(name: $0.key, value: $0.value) } + [URLQueryItem(name: "limit", value: "100000")]
        var request = URLRequest(url: components.url!)
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        let login = Data("\(Self.username):\(Self.password)".utf8).base64EncodedString()
        request.setValue("Basic \(login)", forHTTPHeaderField: "Authorization")
        let (data, status) = try Self.fetch(request)
        guard status == 200 else {
            throw LoopbackServer.Failure(description: "Ralph answered \(status): \(String(decoding: data, as: UTF8.self))")
        }
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["statements"] as? [[String: Any]] ?? []
    }

    /// The statements of the agent with this account.
    public func statements(ofAccount name: String, homePage: String) throws -> [[String: Any]] {
        let agent = #"{"objectType":"Agent","account":{"homePage":"\#(homePage)","name":"\#(name)"}}"#
        return try statements(["agent": agent])
    }

    /// Every line of Ralph's statements file: what it stored, duplicates included.
    public func storedLines() throws -> [[String: Any]] {
        let text = (try? String(contentsOf: data.appendingPathComponent("fs_lrs.jsonl"), encoding: .utf8)) ?? ""
        // A last line without its newline is one Ralph is still writing.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast()
        return try lines.filter { !$0.isEmpty }.compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    private static func fetch(_ request: URLRequest) throws -> (Data, Int) {
        final class Box: @unchecked Sendable {
            var data = Data()
            var status = 0
            var error: (any Error)?
        }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            box.data = data ?? Data()
            box.status = (response as? HTTPURLResponse)?.statusCode ?? 0
            box.error = error
            done.signal()
        }.resume()
        done.wait()
        if let error = box.error { throw error }
        return (box.data, box.status)
    }
}
