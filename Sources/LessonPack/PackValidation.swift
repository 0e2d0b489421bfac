/// What validating one pack file found.
public struct PackValidation: Sendable {
    public init(file: String, pack: Pack?, diagnostics: [Diagnostic]) {
        self.file = file
        self.pack = pack
        self.diagnostics = diagnostics
    }

    public var file: String
    /// The decoded pack, when the file parsed as XML with a `<pack>` root. It may still
    /// have errors; use it only when `hasErrors` is false.
    public var pack: Pack?
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var hasWarnings: Bool { diagnostics.contains { $0.severity == .warning } }

    /// Whether the file could not be read at all (as opposed to being an invalid pack).
    public var isUnreadable: Bool {
        diagnostics.contains { $0.code == .fileUnreadable }
    }
}
