import PackXML

/// Reads IMS QTI 2.1 `assessmentItem` files into the pack's questions
/// (docs/import-qti.md has the mapping). Parsing goes through `HardenedXMLLoader`: no
/// DTD, no entities, no network, capped sizes.
public enum QTIItemReader {
    /// The QTI 2.1 namespace.
    public static let namespace = "http://www.imsglobal.org/xsd/imsqti_v2p1"

    /// Reads one item file; `displayName` is the name used in notes and failures.
    /// Interactions tried as the item's question, at most (a real item has a few).
    public static let maximumTries = 64

    public static func read(fileAtPath path: String, displayName: String? = nil) throws(ItemReadFailure) -> ItemImport {
        let file = displayName ?? path
        return try read(HardenedXMLLoader.load(fileAtPath: path, schema: nil), file: file)
    }

    /// Reads one item held in memory.
    public static func read(bytes: [UInt8], file: String) throws(ItemReadFailure) -> ItemImport {
        try read(HardenedXMLLoader.load(bytes: bytes, schema: nil), file: file)
    }

    private static func read(_ loaded: LoadedXMLDocument, file: String) throws(ItemReadFailure) -> ItemImport {
        guard let root = loaded.root, loaded.problems.isEmpty else {
            throw failure(for: loaded.problems, file: file)
        }
        try requireItem(root, file: file)
        var builder = ItemBuilder(item: root, file: file)
        return builder.build()
    }

    private static func failure(for problems: [XMLProblem], file: String) -> ItemReadFailure {
        guard let first = problems.first else {
            return ItemReadFailure(file: file, line: nil, message: "the file holds no XML element", suggestion: "give a QTI 2.1 item file")
        }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more problem\(problems.count == 2 ? "" : "s"))" : ""
        var message = first.message
        let suggestion: String
        switch first.kind {
        case .unreadable where message.hasPrefix("this is a folder"):
            suggestion = "give the item files in it, such as \(file)/*.xml"
        case .unreadable:
            // The loader's message may carry its own advice ("no such file; check the path").
            let parts = message.split(separator: "; ", maxSplits: 1)
            message = String(parts[0])
            suggestion = parts.count == 2 ? String(parts[1]) : "check the path and that you may read the file"
        case .doctype:
            suggestion = "remove the DOCTYPE (QTI 2.1 items need none; import-qti never reads DTDs or entities)"
        case .encoding: suggestion = "save the file as UTF-8"
        case .tooLarge: suggestion = "a QTI item is a few kilobytes; check that this is one"
        case .empty: suggestion = "give a QTI 2.1 assessmentItem file"
        default: suggestion = first.suggestion ?? "fix the XML at this place, or check that this is a QTI 2.1 item file"
        }
        while message.hasSuffix(".") { message.removeLast() }
        return ItemReadFailure(file: file, line: first.position?.line, message: message + more, suggestion: suggestion)
    }

    /// Refuses, with a clear message, what is not a QTI 2.1 item.
    private static func requireItem(_ root: ParsedElement, file: String) throws(ItemReadFailure) {
        let line = root.position.line
        if root.name == "assessmentItem", root.namespace == namespace { return }
        let namespace = root.namespace ?? ""
        func refuse(_ message: String, _ suggestion: String) -> ItemReadFailure {
            ItemReadFailure(file: file, line: line, message: message, suggestion: suggestion)
        }
        if root.name == "questestinterop" {
            throw refuse(
                "this is an IMS QTI 1.2 file (<questestinterop>), and import-qti reads QTI 2.1 items",
                "export the items as QTI 2.1 (most tools can), or convert them first")
        }
        if root.name == "assessmentItem" {
            let version =
                namespace.hasSuffix("v2p0") ? "QTI 2.0" : namespace.hasSuffix("v2p2") ? "QTI 2.2"
                : namespace.contains("qti/v3") || namespace.contains("qtiv3") ? "QTI 3"
                : namespace.isEmpty ? "in no namespace" : "in namespace '\(namespace)'"
            throw refuse(
                "this assessmentItem is \(version), and import-qti reads QTI 2.1 (namespace \(Self.namespace))",
                "export the items as QTI 2.1")
        }
        if root.name == "assessmentTest" {
            throw refuse(
                "this is a QTI assessment test, which lists items kept in other files",
                "give the item files themselves (the files its assessmentItemRef elements name)")
        }
        if root.name == "manifest" {
            throw refuse(
                "this is a content package manifest (imsmanifest.xml)",
                "give the item files the package holds")
        }
        if root.name == "pack", namespace == "urn:oberih:pack:1" {
            throw refuse(
                "this is already an Oberih lesson pack, not a QTI item",
                "check it with `oberih validate`; import-qti reads QTI 2.1 items")
        }
        let found = root.namespace.map { "<\(root.name)> in namespace '\($0)'" } ?? "<\(root.name)> in no namespace"
        throw refuse(
            "the root element is \(found), so this is not a QTI 2.1 item",
            "give files whose root is <assessmentItem xmlns=\"\(Self.namespace)\">")
    }
}

