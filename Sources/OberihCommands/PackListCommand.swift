import ArgumentParser
import Foundation
import ProgressStore

/// `oberih pack list`: each pack found, where it comes from, and each version the store
/// has attempts of, kept or not.
struct PackListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the packs found, where each comes from, and the pack versions the store has seen.",
        discussion: """
            The packs of the curriculum search, folder by folder (a pack hidden by the same \
            id in an earlier folder is marked), then every pack version the store's \
            attempts were played on: its SHA-256, attempts, when last played, and whether \
            its file is kept in the store (`oberih doctor --update` keeps those found). \
            The store is only read, and not created. With --json: {formatVersion, folders: \
            [{path, origin}], packs: [{id, version, file, folder, hidden, errors}], store: \
            {path, versions: [{id, version, sha256, attempts, lastPlayed, kept}]} or null}.
            """
    )

    @OptionGroup var search: CurriculumOptions

    @OptionGroup var options: StoreOptions

    struct Listing: Encodable {
        struct Found: Encodable {
            var id: String?
            var version: String?
            var file: String
            var folder: String
            var hidden: Bool
            var errors: Int
        }

        struct Played: Encodable {
            var id: String
            var version: String
            var sha256: String
            var attempts: Int
            var lastPlayed: Date
            var kept: Bool
        }

        struct Store: Encodable {
            var path: String
            var versions: [Played]
        }

        var formatVersion = 1
        var folders: [CurriculumFolder]
        var packs: [Found]
        var store: Store?
    }

    func run() throws {
        let curriculum = search.curriculum()
        let packs = curriculum.entries().map { entry in
            Listing.Found(
                id: entry.validation.pack?.id, version: entry.validation.pack?.version, file: entry.validation.file,
                folder: entry.folder.path, hidden: entry.isHidden,
                errors: entry.validation.diagnostics.filter { $0.severity == .error }.count)
        }
        var store: Listing.Store?
        if FileManager.default.fileExists(atPath: options.path) {
            store = try options.withStore(.inspection) { opened in
                Listing.Store(
                    path: options.path,
                    versions: try opened.playedPackVersions().map { played in
                        Listing.Played(
                            id: played.pack.id, version: played.pack.version, sha256: played.pack.sha256,
                            attempts: played.attempts, lastPlayed: played.lastStartedAt, kept: played.isKept)
                    })
            }
        }
        let listing = Listing(
            folders: curriculum.existingFolders,
            packs: packs, store: store)
        if options.json {
            try StoreOutput.printJSON(listing)
        } else {
            try StoreOutput.print(Self.text(listing, searched: curriculum.folders.map(\.shown)))
        }
    }

    static func text(_ listing: Listing, searched: [String]) -> String {
        var text = ""
        if listing.packs.isEmpty {
            text += "No lesson packs found (searched \(searched.joined(separator: ", "))).\n"
        } else {
            let rows = listing.packs.map { found in
                [
                    found.id ?? "-", found.version ?? "-",
                    found.hidden ? "hidden" : (found.errors > 0 ? StoreOutput.counted(found.errors, "error") : "found"),
                    CurriculumFolder.abbreviated(found.file),
                ]
            }
            text += "Folders searched, in order:\n"
            text += listing.folders.map { "  \($0.shown)  (\($0.origin.described))\n" }.joined()
            text += "\nPacks found:\n"
            text += StoreOutput.table(header: ["PACK", "VERSION", "STATUS", "FILE"], rows: rows)
            if listing.packs.contains(where: \.hidden) {
                text += "(hidden: a folder searched earlier has a pack with the same id)\n"
            }
        }
        guard let store = listing.store else {
            return text + "\nNo progress store yet, so no pack has been played.\n"
        }
        text += "\nPack versions played, in the store \(store.path):\n"
        guard !store.versions.isEmpty else { return text + "  none yet\n" }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        text += StoreOutput.table(
            header: ["PACK", "VERSION", "SHA-256", "ATTEMPTS", "LAST PLAYED", "KEPT"],
            rows: store.versions.map { played in
                [
                    played.id, played.version, String(played.sha256.prefix(12)), "\(played.attempts)",
                    day.string(from: played.lastPlayed), played.kept ? "yes" : "no",
                ]
            })
        if store.versions.contains(where: { !$0.kept }) {
            text += "(not kept: `oberih doctor` says what to do)\n"
        }
        return text
    }
}
