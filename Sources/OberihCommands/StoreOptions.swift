import ArgumentParser
import Foundation
import LessonPack
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

    /// ` --store PATH` when the store was given on the command line, for a printed
    /// command that goes on with the same store; empty otherwise (the environment or
    /// the default finds it again).
    var repeated: String {
        store.map { " --store " + shellWord($0) } ?? ""
    }

    /// Opens the store and runs `body` on it. `.readWrite` creates it on first use (unless
    /// `mustExist`) and migrates it; `.readOnly` and `.inspection` need an existing store
    /// and change nothing in it (`.readOnly` refuses an old store not yet updated, with
    /// the step that updates it). A `StoreError`, from opening or from `body`, becomes a
    /// `CommandFailure` (exit status 2) worded by `describe`; other errors pass through.
    /// The store is closed before this returns, so its WAL is checkpointed and removed.
    func withStore<T>(
        _ access: ProgressStore.Access = .readWrite, mustExist: Bool = false,
        describe: (StoreError, String) -> String = StoreOptions.describe,
        _ body: (ProgressStore) throws -> T
    ) throws -> T {
        let path = self.path
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if exists && isFolder.boolValue {
            throw CommandFailure(
                "\(path) is a folder, not a store file; give the file's path, such as "
                    + "\((path as NSString).appendingPathComponent(StoreLocation.fileName))")
        }
        // A link that leads nowhere is the store's to refuse, in its own words.
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        if (mustExist || access != .readWrite) && !exists && !isLink {
            throw CommandFailure(
                "there is no store at \(path) yet; `oberih cohort create NAME` creates it "
                    + "(or give the path of an existing store with --store or OBERIH_STORE)")
        }
        do {
            let store = try ProgressStore(path: path, access: access)
            do {
                return try body(store)
            } catch StoreError.notFound(let what, let key) where what == "cohort" {
                throw CommandFailure(Self.noCohort(key, in: store, path: path))
            }
        } catch let error as StoreError {
            throw CommandFailure(describe(error, path))
        }
    }

    /// "no cohort 'class-7b' in the store PATH; did you mean 'class-7a'? (`oberih cohort list` lists them)".
    static func noCohort(_ name: String, in store: ProgressStore, path: String) -> String {
        let names = (try? store.cohorts().map(\.cohort.name)) ?? []
        let listing = "`oberih cohort list` lists them"
        let start = "no cohort '\(StoredText.shownSafely(name))' in the store \(path)"
        guard let guess = NameGuess.closest(to: name, among: names) else { return start + "; " + listing }
        return start + "; did you mean '\(StoredText.shownSafely(guess))'? (\(listing))"
    }

    /// `withStore` for a command that only reads: a store the user made read-only is
    /// opened read-only (`ProgressStore.readingAccess`), so listing it still works.
    func withStoreForReading<T>(_ body: (ProgressStore) throws -> T) throws -> T {
        try withStore(ProgressStore.readingAccess(path: path), body)
    }

    /// The store's own description of what happened, with the command line's next step.
    static func describe(_ error: StoreError, path: String) -> String {
        let said = error.description
        switch error {
        case .notFound(let what, let key) where what == "cohort" || what == "learner":
            return "no \(what) '\(StoredText.shownSafely(key))' in the store \(path); `oberih \(what) list` lists them"
        case .notSQLite:
            return said + ". Give another path with --store, or move the file away if it is not needed"
        case .foreignDatabase:
            return said + ". Give another path with --store (or OBERIH_STORE)"
        case .erasureIncomplete(_, let code):
            return said + ". Close every other Oberih, then run `oberih learner delete \(code) --yes` again to "
                + "overwrite them"
        case .corrupt:
            return said + ", then run `oberih doctor --store \(path)` for the next step"
        case .olderSchema:
            return said + ". Run `oberih doctor --update --store \(path)` once to update it"
        case .cannotCreate:
            return said + ", or give another path with --store or OBERIH_STORE"
        case .readOnly:
            return said + ". Commands that only read it (list, show, report, export, doctor) work; to change it, "
                + "make it writable (`chmod 600 \(shellWord(path))`), or give another store with --store"
        case .full:
            return said + ". Free some space on that disk, then run the command again"
        case .danglingLink:
            return said + ". Point the link at the store, remove it, or give another path with --store or OBERIH_STORE"
        default:
            return said
        }
    }
}
