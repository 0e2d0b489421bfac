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
    /// Still queued when the push ended (with --dry-run: what would be sent).
    var leftQueued: Int
    /// Rejected or in conflict in the endpoint's outbox, from this push and earlier ones.
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

    /// Nil for 0.
    var exitCode: Int32? {
        switch stop?.reason {
        case "notAuthorised"?, "refused"?: 2
        case _? : 3
        case nil: refusedInAll > 0 ? 1 : nil
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
        case .askedToWait(let seconds):
            StopReason(
                reason: "askedToWait", status: 429,
                message: "the LRS asked to wait \(Int(seconds.rounded())) s before more; everything not sent stays "
                    + "queued: push again then")
        }
    }

    private static func said(_ message: String) -> String { message.isEmpty ? "" : ": \(message)" }
}

/// Statements sent, rate and time left, on stderr when it is a terminal; nothing otherwise.
final class PushProgressBar {
    private let isTerminal = isatty(STDERR_FILENO) == 1
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

    func clear() {
        if shown { StandardOutput.writeToStandardError("\r\u{1B}[K") }
    }
}