/// Builds one item's question and notes.
struct ItemBuilder {
    let item: ParsedElement
    let file: String
    let identifier: String
    var notes: [ImportNote] = []

    init(item: ParsedElement, file: String) {
        self.item = item
        self.file = file
        identifier = item.attribute("identifier")?.value ?? ""
    }

    static let importable: Set<String> = [
        "choiceInteraction", "orderInteraction", "matchInteraction", "associateInteraction",
        "textEntryInteraction", "inlineChoiceInteraction",
    ]

    static let inlineInteractions: Set<String> = ["textEntryInteraction", "inlineChoiceInteraction", "endAttemptInteraction"]

    /// What each interaction the pack cannot hold asks of a learner.
    static let descriptions: [String: String] = [
        "drawingInteraction": "drawing on a picture",
        "hotspotInteraction": "choosing areas of a picture",
        "selectPointInteraction": "pointing at a place on a picture",
        "graphicOrderInteraction": "putting areas of a picture in order",
        "graphicAssociateInteraction": "linking areas of a picture",
        "graphicGapMatchInteraction": "dragging labels onto a picture",
        "positionObjectInteraction": "placing an object on a picture",
        "uploadInteraction": "uploading a file",
        "sliderInteraction": "choosing a number on a slider",
        "extendedTextInteraction": "writing a free text",
        "gapMatchInteraction": "dragging words into gaps in a text",
        "hottextInteraction": "choosing words in a text",
        "mediaInteraction": "playing audio or video",
        "endAttemptInteraction": "a button that ends the attempt (a hint or a check)",
        "customInteraction": "a tool-specific interaction",
        "portableCustomInteraction": "a tool-specific interaction",
    ]

    mutating func note(_ kind: ImportNote.Kind, _ message: String, line: Int?) {
        notes.append(ImportNote(file: file, line: line, itemIdentifier: identifier, kind: kind, message: message))
    }

    mutating func build() -> ItemImport {
        let line = item.position.line
        if item.attribute("adaptive")?.value.foldedWhiteSpace == "true" {
            note(
                .skippedItem,
                "an adaptive item (its feedback and score change from attempt to attempt), which the pack cannot hold; "
                    + "not imported", line: line)
            return ItemImport(question: nil, notes: notes)
        }
        if let template = item.child(named: "templateDeclaration") {
            note(
                .skippedItem,
                "a template item (templateDeclaration: its values are chosen each time it is played), which the pack "
                    + "cannot hold; not imported", line: template.position.line)
            return ItemImport(question: nil, notes: notes)
        }
        guard let body = item.child(named: "itemBody") else {
            note(.skippedItem, "the item has no itemBody; nothing to import", line: line)
            return ItemImport(question: nil, notes: notes)
        }
        let interactions = Self.interactions(in: body)
        // Looked up once, not once an interaction: an item may hold thousands.
        let declarations = Dictionary(
            item.children(named: "responseDeclaration").map { ($0.attribute("identifier")?.value ?? "", $0) },
            uniquingKeysWith: { first, _ in first })
        let processing = item.child(named: "responseProcessing")
        var question: ImportedQuestion?
        var tries = 0
        for interaction in interactions {
            let name = interaction.name
            let at = interaction.position.line
            guard Self.importable.contains(name) else {
                let what = Self.descriptions[name].map { " (\($0))" } ?? ""
                note(.skippedInteraction, "\(name)\(what): the pack has no such question", line: at)
                continue
            }
            if question != nil {
                note(.skippedInteraction, "a further \(name): a pack question holds one interaction, the first was imported", line: at)
                continue
            }
            // Each try reads the item's response processing again: a bounded number of
            // tries keeps a hostile item (thousands of interactions) linear.
            guard tries < QTIItemReader.maximumTries else {
                note(
                    .skippedInteraction,
                    "\(name): not tried, as the first \(QTIItemReader.maximumTries) importable interactions of the item could not be mapped",
                    line: at)
                continue
            }
            tries += 1
            var attempt = QuestionBuilder(
                item: item, body: body, interaction: interaction, declarations: declarations, processingElement: processing, file: file,
                identifier: identifier)
            switch attempt.build() {
            case .success(let built):
                question = built
                notes += attempt.notes
            case .failure(let reason):
                note(.skippedInteraction, "\(name): \(reason.message)", line: at)
            }
        }
        if question == nil {
            let why = interactions.isEmpty ? "it has no interaction" : "none of its interactions maps onto a pack question"
            note(.skippedItem, "nothing importable (\(why)); not imported", line: line)
        }
        return ItemImport(question: question, notes: notes)
    }

    /// The interactions of a body, in document order.
    static func interactions(in element: ParsedElement) -> [ParsedElement] {
        var result: [ParsedElement] = []
        for child in element.children {
            if child.name.hasSuffix("Interaction") {
                result.append(child)
            } else {
                result += interactions(in: child)
            }
        }
        return result
    }
}

/// Why an interaction cannot become a question.
struct Unmappable: Error {
    var message: String
}
