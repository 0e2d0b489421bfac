import Foundation

/// How short text answers are compared (docs/scoring.md): Unicode NFKC, case folding,
/// and every run of white space folded to one space, trimmed at both ends.
public enum TextNormalisation {
    public static func normalised(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
