/// One entry of a gettext PO file (https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html).
/// Plural forms are not used: a pack's texts have none.
public struct POEntry: Sendable, Hashable {
    /// `#` lines, without the `# `.
    public var translatorComments: [String] = []
    /// `#.` lines, without the `#. `.
    public var extractedComments: [String] = []
    /// `#:` references, such as `pack.xml:12`.
    public var references: [String] = []
    /// `#,` flags, such as `fuzzy`.
    public var flags: [String] = []
    /// `#| msgctxt` and `#| msgid`: what a tool saw before the source changed.
    public var previousContext: String?
    public var previousID: String?
    public var context: String?
    public var id: String
    public var translation: String
    /// Line of the entry's msgctxt (else msgid) in the file it was read from (0 when written).
    public var line: Int = 0

    public init(context: String?, id: String, translation: String) {
        self.context = context
        self.id = id
        self.translation = translation
    }

    public var isFuzzy: Bool { flags.contains("fuzzy") }

    /// The value of an extracted comment `name: value`, if there is one.
    public func extractedValue(_ name: String) -> String? {
        let prefix = name + ": "
        return extractedComments.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }
}

/// A PO file: its header (the entry with an empty msgid) and its entries, in order.
public struct POCatalog: Sendable, Hashable {
    /// Header fields in order, such as `("Language", "kk")`.
    public var header: [(name: String, value: String)]
    public var headerComments: [String] = []
    public var entries: [POEntry]

    public init(header: [(name: String, value: String)], entries: [POEntry]) {
        self.header = header
        self.entries = entries
    }

    public func headerValue(_ name: String) -> String? {
        header.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    public static func == (lhs: POCatalog, rhs: POCatalog) -> Bool {
        lhs.header.map { "\($0.name): \($0.value)" } == rhs.header.map { "\($0.name): \($0.value)" }
            && lhs.headerComments == rhs.headerComments && lhs.entries == rhs.entries
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
    }
}
