/// Language tags as packs write them: `kk`, `pt-BR` (a PO's `pt_BR` is read as `pt-BR`).
public enum LanguageTag {
    public static func normalized(_ tag: String) -> String? {
        let tag = String(tag.map { $0 == "_" ? "-" : $0 })
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
