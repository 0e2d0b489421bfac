import ArgumentParser
import CohortExport
import Foundation
import LRSPush
import ProgressStore
import Sessions

/// `oberih push --endpoint URL`: sends cohorts' xAPI statements to a learning record store
/// from the outbox kept in the store.
struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Send cohorts' results to a learning record store (xAPI), from an outbox that survives any stop.",
        discussion: """
            Each finished attempt's xAPI 1.0.3 statements (those `export --format xapi` \
            writes) are queued in the store's outbox for the endpoint, then posted in \
            batches to its statements resource. Every answer is recorded as it comes, so a \
            push stopped at any point (Ctrl-C, a lost connection, the lid closed) goes on \
            with the next one, and nothing is sent twice: statement ids are stable, and an \
            LRS takes a batch sent again as the same statements. Unfinished attempts are \
            sent once they finish.

            The credentials come from OBERIH_LRS_USERNAME and OBERIH_LRS_PASSWORD, or from \
            --credentials FILE (one line, username:password, readable by you alone), never \
            from the command line. The endpoint must be https, except on this machine \
            (127.0.0.1, ::1, localhost). The home page (the actor account's homePage) is \
            fixed at the first push to an endpoint.

            The LRS's answers: a statement it refuses (400) is marked rejected with its \
            message, one it holds differently (409) in conflict, never overwritten, and the \
            rest go on; a batch too large (413) is halved; when it is busy or failing (429, \
            5xx) or the connection drops, the push waits (Retry-After, else a growing wait) \
            and tries again. `learner delete` queues voiding statements for what was sent \
            of that learner; push sends them. docs/sync.md says more.

            --status shows each endpoint's outbox: queued, sent, rejected, in conflict, and why.

            Exit status: 0 everything sent; 1 done, but this push had statements rejected or \
            in conflict (see --status); 2 usage error, unknown cohort, no credentials, the LRS \
            refused them (401, 403), redirected, refused every statement or the request (404 \
            and others), a certificate not trusted, or a store that cannot be opened; 3 \
            stopped with statements still queued (the LRS unreachable, busy or failing after \
            every retry): run the same command again later; 130 stopped by Ctrl-C (what the \
            LRS answered so far is recorded).
            """
    )

    @Option(help: ArgumentHelp("The LRS's xAPI endpoint, such as https://lrs.example.org/xAPI/.", valueName: "url"))
    var endpoint: String?

    @Option(help: "Only this cohort's statements (and any voiding); default: every cohort.", completion: Completions.cohorts)
    var cohort: String?

    @Option(
        help: ArgumentHelp(
            "The web address of the system the learner codes belong to (the actor account's homePage); "
                + "needed at the first push to an endpoint.", valueName: "url"))
    var homePage: String?

    @Option(help: ArgumentHelp("A file holding username:password (mode 0600).", valueName: "file"))
    var credentials: String?

    @Option(help: "Statements per request.")
    var batchSize = 500

    @Option(help: ArgumentHelp("Seconds to wait for an answer.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: "Tries of a batch after the first while the LRS is busy or the connection drops.")
    var retries = 5

    @Flag(help: "Say what would be sent, and send nothing.")
    var dryRun = false

    @Flag(help: "Show each endpoint's outbox and send nothing.")
    var status = false

    @Flag(help: "Queue the rejected and conflicting statements again (after the LRS or the data was fixed).")
    var retryRefused = false

    @Option(help: ArgumentHelp("A pack file old attempts were played on, besides the curriculum (repeatable).", valueName: "file"))
    var pack: [String] = []

    @OptionGroup var search: CurriculumOptions

    @OptionGroup var options: StoreOptions

    func validate() throws {
        if let endpoint { _ = try LRSAddress.statements(endpoint) }
        if !status && endpoint == nil {
            throw ValidationError("push needs --endpoint URL, such as --endpoint https://lrs.example.org/xAPI/")
        }
        if let homePage { try LRSAddress.requireHomePage(homePage) }
        if !(1...10_000).contains(batchSize) { throw ValidationError("--batch-size takes 1 to 10000 statements") }
        if !(timeout > 0 && timeout <= 3600) {
            throw ValidationError("--timeout takes a number of seconds, more than 0 and at most 3600")
        }
        if !(0...20).contains(retries) { throw ValidationError("--retries takes 0 to 20") }
    }

    func run() throws {
        if status { return try PushStatus(options: options).show(endpoint: endpoint.map(LRSAddress.statements)) }
        let url = try LRSAddress.statements(endpoint!)
        // libcurl would send a loopback LRS's requests, credentials and all, to a proxy.
        if let host = url.host, LRSAddress.isLoopback(host) { LRSAddress.bypassProxies(for: host) }
        let login = dryRun ? nil : try LRSCredentials.read(file: credentials)
        let given = try pack.map(Curriculum.oldFile)
        let curriculum = search.curriculum()
        let report = try options.withStore(mustExist: true) { store in
            let endpoint = try recordedEndpoint(url, in: store)
            if retryRefused && !dryRun { _ = try store.requeueRefused(endpointId: endpoint.id) }
            let packs = PackVersions(store: store, findingAtHand: { given + curriculum.filesAtHand().map(\.file) })
            let cohorts = try cohort.map { [try store.cohort(named: $0)] } ?? store.cohorts().map(\.cohort)
            var queuedNow = 0
            let bar = PushProgressBar()
            for cohort in cohorts {
                bar.note("queuing the statements of finished attempts in cohort \(StoredText.shownSafely(cohort.name))…")
                let context = ExportContext(cohort: cohort, packs: packs, exportedAt: Date())
                try requirePacks(context, store: store)
                queuedNow += try OutboxFilling().fill(context, endpoint: endpoint, dryRun: dryRun, at: Date())
            }
            let cohortId = cohort == nil ? nil : cohorts.first?.id
            let waiting = try store.queuedCount(endpointId: endpoint.id, ofCohort: cohortId)
            guard let login, !dryRun else {
                bar.clear()
                return PushReport(endpoint: url.absoluteString, dryRun: true, queuedNow: queuedNow, outcome: nil, left: waiting)
            }
            var settings = StatementPusher.Settings()
            settings.batchSize = batchSize
            settings.retry.retries = retries
            let transport = URLSessionTransport(
                statementsURL: url, username: login.username, password: login.password, timeout: timeout)
            let pusher = StatementPusher(
                store: store, endpoint: endpoint, cohortId: cohortId, transport: transport, settings: settings)
            InterruptHandler.install(
                message: "push stopped: every answer of the LRS so far is recorded; the same command goes on from there",
                resetsColour: false)
            let outcome = try pusher.run(total: waiting) { bar.show($0) }
            bar.clear()
            let left = try store.queuedCount(endpointId: endpoint.id, ofCohort: cohortId)
            let refused = try store.outboxCounts(endpointId: endpoint.id)
            return PushReport(
                endpoint: url.absoluteString, dryRun: false, queuedNow: queuedNow, outcome: outcome, left: left,
                refusedInAll: refused.total(.rejected) + refused.total(.conflict))
        }
        try report.print(json: options.json, retry: "`oberih push --status\(options.repeated)` shows why")
        if let code = report.exitCode { throw ExitCode(code) }
    }

    /// The endpoint as the outbox knows it; recorded with --home-page at the first push.
    private func recordedEndpoint(_ url: URL, in store: ProgressStore) throws -> LRSEndpoint {
        let address = url.absoluteString
        if let known = try store.lrsEndpoint(url: address) {
            if let homePage, LRSAddress.trimmed(homePage) != known.homePage {
                throw CommandFailure(
                    "\(address) was first sent statements with the home page \(known.homePage); the same statements "
                        + "with another home page would be refused as conflicts. Leave out --home-page, or give "
                        + "--home-page \(known.homePage)")
            }
            return known
        }
        guard let homePage else {
            throw CommandFailure(
                "the first push to \(address) needs --home-page URL: the web address of your organisation's system, "
                    + "such as --home-page https://lms.example.org (it is fixed for this endpoint from then on)")
        }
        if dryRun { return LRSEndpoint(id: -1, url: address, homePage: LRSAddress.trimmed(homePage), createdAt: Date()) }
        return try store.addLRSEndpoint(url: address, homePage: LRSAddress.trimmed(homePage), at: Date())
    }

    /// As `export`: a pack version played that is neither kept nor at hand stops the push.
    private func requirePacks(_ context: ExportContext, store: ProgressStore) throws {
        let missing = try context.unavailablePacks()
        guard !missing.isEmpty else { return }
        let named = try MissingPackVersions.described(missing, of: context.cohort, store: store)
        throw CommandFailure(
            "\(named); nothing was queued. Give the file they were played on with --pack FILE (or "
                + "`oberih doctor --update --pack FILE\(search.repeated)\(options.repeated)` to keep it in the store)")
    }
}
