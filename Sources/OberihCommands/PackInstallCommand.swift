import ArgumentParser
import Foundation
import LessonPack

/// `oberih pack install FILE`: checks a pack and copies it where every folder finds it.
struct PackInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Check a pack and install it for this user, so Oberih finds it from any folder.",
        discussion: """
            Validates FILE as `oberih validate` does and refuses it if it has errors \
            (warnings are shown and allowed). Then copies it, unchanged, to \
            $XDG_DATA_HOME/oberih/packs (~/.local/share/oberih/packs) as ID.xml, replacing \
            the pack with the same id installed there before (the store keeps every \
            version already played, so old results stay readable). That folder is searched \
            before the curriculum installed with Oberih, whose pack of the same id is then \
            hidden but left as it is: removing your file brings it back.

            Exit status: 0 installed (or already there), 1 the pack has errors, 2 usage \
            error, or a file that cannot be read or written.
            """
    )

    @Argument(help: "The pack file.", completion: .file(extensions: ["xml"]))
    var file: String

    @OptionGroup var search: CurriculumOptions

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else {
            throw CommandFailure("there is no file \(file); give the path of a lesson pack (.xml)")
        }
        let (validation, bytes) = PackValidator().validateKeepingBytes(fileAtPath: file)
        for diagnostic in validation.diagnostics { StoreOutput.message(diagnostic.formatted) }
        guard let pack = validation.pack, let bytes, !validation.hasErrors else {
            StoreOutput.message("not installed: \(file) has errors; fix them (`oberih validate \(shellWord(file))`), then install it")
            throw ExitCode(1)
        }
        guard !validation.hasTemplatePlaceholders else {
            StoreOutput.message(
                "not installed: \(file) still has text to write where the template says TODO: (above); write it, then install it")
            throw ExitCode(1)
        }
        let environment = ProcessInfo.processInfo.environment
        let folder = CurriculumLocation.userFolder(environment: environment)
        let curriculum = search.curriculum()
        let entries = curriculum.entries()
        func isUserFolder(_ path: String) -> Bool {
            URL(fileURLWithPath: path).standardizedFileURL == URL(fileURLWithPath: folder).standardizedFileURL
        }
        func isUserFolder(_ entry: Curriculum.Entry) -> Bool { isUserFolder(entry.folder.path) }
        // Where the user's folder stands in the search: a pack of the same id before it wins,
        // one after it (the curriculum installed with Oberih) is hidden, and stays.
        let userPlace = curriculum.folders.firstIndex { isUserFolder($0.path) } ?? curriculum.folders.count
        func place(_ entry: Curriculum.Entry) -> Int {
            curriculum.folders.firstIndex { $0.path == entry.folder.path } ?? curriculum.folders.count
        }
        let sameId = entries.filter { $0.validation.pack?.id == pack.id && !isUserFolder($0) && $0.validation.file != file }
        let earlier = sameId.first { place($0) < userPlace }
        let hidden = sameId.filter { place($0) > userPlace }
        let previous = entries.first { isUserFolder($0) && $0.validation.pack?.id == pack.id }
        let target = previous?.validation.file ?? folder + "/" + pack.id + ".xml"
        if previous == nil, FileManager.default.fileExists(atPath: target) {
            let there = entries.first { $0.validation.file == target }?.validation.pack
            throw CommandFailure(
                "there is already a file \(target)"
                    + (there.map { ", holding the pack \($0.id) \($0.version)" } ?? " that is not a pack")
                    + "; nothing was replaced. Move it away, then install again")
        }
        if let previous, previous.bytes == bytes {
            try StoreOutput.print("\(pack.id) \(pack.version) is already installed: \(target)\n")
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: target), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(target): \(error.localizedDescription); check that the folder is yours and the disk has room")
        }
        let replaced =
            previous?.validation.pack.map { old in
                VersionOrder.precedes(pack.version, old.version)
                    ? " (replacing the newer version \(old.version))"
                    : old.version == pack.version
                        ? " (replacing another file of the same version: if that one was played, give this one a new "
                            + "version, so reports keep them apart)"
                        : " (replacing version \(old.version))"
            } ?? ""
        try StoreOutput.print("installed \(pack.id) \(pack.version)\(replaced): \(target)\n")
        // A folder searched before the user's (./Curriculum, OBERIH_CURRICULUM) wins there.
        if let earlier {
            StoreOutput.message(
                "note: \(earlier.validation.file) has the same id and is found first (\(earlier.folder.origin.described)); "
                    + "from that folder, `oberih play \(pack.id)` plays that file, not this one")
        }
        for other in hidden {
            let version = other.validation.pack?.version ?? "?"
            StoreOutput.message(
                "note: this one is found before \(other.validation.file) (version \(version), "
                    + "\(other.folder.origin.described)), which stays as it is; remove \(target) to go back to it")
        }
    }
}
