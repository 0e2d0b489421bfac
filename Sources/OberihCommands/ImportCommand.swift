import ArgumentParser
import CohortExport
import Foundation
import ProgressStore

/// `oberih import BUNDLE`: merges a bundle written on another device into the store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a bundle from another device (`oberih export --format bundle`) into the store.",
        discussion: """
            Everything in the bundle is merged in one transaction: all of it, or nothing. \
            The file is checked first: a file cut short, one whose bytes do not match its \
            checksum, one of a newer format version or one whose records do not fit \
            together changes nothing, and the error says what to do.

            The cohort is matched by name (created if missing, with its organisation); \
            pack files are added if missing. A learner with the same code, creation time, \
            age, age band and language is the same learner. If another learner here has \
            the code, both are kept: the bundle's learner gets a new code, and the line \
            `conflict: learner OLD ... is NEW here` says which code to hand them (the same \
            one on every import of that bundle). An attempt is known by its registration \
            (the same in every store, so its xAPI statements keep their ids): the same log \
            is passed over, a log this store has the start of is extended with the events \
            played since, and a log that went another way is kept beside the one here and \
            reported. Importing a bundle again changes nothing ("nothing new").

            A summary goes to stdout, then one line per conflict; with --json, \
            {formatVersion, cohort, dryRun, nothingNew, imported: {cohortCreated, \
            packFiles, learners, enrolments, attemptsAdded, attemptsExtended, events, \
            attemptsUnchanged, attemptsWithoutPackFile}, conflicts: [{kind: "learnerCode", \
            bundleCode, storeCode, new} or {kind: "attempt", registration, keptAs, \
            learner, pack, lesson, new}]}. --dry-run says what would change and writes \
            nothing. docs/sync.md describes the bundle.

            Exit status: 0 merged, or nothing new; 1 merged, with conflicts reported (both \
            sides kept); 2 usage error, a bundle that cannot be read or is refused, or a \
            store that cannot be opened or written.
            """
    )

    @Argument(help: ArgumentHelp("The bundle file.", valueName: "bundle"), completion: .file())
    var bundle: String

    @Flag(help: "Say what would change, and write nothing.")
    var dryRun = false

    @OptionGroup var options: StoreOptions

    func validate() throws {
        if bundle.isEmpty { throw ValidationError("give the bundle's file, such as oberih import 7B.bundle") }
    }

    func run() throws {
        let merge = try Self.merge(bundle, dryRun: dryRun, options: options)
        if options.json {
            try StoreOutput.printJSON(ImportJSON(merge, dryRun: dryRun))
        } else {
            try StoreOutput.print(Self.text(merge, bundle: bundle, dryRun: dryRun))
        }
        if merge.hasConflicts { throw ExitCode(1) }
    }

    /// Checks the bundle, then merges it into the store (`dryRun`: and rolls it back).
    static func merge(_ path: String, dryRun: Bool, options: StoreOptions) throws -> BundleMerge {
        let file: BundleFile
        do {
            file = try BundleFile(path: path)
        } catch {
            throw CommandFailure(error.description)
        }
        // A dry run on a store not made yet is one on an empty store: nothing is created.
        if dryRun && !FileManager.default.fileExists(atPath: options.path) {
            return try merging(file, into: try ProgressStore.makeInMemory(), dryRun: true)
        }
        return try options.withStore(.readWrite) { store in try merging(file, into: store, dryRun: dryRun) }
    }

    private static func merging(_ file: BundleFile, into store: ProgressStore, dryRun: Bool) throws -> BundleMerge {
        let path = file.path
        do {
            return try store.merge(bundle: try file.records(), dryRun: dryRun)
        } catch let error as BundleError {
            throw CommandFailure(error.description)
        } catch let mismatch as BundleMismatch {
            throw CommandFailure(
                "the records of \(path) do not fit together: \(mismatch); nothing was imported. Export the bundle "
                    + "again on the device with `oberih export --format bundle`")
        }
    }

    /// The summary line and one line per conflict.
    static func text(_ merge: BundleMerge, bundle: String, dryRun: Bool) -> String {
        let cohort = StoredText.shownSafely(merge.cohortName)
        var lines: [String] = []
        if merge.isNothingNew {
            lines.append(
                "nothing new: everything of cohort \(cohort) in \(bundle) is already in the store"
                    + " (\(StoreOutput.counted(merge.attemptsUnchanged, "attempt")) as they are)")
        } else {
            var counts = [
                StoreOutput.counted(merge.learnersAdded, "learner") + " added",
                StoreOutput.counted(merge.attemptsAdded, "attempt") + " added",
                StoreOutput.counted(merge.attemptsExtended, "attempt") + " extended",
                StoreOutput.counted(merge.eventsAdded, "event") + " added",
                StoreOutput.counted(merge.learnerCodeChanges.count + merge.attemptConflicts.count, "conflict"),
            ]
            if merge.enrolmentsAdded > 0 { counts.insert(StoreOutput.counted(merge.enrolmentsAdded, "learner") + " enrolled", at: 1) }
            if merge.packFilesAdded > 0 { counts.append(StoreOutput.counted(merge.packFilesAdded, "pack file") + " kept") }
            let created = merge.cohortCreated ? " (cohort created)" : ""
            lines.append(
                (dryRun ? "would import" : "imported") + " cohort \(cohort)\(created) from \(bundle): "
                    + counts.joined(separator: ", "))
        }
        for change in merge.learnerCodeChanges {
            lines.append(
                "conflict: learner \(change.bundleCode) of the bundle is \(change.storeCode) here (another learner has "
                    + "\(change.bundleCode) in this store); give them the code \(change.storeCode)"
                    + (change.isNew ? "" : " (imported before)"))
        }
        for conflict in merge.attemptConflicts {
            let owner = conflict.learnerCode.map { "learner \($0)" } ?? "the group"
            lines.append(
                "conflict: attempt \(conflict.registration) (\(owner), \(conflict.packId) \(conflict.lessonId)) went "
                    + "another way in this store; both are kept, the bundle's as \(conflict.keptAs)"
                    + (conflict.isNew ? "" : " (imported before)"))
        }
        if merge.attemptsWithoutPackFile > 0 {
            lines.append(
                "note: \(StoreOutput.counted(merge.attemptsWithoutPackFile, "attempt")) were played on a pack version "
                    + "kept neither in the bundle nor here; `oberih doctor --update --pack FILE` keeps it")
        }
        if dryRun { lines.append("dry run: nothing was written") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `import --json`: `{formatVersion, cohort, dryRun, nothingNew, imported, conflicts}`.
struct ImportJSON: Encodable {
    struct Imported: Encodable {
        var cohortCreated: Bool
        var packFiles: Int
        var learners: Int
        var enrolments: Int
        var attemptsAdded: Int
        var attemptsExtended: Int
        var events: Int
        var attemptsUnchanged: Int
        var attemptsWithoutPackFile: Int
    }

    /// `kind` "learnerCode" (bundleCode, storeCode) or "attempt" (registration, keptAs,
    /// learner or null, pack, lesson); `new`: made by this import (false: by an earlier one).
    struct Conflict: Encodable {
        var kind: String
        var bundleCode: String?
        var storeCode: String?
        var registration: String?
        var keptAs: String?
        var learner: String?
        var pack: String?
        var lesson: String?
        var new: Bool

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(new, forKey: .new)
            if kind == "learnerCode" {
                try container.encode(bundleCode, forKey: .bundleCode)
                try container.encode(storeCode, forKey: .storeCode)
            } else {
                try container.encode(registration, forKey: .registration)
                try container.encode(keptAs, forKey: .keptAs)
                try container.encode(learner, forKey: .learner)
                try container.encode(pack, forKey: .pack)
                try container.encode(lesson, forKey: .lesson)
            }
        }

        enum CodingKeys: String, CodingKey {
            case kind, bundleCode, storeCode, registration, keptAs, learner, pack, lesson, new
        }
    }

    var formatVersion = 1
    var cohort: String
    var dryRun: Bool
    var nothingNew: Bool
    var imported: Imported
    var conflicts: [Conflict]

    init(_ merge: BundleMerge, dryRun: Bool) {
        cohort = merge.cohortName
        self.dryRun = dryRun
        nothingNew = merge.isNothingNew
        imported = Imported(
            cohortCreated: merge.cohortCreated, packFiles: merge.packFilesAdded, learners: merge.learnersAdded,
            enrolments: merge.enrolmentsAdded, attemptsAdded: merge.attemptsAdded, attemptsExtended: merge.attemptsExtended,
            events: merge.eventsAdded, attemptsUnchanged: merge.attemptsUnchanged,
            attemptsWithoutPackFile: merge.attemptsWithoutPackFile)
        conflicts =
            merge.learnerCodeChanges.map {
                Conflict(kind: "learnerCode", bundleCode: $0.bundleCode, storeCode: $0.storeCode, new: $0.isNew)
            }
            + merge.attemptConflicts.map {
                Conflict(
                    kind: "attempt", registration: $0.registration, keptAs: $0.keptAs, learner: $0.learnerCode,
                    pack: $0.packId, lesson: $0.lessonId, new: $0.isNew)
            }
    }
}
