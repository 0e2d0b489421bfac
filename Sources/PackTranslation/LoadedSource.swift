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

/// Why a pack or a PO file cannot be used for a translation.
public enum TranslationError: Error, Sendable, Equatable {
    case notAPack(file: String, line: Int, reason: String)
    case unreadablePO(file: String, error: POReadError)
    case noLanguage(file: String)
    case invalidLanguage(String)
    case isSourceLanguage(String)
    case otherSourceLanguage(file: String, po: String, pack: String)
    case otherPack(file: String, po: String, pack: String)
    case repeatedContext(context: String, lines: [Int])
}

/// Language tags as packs write them: `kk`, `pt-BR` (a PO's `pt_BR` is read as `pt-BR`).
public enum LanguageTag {
    public static func normalized(_ tag: String) -> String? {
        let tag = tag.replacingOccurrences(of: "_", with: "-")
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.allSatisfy({ $0.isASCII && $0.isLowercase && $0.isLetter })
        else { return nil }
        for part in parts.dropFirst() {
            guard (2...8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                return nil
            }
        }
        return tag
    }
}
