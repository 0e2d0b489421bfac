import Foundation
import LessonPack
import PackTranslation

/// Finding and reading the pack and PO files the translate commands are given.
enum TranslatePack {
    /// PACK as a file path, else as a pack id of the curriculum search.
    static func path(of name: String, search: CurriculumOptions) throws(CommandFailure) -> String {
        if FileManager.default.fileExists(atPath: name) { return name }
        let curriculum = search.curriculum()
        // Packs are usually named after their id: read that file before checking every pack.
        for folder in curriculum.existingFolders where !name.contains("/") {
            let likely = "\(folder.path)/\(name).xml"
            if let data = FileManager.default.contents(atPath: likely),
                (try? PackSource(bytes: [UInt8](data), file: likely))?.packID == name
            {
                return likely
            }
        }
        if let entry = curriculum.entries().first(where: { !$0.isHidden && $0.validation.pack?.id == name }) {
            return entry.validation.file
        }
        throw CommandFailure(
            "no pack '\(name)' in the curriculum (\(curriculum.searchedDescription)) and no such file; give the path "
                + "of a pack file, or a pack id from `oberih pack list`")
    }

    static func source(_ name: String, search: CurriculumOptions) throws(CommandFailure) -> PackSource {
        let path = try path(of: name, search: search)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read \(path); check that it is a file you may read")
        }
        do {
            return try PackSource(bytes: [UInt8](data), file: path)
        } catch {
            throw failure(error)
        }
    }

    static func catalog(_ path: String) throws(CommandFailure) -> POCatalog {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read \(path); check the path of the PO file and that you may read it")
        }
        do {
            return try POReader.read(bytes: [UInt8](data))
        } catch {
            throw CommandFailure("\(path):\(error.line): \(error.message); \(error.suggestion)")
        }
    }

    /// The words for a `TranslationError`; exit status 2 (unusable input).
    static func failure(_ error: TranslationError) -> CommandFailure {
        switch error {
        case .notAPack(let file, let line, let reason):
            return CommandFailure(
                "\(file):\(line): not a lesson pack that can be read (\(reason)); `oberih validate \(shellWord(file))` "
                    + "says more")
        case .noLanguage(let file):
            return CommandFailure(
                "\(file): the PO file has no Language header; set the language in your PO editor (Poedit: "
                    + "Translation > Properties) or add \"Language: kk\\n\" to its header")
        case .invalidLanguage(let tag):
            return CommandFailure(
                "'\(tag)' is not a language tag a pack can use; write it as a BCP 47 tag such as kk, uk or pt-BR")
        case .isSourceLanguage(let tag):
            return CommandFailure(
                "'\(tag)' is the pack's source language (default-lang); translate into another language, such as kk")
        case .otherSourceLanguage(let file, let po, let pack):
            return CommandFailure(
                "\(file) translates from '\(po)', but the pack's source language is '\(pack)'; export the pack again "
                    + "(`oberih translate export`) and translate that file")
        case .otherPack(let file, let po, let pack):
            return CommandFailure(
                "\(file) was exported from the pack '\(po)', not '\(pack)'; give the pack it was exported from")
        case .repeatedContext(let context, let lines):
            return CommandFailure(
                "two texts have the same place '\(context)' (lines \(lines.map(String.init).joined(separator: ", "))), "
                    + "so a translation could not find its text again; give them distinct ids (`oberih validate` names "
                    + "repeated ids)", exitCode: 1)
        }
    }
}
