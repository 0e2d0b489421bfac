import Foundation
import ProgressStore

/// `push --status`: each endpoint's outbox, in text or JSON, from a store only read.
struct PushStatus {
    var options: StoreOptions
    /// How many refused or failed statements are listed per endpoint.
    var problemLimit = 20

    struct Endpoint: Encodable {
        var url: String
        var homePage: String
        var firstPushAt: String
        var statements: [String: Int]
        var voiding: [String: Int]
        var problems: [Problem]
    }

    struct Problem: Encodable {
        var kind: String
        var statementId: String
        var state: String
        var tries: Int
        var lastError: String?
    }

    struct Document: Encodable {
        var formatVersion = 1
        var endpoints: [Endpoint]
    }

    func show(endpoint url: URL?) throws {
        let endpoints = try options.withStore(.readOnly) { store in
            var endpoints = try store.lrsEndpoints()
            if let url {
                endpoints = endpoints.filter { $0.url == url.absoluteString }
                if endpoints.isEmpty {
                    throw CommandFailure("nothing was ever pushed to \(url.absoluteString) from \(store.path)")
                }
            }
            return try endpoints.map { endpoint in
                let counts = try store.outboxCounts(endpointId: endpoint.id)
                func byState(_ kind: OutboxKind) -> [String: Int] {
                    Dictionary(uniqueKeysWithValues: OutboxState.allCases.map { ($0.rawValue, counts.count(kind, $0)) })
                }
                return Endpoint(
                    url: endpoint.url, homePage: endpoint.homePage, firstPushAt: StoreOutput.iso8601(endpoint.createdAt),
                    statements: byState(.statement), voiding: byState(.voiding),
                    problems: try store.outboxProblems(endpointId: endpoint.id, limit: problemLimit).map {
                        Problem(
                            kind: $0.key.kind.rawValue, statementId: $0.key.statementId, state: $0.state.rawValue,
                            tries: $0.tries, lastError: $0.lastError)
                    })
            }
        }
        if options.json { return try StoreOutput.printJSON(Document(endpoints: endpoints)) }
        if endpoints.isEmpty {
            return try StoreOutput.print("nothing has been pushed from this store yet (`oberih push --endpoint URL`)\n")
        }
        var text = ""
        for endpoint in endpoints {
            text += "\(endpoint.url) (home page \(endpoint.homePage); first push \(endpoint.firstPushAt))\n"
            text += "  statements: " + Self.counts(endpoint.statements) + "\n"
            text += "  voiding:    " + Self.counts(endpoint.voiding) + "\n"
            for problem in endpoint.problems {
                let tries = StoreOutput.counted(problem.tries, "try", "tries")
                text += "  \(problem.state) \(problem.kind) \(problem.statementId) (\(tries)): \(problem.lastError ?? "")\n"
            }
        }
        try StoreOutput.print(text)
    }

    private static func counts(_ byState: [String: Int]) -> String {
        let names = ["queued": "queued", "sent": "sent", "rejected": "rejected", "conflict": "in conflict"]
        return OutboxState.allCases.map { "\(byState[$0.rawValue] ?? 0) \(names[$0.rawValue]!)" }.joined(separator: ", ")
    }
}
