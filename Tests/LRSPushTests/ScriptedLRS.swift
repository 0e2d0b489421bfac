import Foundation
import LRSPush

/// An LRS in memory: it answers each POST as `answer` says (by default 200 with the ids,
/// as xAPI answers), keeps the statements of every batch it accepted by id (a statement
/// sent again takes the place of the same one), and records each request.
final class ScriptedLRS: LRSTransport, @unchecked Sendable {
    typealias Answer = (_ request: Int, _ ids: [String]) throws(TransportFailure) -> LRSReply

    private let lock = NSLock()
    private let answer: Answer
    private var requestSizes: [Int] = []
    private var storedById: [String: [String: Any]] = [:]
    private var acceptedPosts = 0

    init(answer: @escaping Answer = { _, ids in LRSReply(status: 200, statementIds: ids) }) {
        self.answer = answer
    }

    func postStatements(_ body: Data) throws(TransportFailure) -> LRSReply {
        let statements = (try? JSONSerialization.jsonObject(with: body) as? [[String: Any]]) ?? []
        let ids = statements.compactMap { $0["id"] as? String }
        let number = lock.withLock {
            requestSizes.append(statements.count)
            return requestSizes.count
        }
        let reply = try answer(number, ids)
        if (200..<300).contains(reply.status) {
            lock.withLock {
                acceptedPosts += 1
                for statement in statements { storedById[statement["id"] as! String] = statement }
            }
        }
        return reply
    }

    /// The number of statements in each request, in order.
    var sizes: [Int] { lock.withLock { requestSizes } }
    var stored: [String: [String: Any]] { lock.withLock { storedById } }
}
