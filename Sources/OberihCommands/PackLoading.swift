import ArgumentParser
import Foundation
import LessonPack
import ProgressStore

/// A pack for playing: valid, with the SHA-256 of its file (stored with each attempt).
struct LoadedPack {
    var pack: Pack
    var sha256: String
}

/// Finds the packs that `play` and `facilitate` offer: by id in ./Curriculum, or by path.
enum PackLoading {
    static let curriculumFolder = "Curriculum"

    /// A pack id of ./Curriculum, or a file; refused with a pointer to its diagnostics if
    /// it has errors.
    static func load(_ name: String) throws -> LoadedPack {
        if FileManager.default.fileExists(atPath: name) {
            return try loaded(PackValidator().validate(fileAtPath: name))
        }
        // Packs are usually named after their id: try that file before validating them all.
        let likely = "\(curriculumFolder)/\(name).xml"
        if !name.contains("/"), FileManager.default.fileExists(atPath: likely) {
            let validation = PackValidator().validate(fileAtPath: likely)
            if validation.pack?.id == name { return try loaded(validation) }
        }
        guard let match = curriculum().first(where: { $0.pack?.id == name }) else {
            throw CommandFailure("no pack '\(name)' in ./\(curriculumFolder) and no such file; `oberih` lists the packs")
        }
        return try loaded(match)
    }

    /// Every pack of ./Curriculum without errors, in file order.
    static func playable() -> [LoadedPack] {
        curriculum().compactMap { try? loaded($0) }
    }

    private static func curriculum() -> [PackValidation] {
        PackValidator().validate(filesAtPaths: PackFiles.expand([curriculumFolder]).files)
    }

    private static func loaded(_ validation: PackValidation) throws -> LoadedPack {
        guard let pack = validation.pack, !validation.hasErrors else {
            throw CommandFailure("\(validation.file) has errors; `oberih validate \(validation.file)` shows them")
        }
        let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: validation.file))) ?? Data())
        return LoadedPack(pack: pack, sha256: SHA256.hex(of: bytes))
    }
}
