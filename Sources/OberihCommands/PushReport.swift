import Foundation
import LRSPush

/// What `push` says when it is done: one line (or a JSON document), and its exit status.
struct PushReport: Encodable {
    var formatVersion = 1
    var endpoint: String
    var dryRun: Bool
    /// Statements of newly finished attempts put in the outbox by this push.
    var queuedNow: Int
    var sent = 0
    var voided = 0
    var rejected = 0
    var conflicts = 0
    /// Still queued when the push ended (with --dry-run: queued before, to which the dry
    /// run's `queuedNow` would be added).
    var leftQueued: Int
    /// Rejected or in conflict in the endpoint's outbox, from this push and earlier ones
    /// (only this push's count toward exit status 1).
    var refusedInAll = 0
    var stop: StopReason?

    struct StopReason: Encodable {
        var reason: String
        var status: Int?
        var message: String
    }

    init(
        endpoint: String, dryRun: Bool, queuedNow: Int, outcome: StatementPusher.Outcome?, left: Int,
        refusedInAll: Int = 0
    ) {
        self.endpoint = endpoint
        self.dryRun = dryRun
        self.queuedNow = queuedNow
        leftQueued = left
        self.refusedInAll = refusedInAll
        guard let outcome else { return }
        (sent, voided, rejected, conflicts) = (outcome.sent, outcome.voided, outcome.rejected, outcome.conflicts)
        stop = outcome.stop.map(Self.reason)
    }

    /// Nil for 0. 3 when trying again later may be all it takes; 2 when something must be
    /// put right first; 1 when this push had statements refused.
    var exitCode: Int32? {
        switch stop?.reason {
        case "unreachable"?, "gaveUp"?, "askedToWait"?: 3
        case _?: 2
        case nil: rejected + conflicts > 0 ? 1 : nil
        }
    }

    func print(json: Bool, retry: String) throws {
        if json { return try StoreOutput.printJSON(self) }
        if dryRun {
            return try StoreOutput.print(
                "dry run: \(StoreOutput.counted(leftQueued + queuedNow, "statement")) would be sent to \(endpoint) "
                    + "(\(queuedNow) of newly finished attempts); nothing was sent or queued\n")
        }
        var parts = ["\(sent) sent"]
        if voided > 0 { parts.append("\(voided) voided") }
        if rejected > 0 { parts.append("\(rejected) rejected") }
        if conflicts > 0 { parts.append("\(conflicts) in conflict") }
        var line = "pushed to \(endpoint): \(parts.joined(separator: ", "))"
        line += leftQueued == 0 ? "; nothing left queued" : "; \(StoreOutput.counted(leftQueued, "statement")) left queued"
        try StoreOutput.print(line + "\n")
        if let stop { StoreOutput.message("stopped: \(stop.message)") }
        if refusedInAll > 0 {
            StoreOutput.message("\(StoreOutput.counted(refusedInAll, "statement")) rejected or in conflict; \(retry)")
        }
    }

    private static func reason(_ stop: StatementPusher.Stop) -> StopReason {
        switch stop {
        case .notAuthorised(let status, let message):
            StopReason(
                reason: "notAuthorised", status: status,
                message: "the LRS refused the credentials or what they may do (\(status)\(said(message))); check "
                    + "OBERIH_LRS_USERNAME and OBERIH_LRS_PASSWORD (or --credentials) and that the account may write statements")
        case .refused(let status, let message):
            StopReason(
                reason: "refused", status: status,
                message: "the LRS answered \(status)\(said(message)); check that --endpoint is its xAPI endpoint")
        case .unreachable(let why):
            StopReason(
                reason: "unreachable", status: nil,
                message: "the LRS could not be reached (\(why)); everything not sent stays queued: push again when "
                    + "the connection is back")
        case .gaveUp(let why):
            StopReason(
                reason: "gaveUp", status: nil,
                message: "the LRS is busy or failing (\(why)) after every retry; everything not sent stays queued: "
                    + "push again later")
        case .insecure(let why):
            StopReason(
                reason: "insecure", status: nil,
                message: "the connection to the LRS is not secure (\(why)): its certificate is not trusted here (expired, "
                    + "for another name, or from an issuer this machine does not know); nothing was sent. Ask the LRS's "
                    + "administrator, or add its issuer to the system's certificates")
        case .redirected(let status, let location):
            StopReason(
                reason: "redirected", status: status,
                message: "the LRS answered \(status), a redirect\(location.map { " to \($0)" } ?? ""), which push does not "
                    + "follow (it would send the credentials on); give its xAPI endpoint itself as --endpoint")
        case .notStatementsResource(let message):
            StopReason(
                reason: "notStatementsResource", status: 200,
                message: "the LRS answered 200 without the statements' ids\(said(message)); check that --endpoint is its "
                    + "xAPI endpoint (the batch is kept queued)")
        case .refusesEverything(let status, let message):
            StopReason(
                reason: "refusesEverything", status: status,
                message: "the LRS refuses every statement, even alone (\(status)\(said(message))); they are kept queued. "
                    + "Check that --endpoint is an xAPI 1.0.3 endpoint and that nothing between (a proxy) drops the "
                    + "X-Experience-API-Version header")
        case .askedToWait(let seconds):
            StopReason(
                reason: "askedToWait", status: 429,
                message: "the LRS asked to wait \(Int(seconds.rounded())) s before more; everything not sent stays "
                    + "queued: push again then")
        }
    }

    private static func said(_ message: String) -> String { message.isEmpty ? "" : ": \(message)" }
}

/// Statements sent, rate and time left, on stderr when it is a terminal that can erase a
/// line (not TERM=dumb); nothing otherwise.
final class PushProgressBar {
    private let isTerminal = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    private let started = Date()
    private var shown = false

    func show(_ progress: StatementPusher.Progress) {
        guard isTerminal, progress.total > 0 else { return }
        let done = min(progress.done, progress.total)
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let width = 24
        let filled = width * done / progress.total
        let left = rate > 0 ? "about \(Int((Double(progress.total - done) / rate).rounded())) s left" : ""
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        StandardOutput.writeToStandardError(
            "\r\u{1B}[K[\(bar)] \(done) of \(progress.total) statements · \(Int(rate.rounded()))/s · \(left)")
        shown = true
    }

    /// A line that stands until the bar replaces it (what is being done before sending).
    func note(_ text: String) {
        guard isTerminal else { return }
        StandardOutput.writeToStandardError("\r\u{1B}[K" + text)
        shown = true
    }

    func clear() {
        if shown { StandardOutput.writeToStandardError("\r\u{1B}[K") }
    }
}
