import PackXML

/// Flattens QTI's XHTML-like content to the pack's plain text: paragraphs separated by a
/// blank line, white space folded, pictures, objects and formulas replaced by a visible
/// placeholder and reported.
struct BodyText {
    /// What the flattening met that the plain text cannot hold.
    struct Dropped {
        enum What { case picture, object, formula, media, script, template, notForLearners, table }
        var what: What
        var detail: String
        var line: Int
        /// What the text shows in its place, if anything.
        var placeholder: String = ""
    }

    /// How an interaction met inside the content is written.
    enum InteractionText {
        /// Its prompt, in place (a block interaction being imported).
        case prompt
        /// A gap, `___` (an inline interaction).
        case gap
        /// Nothing.
        case omitted
    }

    static let paragraphBreak: Character = "\u{2029}"
    static let gap = "___"

    private(set) var dropped: [Dropped] = []
    private var output = ""
    private var reportedTable = false
    /// Decides how each interaction element is written.
    let interactionText: (ParsedElement) -> InteractionText

    init(interactionText: @escaping (ParsedElement) -> InteractionText) {
        self.interactionText = interactionText
    }

    /// The plain text of `element`'s content.
    static func flatten(
        _ element: ParsedElement, interactionText: @escaping (ParsedElement) -> InteractionText = { _ in .omitted }
    ) -> (text: String, dropped: [Dropped]) {
        var body = BodyText(interactionText: interactionText)
        body.append(contentOf: element)
        return (body.finished(), body.dropped)
    }

    /// Elements that start and end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "tr", "caption", "hr", "address", "rubricBlock", "prompt", "itemBody",
    ]

    mutating func append(contentOf element: ParsedElement) {
        for piece in element.content {
            switch piece {
            case .text(let text): output += text
            case .element(let child): append(child)
            }
        }
    }

    private mutating func append(_ element: ParsedElement) {
        let name = element.name
        let line = element.position.line
        if element.namespace == "http://www.w3.org/1998/Math/MathML" {
            output += "[formula]"
            dropped.append(Dropped(what: .formula, detail: "a MathML formula", line: line))
            return
        }
        if name.hasSuffix("Interaction") {
            switch interactionText(element) {
            case .prompt:
                if let prompt = element.child(named: "prompt") { appendBlock(prompt) }
            case .gap: output += Self.gap
            case .omitted: break
            }
            return
        }
        switch name {
        case "feedbackInline", "feedbackBlock", "modalFeedback":
            return  // read on their own, as feedback
        case "br":
            output += " "
        case "img":
            let alt = (element.attribute("alt")?.value ?? "").foldedWhiteSpace
            let source = element.attribute("src")?.value ?? ""
            let placeholder = alt.isEmpty ? "[picture]" : "[picture: \(alt)]"
            output += placeholder
            dropped.append(
                Dropped(
                    what: .picture, detail: "picture \(source)" + (alt.isEmpty ? " (no alt text)" : ""),
                    line: line, placeholder: placeholder))
        case "object":
            let source = element.attribute("data")?.value ?? ""
            let type = element.attribute("type")?.value ?? ""
            let isMedia = type.hasPrefix("audio/") || type.hasPrefix("video/")
            output += isMedia ? "[media]" : "[picture]"
            dropped.append(
                Dropped(
                    what: isMedia ? .media : .object,
                    detail: "object \(source)" + (type.isEmpty ? "" : " (\(type))"), line: line,
                    placeholder: isMedia ? "[media]" : "[picture]"))
        case "audio", "video":
            output += "[media]"
            dropped.append(
                Dropped(what: .media, detail: "\(name) \(element.attribute("src")?.value ?? "")", line: line, placeholder: "[media]"))
        case "script", "style":
            dropped.append(Dropped(what: .script, detail: "a <\(name)> element", line: line))
        case "rubricBlock" where !Self.isForCandidates(element):
            let view = element.attribute("view")?.value.foldedWhiteSpace ?? ""
            dropped.append(Dropped(what: .notForLearners, detail: "a rubricBlock for the \(view)", line: line))
        case "table" where !reportedTable:
            reportedTable = true
            dropped.append(Dropped(what: .table, detail: "a table", line: line))
            appendBlock(element)
        case "td", "th":
            output += " "
            append(contentOf: element)
            output += " "
        case "printedVariable", "templateInline", "templateBlock":
            dropped.append(Dropped(what: .template, detail: "template content <\(name)>", line: line))
        default:
            if Self.blockElements.contains(name) {
                appendBlock(element)
            } else {
                append(contentOf: element)
            }
        }
    }

    /// A rubric block is for the learner when its `view` names `candidate` (or is absent).
    static func isForCandidates(_ element: ParsedElement) -> Bool {
        guard let view = element.attribute("view")?.value else { return true }
        return view.split(separator: " ").contains("candidate")
    }

    private mutating func appendBlock(_ element: ParsedElement) {
        output.append(Self.paragraphBreak)
        append(contentOf: element)
        output.append(Self.paragraphBreak)
    }

    /// Paragraphs with white space folded, blank ones left out, joined by a blank line.
    private func finished() -> String {
        output.split(separator: Self.paragraphBreak)
            .map { String($0).foldedWhiteSpace }
            .filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }
}

extension String {
    /// Runs of white space as one space, without white space at either end.
    var foldedWhiteSpace: String {
        split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
    }

    /// Paragraphs folded into one line.
    var asOneLine: String {
        split(separator: "\n", omittingEmptySubsequences: true).map(String.init).joined(separator: " ").foldedWhiteSpace
    }
}
