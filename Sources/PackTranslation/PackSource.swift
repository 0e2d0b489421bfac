import LessonPack
import PackXML

/// A pack file's bytes, its parsed tree and its translation units.
public struct PackSource: Sendable {
    public var file: String
    public var bytes: [UInt8]
    public var root: ParsedElement
    public var texts: PackTexts

    /// The pack's id, source language and declared languages, as the file has them.
    public var packID: String { root.attribute("id")?.value ?? "" }
    public var sourceLanguage: String { root.attribute("default-lang")?.value ?? languages.first ?? "" }
    public var languages: [String] {
        (root.attribute("langs")?.value ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Every language some text is given in, declared ones first.
    public var languagesGiven: [String] {
        var seen = Set(languages)
        var result = languages
        for unit in texts.units {
            for piece in unit.pieces where !piece.language.isEmpty && seen.insert(piece.language).inserted {
                result.append(piece.language)
            }
        }
        return result
    }

    /// Parses `bytes` (no schema: `PackValidator` checks the pack; this reads its texts).
    public init(bytes: [UInt8], file: String) throws(TranslationError) {
        let loaded = HardenedXMLLoader.load(bytes: bytes, schema: nil)
        guard let root = loaded.root, root.name == "pack", root.namespace == PackTexts.namespace else {
            let problem = loaded.problems.first
            throw TranslationError.notAPack(
                file: file, line: problem?.position?.line ?? 1, reason: problem?.message ?? "the root is not <pack>")
        }
        self.file = file
        self.bytes = bytes
        self.root = root
        self.texts = PackTexts(root: root, bytes: bytes)
    }
}
