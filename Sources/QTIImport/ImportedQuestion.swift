/// A question read from one QTI item, in the pack's terms: one of the pack's scored kinds,
/// its plain-text prompt, its answer key and its feedback. Texts are plain (no markup),
/// with a blank line between paragraphs.
public struct ImportedQuestion: Sendable, Equatable {
    /// Put before a text that showed a picture, an object, a formula or media: a
    /// placeholder (`PackWriter.placeholder`), so the pack is not played until the author
    /// has put into words what the [brackets] stood for.
    public static let putIntoWordsNote = "\(PackWriter.placeholder) say in words what the [brackets] stood for, then remove this note. "

    /// The pack's question kinds that QTI interactions map onto (their element names).
    public enum Kind: String, Sendable, Equatable {
        case singleChoice = "single-choice"
        case multipleChoice = "multiple-choice"
        case ordering
        case matching
        case shortAnswer = "short-answer"
    }

    /// When a question's own feedback is shown (`feedback/@when`).
    public enum Verdict: String, Sendable, Equatable, CaseIterable {
        case correct, partly, wrong
    }

    /// A choice option; `id` is the sanitised QTI identifier.
    public struct Option: Sendable, Equatable {
        public var id: String
        public var label: String
        public var isCorrect: Bool
        /// Shown when this option is chosen.
        public var feedback: String?
    }

    /// An ordering item; items are kept in the correct order.
    public struct Item: Sendable, Equatable {
        public var id: String
        public var text: String
    }

    /// A correct match of a left side with a right side.
    public struct Pair: Sendable, Equatable {
        public var id: String
        public var left: String
        public var right: String
    }

    /// The file the item was read from, as given.
    public var sourceFile: String
    /// The item's `identifier`, as written in the file.
    public var itemIdentifier: String
    /// The line of the item's `assessmentItem` element, for notes about the whole item.
    public var itemLine: Int
    /// The step id in the pack: sanitised from `itemIdentifier`, made unique by the writer.
    public var id: String
    /// The item's `title`.
    public var title: String
    /// The item's `xml:lang`, if it has one.
    public var language: String?
    public var kind: Kind
    public var prompt: String
    /// What a fully right answer earns: QTI's maximum score where it can be told, else 1.
    public var points: Double
    public var shuffles: Bool
    /// Single and multiple choice.
    public var options: [Option] = []
    /// Ordering, in the correct order.
    public var items: [Item] = []
    /// Matching.
    public var pairs: [Pair] = []
    /// Short answer: the accepted answers.
    public var acceptedAnswers: [String] = []
    /// The question's own feedback by verdict.
    public var feedback: [Verdict: String] = [:]
}

/// Something an import did not carry over, one per line in the command's report.
public struct ImportNote: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// Part of an imported item was dropped or scored differently.
        case lost
        /// An interaction or feature of an item has no equivalent and was not imported.
        case skippedInteraction = "skipped"
        /// The whole item was not imported.
        case skippedItem = "item skipped"
    }

    public var file: String
    /// The line the note is about, when it concerns one element.
    public var line: Int?
    /// The item's identifier, when the item has one.
    public var itemIdentifier: String?
    public var kind: Kind
    /// What was not carried over, in one sentence without a final full stop.
    public var message: String

    public init(file: String, line: Int?, itemIdentifier: String?, kind: Kind, message: String) {
        self.file = file
        self.line = line
        self.itemIdentifier = itemIdentifier
        self.kind = kind
        self.message = message
    }

    /// `file:line: item 'id': lost: message`.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let item = itemIdentifier.map { " item '\($0)':" } ?? ""
        return "\(place):\(item) \(kind.rawValue): \(message)"
    }
}

/// What reading one QTI item gave: the question, when something could be imported, and
/// every note about what was not.
public struct ItemImport: Sendable {
    public var question: ImportedQuestion?
    public var notes: [ImportNote]

    public init(question: ImportedQuestion?, notes: [ImportNote]) {
        self.question = question
        self.notes = notes
    }

    /// Whether the item was imported with nothing lost.
    public var isComplete: Bool { question != nil && notes.isEmpty }
}

/// A file that cannot be imported at all: unreadable, not well-formed, or not a QTI 2.1 item.
public struct ItemReadFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// What is wrong, without a final full stop.
    public var message: String
    /// What to do.
    public var suggestion: String

    public var description: String {
        "\(file):\(line ?? 1): \(message); \(suggestion)"
    }
}
