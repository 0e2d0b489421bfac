import ArgumentParser
import Foundation
import ProgressStore

/// The options every command on the progress store shares: where the store is, and
/// whether to write JSON.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: ArgumentHelp(
            "The progress store (default: $OBERIH_STORE, else $XDG_DATA_HOME/oberih/progress.sqlite).",
            valueName: "path"))
    var store: String?

    @Flag(help: "Write one JSON document to stdout instead of text.")
    var json = false

    init() {}

    func validate() throws {
        if let store, store.isEmpty {
            throw ValidationError("--store takes the path of the store file, such as ./progress.sqlite")
        }
    }

    /// The store's path: `--store`, else `OBERIH_STORE`, else the XDG default.
    var path: String {
        StoreLocation.resolve(explicit: store, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the store (creating it on first use unless `mustExist`) and runs `body` on it.
    /// A `StoreError`, from opening or from `body`, is printed to stderr and ends the
    /// command with exit status 2; other errors (such as an `ExitCode`) pass through.
    /// The store is closed before this returns, so its WAL is checkpointed and removed.
    /// `describe` words the error; by default `StoreOptions.describe`. A store that must
    /// exist is opened read-only unless `writes` (a report stores results it had to replay).
    func withStore<T>(
        mustExist: Bool = false, writes: Bool = false,
        describe: (StoreError, String) -> String = StoreOptions.describe,
        _ body: (ProgressStore) throws -> T
    ) throws -> T {
        let path = self.path
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if exists && isFolder.boolValue {
            StoreOutput.error(
                "\(path) is a folder, not a store file; give the file's path, such as "
                    + "\((path as NSString).appendingPathComponent(StoreLocation.fileName))")
            throw ExitCode(2)
        }
        if mustExist && !exists {
            StoreOutput.error(
                "there is no store at \(path) yet; `oberih cohort create NAME` creates it "
                    + "(or give the path of an existing store with --store or OBERIH_STORE)")
            throw ExitCode(2)
        }
        do {
            // A command that needs an existing store only inspects it: read-only, nothing
            // migrated or re-moded, so `doctor` reports the store as it is.
            let store = try ProgressStore(path: path, forInspection: mustExist && !writes)
            return try body(store)
        } catch let error as StoreError {
            StoreOutput.error(describe(error, path))
            throw ExitCode(2)
        }
    }

    /// The error's own description, which names the file and the next step; for something
    /// not found, the store's path and where to look too.
    static func describe(_ error: StoreError, path: String) -> String {
        switch error {
        case .notFound(let what, let key):
            return "no \(what) '\(key)' in the store \(path); `oberih \(what) list` lists them"
        default:
            return error.description
        }
    }
}
