/// Why a pack or a PO file cannot be used for a translation.
public enum TranslationError: Error, Sendable, Equatable {
    case notAPack(file: String, line: Int, reason: String)
    case noLanguage(file: String)
    case invalidLanguage(String)
    case isSourceLanguage(String)
    case otherSourceLanguage(file: String, po: String, pack: String)
    case otherPack(file: String, po: String, pack: String)
    case repeatedContext(context: String, lines: [Int])
}
