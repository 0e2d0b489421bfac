import PackXML

/// A problem found in a pack, pointing at a place in a file and saying what to do.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    public var file: String
    /// `nil` when the problem concerns the whole file (unreadable, too large).
    public var position: SourcePosition?
    public var severity: Severity
    public var code: DiagnosticCode
    /// What is wrong, in one sentence without a final full stop.
    public var message: String
    /// What to do about it.
    public var suggestion: String
    /// The words of the tool that found it, when Oberih reworded them (libxml2's schema
    /// message, without the namespace); shown by `--format json` and `--verbose`.
    public var detail: String?

    public init(
        file: String, position: SourcePosition?, severity: Severity? = nil, code: DiagnosticCode,
        message: String, suggestion: String, detail: String? = nil
    ) {
        self.file = file
        self.position = position
        self.severity = severity ?? code.defaultSeverity
        self.code = code
        self.message = message
        self.suggestion = suggestion
        self.detail = detail
    }

    /// `file:line:col: error: message; suggestion [code]`, as compilers print them.
    public var formatted: String {
        let line = position?.line ?? 1
        let column = position?.column ?? 1
        let advice = suggestion.isEmpty ? "" : "; \(suggestion)"
        return "\(file):\(line):\(column): \(severity.rawValue): \(message)\(advice) [\(code.rawValue)]"
    }
}

extension Diagnostic: Comparable {
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let left = (lhs.file, lhs.position?.line ?? 0, lhs.position?.column ?? 0)
        let right = (rhs.file, rhs.position?.line ?? 0, rhs.position?.column ?? 0)
        if left != right { return left < right }
        return lhs.code.rawValue < rhs.code.rawValue
    }
}
