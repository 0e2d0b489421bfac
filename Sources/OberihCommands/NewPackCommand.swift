import ArgumentParser
import Foundation
import LessonPack

/// `oberih new pack ID`: a commented starter pack that validates as written, with a
/// `template-placeholder` warning wherever the author has something to write.
struct NewPackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Write a commented starter pack that validates, to fill in.",
        discussion: """
            The pack has one lesson with every kind of step, a pre-test and a post-test \
            written as parallel forms, a survey before and after, and a support contact. \
            Every text to write says TODO:, in each language; `oberih validate FILE` \
            lists each place still to fill in (code template-placeholder), and `oberih \
            play` refuses the pack until none is left, so no learner sees a placeholder \
            or a made-up contact. docs/authoring.md is the guide.

            Exit status: 0 written, 2 usage error, a file already there (without \
            --force) or one that cannot be written.
            """
    )

    @Argument(help: "The pack's id: lower-case letters, digits, - and _, such as my-first-pack.")
    var id: String

    @Option(help: ArgumentHelp("The learners' ages, LOW-HIGH (10 to 18) or one age.", valueName: "ages"))
    var age: String

    @Option(
        help: ArgumentHelp("The pack's languages, comma-separated, the default first.", valueName: "tags"),
        completion: Completions.languages)
    var lang: String = "en"

    @Option(help: ArgumentHelp("Where to write it (default: ./ID.xml).", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func validate() throws {
        _ = try Self.packId(id)
        _ = try Self.ages(age)
        _ = try Self.languages(lang)
    }

    func run() throws {
        let template = PackTemplate(
            id: try Self.packId(id), ages: try Self.ages(age), languages: try Self.languages(lang), today: Date(),
            documents: InstalledDocs.folder)
        let path = output ?? "\(id).xml"
        if !force, FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("\(path) already exists; give --force to replace it, or --output FILE to write elsewhere")
        }
        let xml = template.xml()
        try OutputFile.writing(to: path, access: .shared) { sink in sink.append(xml) }
        let places = PackValidator().validate(bytes: Array(xml.utf8), file: path).diagnostics.count
        StoreOutput.message(
            "wrote \(path): a starter pack '\(template.id)' for ages \(template.ages.minimum)-\(template.ages.maximum) "
                + "in \(template.languages.joined(separator: ", ")). Write your text wherever it says TODO: "
                + "(\(places) places); `oberih validate \(shellWord(path))` lists those left, and "
                + "\(InstalledDocs.folder)/authoring.md is the guide")
    }

    /// The format's id pattern, `[a-z0-9][a-z0-9_-]*`, at most 64 characters.
    static func packId(_ text: String) throws -> String {
        let allowed = text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        guard let first = text.unicodeScalars.first, allowed, first != "-", first != "_", text.count <= 64 else {
            throw ValidationError(
                "'\(text)' is not a pack id: use lower-case letters, digits, - and _ (starting with a letter or "
                    + "digit, at most 64), such as \(suggestedId(text))")
        }
        return text
    }

    private static func suggestedId(_ text: String) -> String {
        let folded = text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        let trimmed = String(folded).split(separator: "-").joined(separator: "-").prefix(64)
        return trimmed.isEmpty ? "my-first-pack" : String(trimmed)
    }

    /// "13-16" or "14", inside the ages Oberih serves, lower first.
    static func ages(_ text: String) throws -> AgeRange {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil else {
            throw ValidationError("--age takes two ages joined by a dash, such as 13-16, or one age; not '\(text)'")
        }
        guard low <= high else {
            throw ValidationError("--age \(text): give the lower age first, such as \(high)-\(low)")
        }
        let ages = AgeRange(minimum: low, maximum: high)
        guard SupportedAges.range.contains(ages) else {
            throw ValidationError("--age " + SupportedAges.outOfRange(text))
        }
        return ages
    }

    /// Language tags, comma-separated, in BCP 47's conventional case, each once.
    static func languages(_ text: String) throws -> [String] {
        let tags = try text.split(separator: ",").map {
            do {
                return try LearnerAddCommand.language($0.trimmingCharacters(in: .whitespaces))
            } catch {
                throw ValidationError("--lang takes language tags joined by commas, such as en,uk; '\($0)' is not one")
            }
        }
        guard !tags.isEmpty else { throw ValidationError("--lang takes at least one language tag, such as en") }
        if let twice = tags.first(where: { tag in tags.filter { $0 == tag }.count > 1 }) {
            throw ValidationError("--lang names '\(twice)' twice; give each language once")
        }
        guard tags.count <= 50 else { throw ValidationError("--lang: at most 50 languages") }
        return tags
    }
}
