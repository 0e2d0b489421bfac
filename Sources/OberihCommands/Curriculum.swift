import Foundation
import LessonPack
import ProgressStore
import Sessions

/// The packs found by the curriculum search (`CurriculumLocation`), by id: the first
/// folder that has an id wins; a pack file given by path is read as it is. Each folder
/// is checked once, when first needed.
final class Curriculum {
    /// A pack file of a searched folder, as checked.
    struct Entry {
        var validation: PackValidation
        var bytes: [UInt8]?
        var folder: CurriculumFolder
        /// A folder earlier in the search has a pack with the same id.
        var isHidden: Bool
    }

    let folders: [CurriculumFolder]
    private var checked: [String: [Entry]] = [:]

    init(folders: [CurriculumFolder]) {
        self.folders = folders
    }

    /// The folders of the search that exist, in order.
    var existingFolders: [CurriculumFolder] {
        folders.filter { folder in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    /// The folders searched, for a message: `./Curriculum, ~/.local/share/oberih/packs`.
    var searchedDescription: String {
        let shown = existingFolders.map(\.shown)
        return shown.isEmpty ? "no curriculum folder found" : shown.joined(separator: ", ")
    }

    /// Every folder searched and the ways to add one, for a message saying nothing was found.
    var searchedEverywhere: String {
        "searched \(folders.map(\.shown).joined(separator: ", ")); give --curriculum DIR, set OBERIH_CURRICULUM, "
            + "install a pack with `oberih pack install FILE`, or install Oberih with its curriculum (scripts/install.sh)"
    }

    /// Every pack file of every existing folder, in search order.
    func entries() -> [Entry] {
        var seenIds = Set<String>()
        return existingFolders.flatMap { folder in
            entries(in: folder).map { entry in
                var entry = entry
                if let id = entry.validation.pack?.id { entry.isHidden = !seenIds.insert(id).inserted }
                return entry
            }
        }
    }

    /// Every pack of the search without errors or template placeholders, the first of
    /// each id, in search order.
    func playable() -> [LoadedPack] {
        entries().filter { !$0.isHidden }.compactMap { try? Self.loaded($0.validation, bytes: $0.bytes) }
    }

    /// Every pack file of the search that decodes, hidden or with errors too: a file an
    /// old attempt was played on is found by its SHA-256 (`PackVersions`).
    func filesAtHand() -> [(path: String, file: PackFile)] {
        entries().compactMap { entry in
            guard let pack = entry.validation.pack, let bytes = entry.bytes else { return nil }
            return (entry.validation.file, PackFile(packId: pack.id, packVersion: pack.version, bytes: bytes))
        }
    }

    /// A pack file, or a pack id of the search; refused with a pointer to its diagnostics
    /// if it has errors.
    func load(_ name: String) throws -> LoadedPack {
        if FileManager.default.fileExists(atPath: name) {
            let (validation, bytes) = PackValidator().validateKeepingBytes(fileAtPath: name)
            return try Self.loaded(validation, bytes: bytes)
        }
        for folder in existingFolders {
            // Packs are usually named after their id: try that file before checking them all.
            let likely = "\(folder.path)/\(name).xml"
            if !name.contains("/"), checked[folder.path] == nil, FileManager.default.fileExists(atPath: likely) {
                let (validation, bytes) = PackValidator().validateKeepingBytes(fileAtPath: likely)
                if validation.pack?.id == name { return try Self.loaded(validation, bytes: bytes) }
            }
            if let match = entries(in: folder).first(where: { $0.validation.pack?.id == name }) {
                return try Self.loaded(match.validation, bytes: match.bytes)
            }
        }
        throw CommandFailure(
            existingFolders.isEmpty
                ? "no pack '\(name)' and no such file: no lesson packs were found (\(searchedEverywhere))"
                : "no pack '\(name)' in the curriculum (\(searchedDescription)) and no such file"
                    + nextStep(forPack: name))
    }

    /// "; did you mean 'being-kind-online'? (`oberih pack list` …)" when a pack of the
    /// search has a close id, else only where to look.
    private func nextStep(forPack name: String) -> String {
        let listing = "`oberih pack list` lists the packs, and --curriculum DIR adds a folder"
        guard let guess = NameGuess.closest(to: name, among: entries().compactMap(\.validation.pack?.id)) else {
            return "; " + listing
        }
        return "; did you mean '\(guess)'? (\(listing))"
    }

    /// Keeps in `store` the files of played versions it does not keep yet, found in this
    /// search (a store from before files were kept), so they are kept before the files
    /// change; the folders are read only when a version is not kept.
    func keepPlayedVersions(in store: ProgressStore) throws {
        _ = try PackVersions(store: store, findingAtHand: { self.filesAtHand().map(\.file) }).keepMissing()
    }

    /// A pack file given for old attempts (`--pack`), read as it is: it may be a version
    /// with problems today's rules find; what counts is its SHA-256.
    static func oldFile(at path: String) throws -> PackFile {
        let (validation, bytes) = PackValidator().validateKeepingBytes(fileAtPath: path)
        guard let pack = validation.pack, let bytes else {
            throw CommandFailure("\(path) is not a lesson pack that can be read; `oberih validate \(shellWord(path))` says why")
        }
        return PackFile(packId: pack.id, packVersion: pack.version, bytes: bytes)
    }

    private func entries(in folder: CurriculumFolder) -> [Entry] {
        if let known = checked[folder.path] { return known }
        let found = PackFiles.expand([folder.path]).files.map { file in
            let (validation, bytes) = PackValidator().validateKeepingBytes(fileAtPath: file)
            return Entry(validation: validation, bytes: bytes, folder: folder, isHidden: false)
        }
        checked[folder.path] = found
        return found
    }

    private static func loaded(_ validation: PackValidation, bytes: [UInt8]?) throws -> LoadedPack {
        guard let pack = validation.pack, let bytes, !validation.hasErrors else {
            throw CommandFailure("\(validation.file) has errors; `oberih validate \(shellWord(validation.file))` shows them")
        }
        // A learner must never see a placeholder, least of all a made-up support contact.
        guard !validation.hasTemplatePlaceholders else {
            throw CommandFailure(
                "\(validation.file) still has text to write where the template says TODO:, so it is not shown to "
                    + "learners; `oberih validate \(shellWord(validation.file))` lists each place [template-placeholder]")
        }
        return LoadedPack(
            pack: pack, path: validation.file, file: PackFile(packId: pack.id, packVersion: pack.version, bytes: bytes))
    }
}
