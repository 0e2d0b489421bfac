import ArgumentParser
import Foundation
import LessonPack
import QTIImport

/// `oberih import-qti ITEM.xml... --output PACK.xml`: IMS QTI 2.1 items as a pack's questions.
struct ImportQTICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-qti",
        abstract: "Turn IMS QTI 2.1 assessment items into a lesson pack's questions.",
        discussion: """
            Each ITEM is a QTI 2.1 assessmentItem file. Every item becomes one \
            question of one lesson in a new pack: choice (single or multiple), order, \
            match and associate (as matching), text entry (as short answer) and inline \
            choice, with the standard response processing templates and feedback. \
            What cannot be carried over (pictures, formulas, drawing, hotspot, upload, \
            slider, extended text, gap match, hottext, adaptive and template items, \
            custom scoring) is reported on stderr, one line each: \
            `FILE:LINE: item 'ID': lost|skipped|item skipped: what`. \
            docs/import-qti.md has the whole mapping.

            The pack is checked as `oberih validate` checks it, then written \
            atomically; an existing file is replaced only with --force. Its title, \
            objective, ages and support contacts are for the author to complete.

            Exit status: 0 every item imported with nothing lost, 1 an item was \
            skipped or lost something (the pack is still written if any item was \
            imported), 2 usage error, a file that cannot be read or is not a QTI 2.1 \
            item (nothing is written), or an output that cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("QTI 2.1 item files.", valueName: "item.xml"), completion: .file(extensions: ["xml"]))
    var items: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The pack file to write.", valueName: "pack.xml"))
    var output: String

    @Option(help: ArgumentHelp("The pack's id (default: from the output file's name).", valueName: "id"))
    var id: String?

    @Option(help: ArgumentHelp("The pack's language (default: the items' xml:lang, else en).", valueName: "lang"))
    var lang: String?

    @Option(help: ArgumentHelp("The ages the pack is for: one age or MIN-MAX.", valueName: "ages"))
    var age: String = "\(SupportedAges.range.minimum)-\(SupportedAges.range.maximum)"

    @Option(help: ArgumentHelp("The pack's and the lesson's title (default: a TODO: for you to write).", valueName: "text"))
    var title: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        guard !items.isEmpty else {
            throw ValidationError("give the QTI item files to import, e.g. `oberih import-qti item1.xml item2.xml --output pack.xml`")
        }
        if let id, !PackIdentifier.isValid(id) {
            throw ValidationError(
                "--id '\(id)' is not a pack id: lower-case letters, digits, '-' and '_', starting with a letter or digit, at most 64 characters")
        }
        if let lang, !Self.isLanguageTag(lang) {
            throw ValidationError("--lang '\(lang)' is not a language tag such as en, uk or ru")
        }
        guard Self.ages(age) != nil else {
            throw ValidationError(
                "--age takes one age or MIN-MAX within \(SupportedAges.words), such as 13 or 11-14 (not \(age))")
        }
        if let title, title.foldedForTitle.isEmpty { throw ValidationError("--title must not be empty") }
        if let title, title.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !$0.properties.isWhitespace }) {
            throw ValidationError("--title may not hold control characters")
        }
    }

    static func isLanguageTag(_ tag: String) -> Bool {
        tag.wholeMatch(of: #/[a-z]{2,3}(-[A-Za-z0-9]{2,8})*/#) != nil
    }

    static func ages(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let low = Int(parts[0]), let high = Int(parts.last!), low <= high,
            SupportedAges.range.minimum <= low, high <= SupportedAges.range.maximum
        else { return nil }
        return (low, high)
    }

    func run() throws {
        var status = stat()
        if lstat(output, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            // OutputPath's own message offers a redirect, which import-qti has not.
            throw CommandFailure(
                "\(output) is a folder; give --output the path of the pack file to write, such as "
                    + "\(shellWord((output as NSString).appendingPathComponent("pack.xml")))")
        }
        if let item = items.first(where: { Self.isSameFile($0, output) }) {
            throw CommandFailure(
                "--output \(output) is also an item to import (\(item)); replacing it would destroy the item: give "
                    + "--output another path")
        }
        if !force, FileManager.default.fileExists(atPath: output) {
            throw CommandFailure("\(output) exists; add --force to replace it, or give --output another path")
        }
        try OutputPath.requireWritable(output, option: "--output")

        var failures: [ItemReadFailure] = []
        var imports: [ItemImport] = []
        var seen: [FileIdentity: String] = [:]
        for item in items {
            if let identity = FileIdentity(path: item) {
                if let first = seen[identity] {
                    imports.append(
                        ItemImport(
                            question: nil,
                            notes: [
                                ImportNote(
                                    file: item, line: 1, itemIdentifier: nil, kind: .skippedItem,
                                    message: "the same file as \(first), given twice; imported once")
                            ]))
                    continue
                }
                seen[identity] = item
            }
            do {
                imports.append(try QTIItemReader.read(fileAtPath: item))
            } catch {
                failures.append(error)
            }
        }
        guard failures.isEmpty else {
            for failure in failures { StandardOutput.writeToStandardError("error: \(failure)\n") }
            throw CommandFailure(
                "nothing written: \(failures.count) of \(items.count) file\(items.count == 1 ? "" : "s") could not be "
                    + "imported; fix or leave out \(failures.count == 1 ? "that file" : "those files") and run again")
        }
        let notes = imports.flatMap(\.notes)
        var report = notes.map { "\($0)\n" }.joined()
        let questions = imports.compactMap(\.question)
        let skipped = imports.count - questions.count
        guard !questions.isEmpty else {
            StandardOutput.writeToStandardError(report)
            StandardOutput.writeToStandardError(
                "nothing written: none of the \(items.count) item\(items.count == 1 ? "" : "s") has a question the pack can hold\n")
            throw ExitCode(1)
        }

        let (language, languageNotes) = packLanguage(questions)
        report += languageNotes.map { "\($0)\n" }.joined()
        let undeclared = questions.filter { $0.language == nil }.count
        if let lang, undeclared > 0 {
            report +=
                "note: \(undeclared) of the items declare no language (xml:lang), so their texts are marked as "
                + "'\(language)' because --lang \(lang) says so: check that they are written in it\n"
        }
        let (ageMinimum, ageMaximum) = Self.ages(age) ?? (SupportedAges.range.minimum, SupportedAges.range.maximum)
        let writer = PackWriter(
            packId: id ?? defaultId, title: title?.foldedForTitle ?? PackWriter.placeholderTitle, language: language, ageMinimum: ageMinimum,
            ageMaximum: ageMaximum, sourceFiles: items)
        let text = writer.write(questions)

        let validation = PackValidator().validate(bytes: Array(text.utf8), file: output)
        guard !validation.hasErrors else {
            StandardOutput.writeToStandardError(report)
            for diagnostic in validation.diagnostics { StandardOutput.writeToStandardError(diagnostic.formatted + "\n") }
            throw CommandFailure(
                "nothing written: the pack made from these items would not validate (above); this is a fault in "
                    + "import-qti: please report it with the items", exitCode: 1)
        }
        // A pack is for others to read too: the mode a new file would have (0644 under umask 022).
        try OutputFile.writing(to: output, access: .shared) { sink in sink.append(text) }
        StandardOutput.writeToStandardError(report)
        if !PackWriter.hasContactText(in: language) {
            StandardOutput.writeToStandardError(
                "\(output): the support contact copied into it is in English (import-qti has it in "
                    + "\(PackWriter.contactLanguages.joined(separator: ", ")) only) but marked as '\(language)': "
                    + "translate its name and purpose, which learners read when they ask for help\n")
        }
        let warnings = validation.diagnostics.filter { $0.severity == .warning }
        for warning in warnings { StandardOutput.writeToStandardError(warning.formatted + "\n") }
        let lostCount = notes.filter { $0.kind != .skippedItem }.count + languageNotes.count
        var summary = "wrote \(output): \(questions.count) question\(questions.count == 1 ? "" : "s") from \(items.count) item\(items.count == 1 ? "" : "s")"
        if skipped > 0 { summary += ", \(skipped) item\(skipped == 1 ? "" : "s") skipped" }
        if lostCount > 0 { summary += ", \(lostCount) thing\(lostCount == 1 ? "" : "s") lost or skipped (above)" }
        if !warnings.isEmpty { summary += ", \(warnings.count) validation warning\(warnings.count == 1 ? "" : "s")" }
        summary +=
            "; write each TODO: (the title, summary, authors, licence and objective, and the texts that showed "
            + "a picture or a formula), check the ages and support contacts (see the comment at its top), then "
            + "`oberih validate --strict \(shellWord(output))`; until then `oberih play` refuses the pack\n"
        StandardOutput.writeToStandardError(summary)
        if !notes.isEmpty || !languageNotes.isEmpty { throw ExitCode(1) }
    }

    /// Whether `first` and `second` name one existing file (the same device and inode).
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        guard let a = FileIdentity(path: first), let b = FileIdentity(path: second) else { return false }
        return a == b
    }

    /// An existing file's device and inode: two paths to one file have the same.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// The pack id from the output's file name: `Quiz 1.xml` → `quiz-1`.
    private var defaultId: String {
        let name = ((output as NSString).lastPathComponent as NSString).deletingPathExtension
        return PackIdentifier.sanitised(name, fallback: "imported-questions")
    }

    /// `--lang`, else the language most items declare (else en), with a note for each
    /// item in another language.
    private func packLanguage(_ questions: [ImportedQuestion]) -> (String, [ImportNote]) {
        let declared = questions.compactMap { $0.language.map(Self.normalisedTag) }
        var counts: [String: Int] = [:]
        for tag in declared { counts[tag, default: 0] += 1 }
        let chosen =
            lang ?? counts.filter { Self.isLanguageTag($0.key) }
            .sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key ?? "en"
        let notes = questions.compactMap { question -> ImportNote? in
            // en-GB in an en pack is the same language: only another language is reported.
            guard let tag = question.language, Self.primarySubtag(tag) != Self.primarySubtag(chosen) else { return nil }
            return ImportNote(
                file: question.sourceFile, line: question.itemLine, itemIdentifier: question.itemIdentifier, kind: .lost,
                message: "the item is in '\(tag)' but the pack is in '\(chosen)', so its text is marked as '\(chosen)'; "
                    + "give --lang, or import the items of each language into a pack of their own")
        }
        return (chosen, notes)
    }

    /// `en` for `en-GB`.
    static func primarySubtag(_ tag: String) -> String {
        String(tag.prefix { $0 != "-" }).lowercased()
    }

    /// `EN-gb` → `en-gb`: the schema wants the primary subtag in lower case.
    static func normalisedTag(_ tag: String) -> String {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first else { return tag }
        return ([first.lowercased()] + parts.dropFirst().map(String.init)).joined(separator: "-")
    }
}

extension String {
    fileprivate var foldedForTitle: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
