import ArgumentParser
import Foundation
import LessonPack
import PackTranslation

/// `oberih translate import PACK FILE.po --output NEW.xml`.
struct TranslateImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write the translations of a PO file into a pack.",
        discussion: """
            Each translated entry becomes a <t lang> (or <accept lang>) right after the \
            text's others, indented like them; the rest of the file stays byte for byte as \
            it was. Fuzzy and empty entries are left out and counted. An entry whose source \
            text changed since the export (stale) or whose place the pack no longer has is \
            named with its line and not applied. The language is added to langs only once \
            every text has it, so a half-translated language is never offered to learners. \
            The result is validated before it is written; a valid pack that the import \
            would make invalid is not written.

            Give --output NEW.xml (replaced only with --force if it exists; --output PACK \
            itself is allowed) or --in-place. The file is written under a temporary name \
            and renamed, so it is never left half-written.

            Exit status: 0 imported, 1 entries not applied or a pack with errors, 2 usage \
            error or a file that cannot be read or written.
            """
    )

    @Argument(help: "The pack file, or a pack id of the curriculum.", completion: Completions.packIds)
    var pack: String

    @Argument(help: "The translated PO file.", completion: .file(extensions: ["po"]))
    var po: String

    @Option(help: ArgumentHelp("The pack file to write.", valueName: "file"))
    var output: String?

    @Flag(help: "Write the translations into PACK itself.")
    var inPlace = false

    @Flag(help: "Replace --output if it exists.")
    var force = false

    @OptionGroup var search: CurriculumOptions

    func validate() throws {
        if inPlace, output != nil { throw ValidationError("give --output FILE or --in-place, not both") }
        if !inPlace, output == nil {
            throw ValidationError("give --output NEW.xml for the translated pack, or --in-place to change PACK itself")
        }
    }

    func run() throws {
        let source = try TranslatePack.source(pack, search: search)
        let target = output ?? source.file
        let isInput = Self.sameFile(target, source.file)
        if Self.sameFile(target, po) {
            throw CommandFailure("--output \(target) is the PO file; give the path of the pack file to write")
        }
        if !isInput, !force, FileManager.default.fileExists(atPath: target) {
            throw CommandFailure("\(target) exists; nothing was written. Give another --output, or --force to replace it")
        }
        let catalog = try TranslatePack.catalog(po)
        let outcome: TranslationImport.Outcome
        do {
            outcome = try TranslationImport.apply(catalog, file: po, to: source)
        } catch {
            throw TranslatePack.failure(error)
        }
        for problem in outcome.problems { StoreOutput.message(Self.describe(problem, po: po, source: source)) }

        let validator = PackValidator()
        let after = validator.validate(bytes: outcome.bytes, file: target)
        let before = validator.validate(bytes: source.bytes, file: source.file)
        // Only what the import brought is shown (lines move, so diagnostics are compared by
        // code and message); a language not declared yet is said in the summary.
        var had = Dictionary(before.diagnostics.map { ("\($0.code.rawValue) \($0.message)", 1) }, uniquingKeysWith: +)
        var kept = 0
        for diagnostic in after.diagnostics where outcome.isDeclared || diagnostic.code != .undeclaredLanguage {
            let key = "\(diagnostic.code.rawValue) \(diagnostic.message)"
            if let count = had[key], count > 0 {
                had[key] = count - 1
                kept += 1
            } else {
                StoreOutput.message(diagnostic.formatted)
            }
        }
        if kept > 0 {
            StoreOutput.message(
                "\(StoreOutput.counted(kept, "problem")) the pack had before the import not repeated here "
                    + "(`oberih validate \(shellWord(target))` lists them)")
        }
        StoreOutput.message(summary(outcome, texts: source.texts.units.count))
        if after.hasErrors, !before.hasErrors {
            StoreOutput.message(
                "not written: the import would give \(source.file), a valid pack, the errors above; fix them in the PO "
                    + "file (or the pack), then import again")
            throw ExitCode(1)
        }
        if outcome.bytes == source.bytes, isInput {
            StoreOutput.message("\(target) is unchanged")
        } else {
            try OutputFile.writing(to: target, access: .shared) { try $0.write(String(decoding: outcome.bytes, as: UTF8.self)) }
            StoreOutput.message("wrote \(target)")
        }
        if !outcome.problems.isEmpty || after.hasErrors { throw ExitCode(1) }
    }

    private func summary(_ outcome: TranslationImport.Outcome, texts: Int) -> String {
        let language = outcome.language
        var parts = ["\(language): \(outcome.added) added, \(outcome.replaced) replaced, \(outcome.unchanged) unchanged"]
        if outcome.fuzzy + outcome.untranslated > 0 {
            parts.append("\(outcome.fuzzy) fuzzy and \(outcome.untranslated) untranslated left out")
        }
        if !outcome.problems.isEmpty {
            parts.append("\(StoreOutput.counted(outcome.problems.count, "entry", "entries")) not applied (above)")
        }
        if outcome.isDeclared, !outcome.wasDeclaredBefore {
            parts.append("'\(language)' added to langs")
        } else if !outcome.isDeclared {
            parts.append(
                "'\(language)' not added to langs: \(StoreOutput.counted(outcome.stillMissing, "text")) of \(texts) "
                    + "still \(outcome.stillMissing == 1 ? "has" : "have") no '\(language)' text, so learners are not "
                    + "offered it yet (until then `oberih validate` warns that it is not declared, and which texts still lack it)")
        } else if outcome.stillMissing > 0 {
            parts.append("\(StoreOutput.counted(outcome.stillMissing, "text")) still without a '\(language)' text")
        }
        return parts.joined(separator: "; ")
    }

    static func describe(_ problem: TranslationImport.Problem, po: String, source: PackSource) -> String {
        let at = "\(po):\(problem.line)"
        let language = source.sourceLanguage
        switch problem.kind {
        case .stale(let was, let now):
            let (before, after) = changedParts(was, now)
            return "\(at): stale: the '\(language)' text of '\(problem.context)' changed since the export "
                + "(was \"\(before)\", now \"\(after)\"); not applied. Keep your translations: export the pack "
                + "again to a new PO, run `msgmerge \(shellWord(po)) NEW.po -o MERGED.po` (changed texts come out "
                + "fuzzy), update those, and import MERGED.po"
        case .editedSource:
            return "\(at): the msgid of '\(problem.context)' was edited (its source-hash does not match); not "
                + "applied. Keep msgid as exported and change only msgstr"
        case .unknownContext:
            return "\(at): the pack has no text '\(problem.context)' (removed or moved since the export); not "
                + "applied. Export the pack again to see its texts"
        case .noContext:
            return "\(at): this entry has no msgctxt, so its place in the pack is unknown; not applied. Translate a "
                + "PO file made by `oberih translate export`"
        case .controlCharacter(let value):
            return "\(at): the translation of '\(problem.context)' holds the character U+"
                + String(format: "%04X", value) + ", which XML cannot hold; not applied. Remove it"
        case .unplaceable:
            return "\(at): the place of '\(problem.context)' was not found in the file; not applied. Check the "
                + "pack with `oberih validate`"
        }
    }

    /// The part of two texts that differs, with a few words around it, so that a long
    /// text changed near its end does not read the same twice: "…all the time. What is".
    static func changedParts(_ was: String, _ now: String, context: Int = 24, longest: Int = 60) -> (String, String) {
        let old = Array(was)
        let new = Array(now)
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        func excerpt(_ text: [Character]) -> String {
            let start = max(0, prefix - context)
            let end = min(text.count, max(text.count - suffix + context, start))
            var middle = String(text[start..<end])
            if middle.count > longest { middle = String(middle.prefix(longest - 1)) + "…" }
            return (start > 0 ? "…" : "") + middle + (end < text.count && !middle.hasSuffix("…") ? "…" : "")
        }
        return (excerpt(old), excerpt(new))
    }

    static func sameFile(_ one: String, _ other: String) -> Bool {
        var first = stat()
        var second = stat()
        if stat(one, &first) == 0, stat(other, &second) == 0 {
            return first.st_dev == second.st_dev && first.st_ino == second.st_ino
        }
        return URL(fileURLWithPath: one).standardizedFileURL == URL(fileURLWithPath: other).standardizedFileURL
    }
}
