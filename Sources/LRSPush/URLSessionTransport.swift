import Foundation
import ProgressStore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The toolchain's URLSession (FoundationNetworking, over libcurl on Linux): no extra
/// dependency, HTTP/1.1 and TLS, one request at a time (docs/sync.md says why).
public final class URLSessionTransport: LRSTransport {
    public let statementsURL: URL
    private let authorization: String
    private let session: URLSession

    public init(statementsURL: URL, username: String, password: String, timeout: TimeInterval) {
        self.statementsURL = statementsURL
        authorization = "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        // Redirects are not followed: URLSession would turn the POST into a GET, which a
        // statements resource answers with 200, and send the credentials to another host.
        session = URLSession(configuration: configuration, delegate: RedirectRefusal(), delegateQueue: nil)
    }

    deinit { session.finishTasksAndInvalidate() }

    public func postStatements(_ body: Data) throws(TransportFailure) -> LRSReply {
        var request = URLRequest(url: statementsURL)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        request.setValue(authorization, forHTTPHeaderField: "Authorization")
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            outcome.set(data: data, response: response as? HTTPURLResponse, error: error)
            done.signal()
        }.resume()
        done.wait()
        let (data, response, error) = outcome.get()
        if let error { throw Self.failure(error) }
        guard let response else { throw .interrupted("the LRS answered something that is not HTTP") }
        let body = data ?? Data()
        return LRSReply(
            status: response.statusCode,
            retryAfter: LRSReply.retryAfter(response.value(forHTTPHeaderField: "Retry-After"), now: Date()),
            message: LRSReply.message(of: body), statementIds: LRSReply.statementIds(in: body),
            location: response.value(forHTTPHeaderField: "Location").map(StoredText.shownSafely))
    }

    private static func failure(_ error: any Error) -> TransportFailure {
        let described = (error as NSError).localizedDescription
        guard let code = (error as? URLError)?.code else { return .interrupted(described) }
        switch code {
        case .timedOut: return .interrupted("no answer within the time allowed (--timeout)")
        case .networkConnectionLost, .badServerResponse, .cannotParseResponse, .zeroByteResource:
            return .interrupted("the connection was lost: \(described)")
        case .secureConnectionFailed, .serverCertificateHasBadDate, .serverCertificateUntrusted,
            .serverCertificateHasUnknownRoot, .serverCertificateNotYetValid, .clientCertificateRejected,
            .clientCertificateRequired:
            return .insecure(described)
        default: return .unreachable(described)
        }
    }
}

/// The completion handler's result, handed from URLSession's queue to the waiting thread.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var response: HTTPURLResponse?
    private var error: (any Error)?

    func set(data: Data?, response: HTTPURLResponse?, error: (any Error)?) {
        lock.withLock { (self.data, self.response, self.error) = (data, response, error) }
    }

    func get() -> (Data?, HTTPURLResponse?, (any Error)?) {
        lock.withLock { (data, response, error) }
    }
}

/// Answers every redirect with "do not follow": the task ends with the 3xx answer itself.
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
