import Foundation

/// A temporary folder for one suite's store, which every `oberih` it runs uses (through
/// OBERIH_STORE); removed with everything in it when the suite ends.
final class StoreFolder {
    let folder: URL
    var environment: [String: String]
    var storePath: String { environment["OBERIH_STORE"]! }

    init(prefix: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        environment = ProcessInfo.processInfo.environment
        environment["OBERIH_STORE"] = folder.appendingPathComponent("store.sqlite").path
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs the built `oberih` with `arguments` on this store.
    func oberih(_ arguments: [String]) throws -> OberihRun {
        try OberihProcess.run(arguments, environment: environment)
    }
}
