import PackXML

/// Writes imported questions as a lesson pack (docs/pack-format.md): one lesson holding
/// one question per item, in the order given, with the pack's required parts filled in
/// for the author to complete. The text is written by hand, escaped, and indented.
public struct PackWriter: Sendable {
    /// What the author still has to write starts with this: LessonPack's template marker
    /// (`TemplatePlaceholder.marker`), so `validate` lists each one and `play` refuses
    /// the pack until they are written.
    public static let placeholder = "TODO:"
    /// The title when none is given.
    public static let placeholderTitle = "\(placeholder) the pack's title (imported questions)"

    public var packId: String
    public var title: String
    public var language: String
    public var ageMinimum: Int
    public var ageMaximum: Int
    /// The item files, as named in the comment at the top.
    public var sourceFiles: [String]

    /// Ids the pack itself uses, which no question may take.
    public static let lessonId = "imported-questions"
    public static let objectiveId = "imported-objective"
    public static let contactId = "intl-116111"

    public init(packId: String, title: String, language: String, ageMinimum: Int, ageMaximum: Int, sourceFiles: [String]) {
        self.packId = packId
        self.title = title
        self.language = language
        self.ageMinimum = ageMinimum
        self.ageMaximum = ageMaximum
        self.sourceFiles = sourceFiles
    }

    /// The languages the copied support contact is written in (as in the curriculum).
    public static let contactLanguages = ["en", "uk", "ru"]

    /// Whether the copied contact has its own text in `language` (by its primary subtag);
    /// in any other language it is written in English.
    public static func hasContactText(in language: String) -> Bool {
        contactLanguages.contains(primarySubtag(language))
    }

    private static func primarySubtag(_ language: String) -> String {
        String(language.prefix { $0 != "-" }).lowercased()
    }

    /// The contact's name and purpose, copied from Curriculum/being-kind-online.xml, in
    /// `language` where the curriculum has it, else in English. A learner who presses h
    /// reads them, so a Ukrainian pack must not show them in English.
    static func contactText(in language: String) -> (name: String, purpose: String) {
        switch primarySubtag(language) {
        case "uk":
            return (
                "116\u{00A0}111: дитячі лінії допомоги в Європі",
                "У країнах ЄС номер 116\u{00A0}111 закріплено за дитячими лініями допомоги, зокрема для дітей, яким "
                    + "довелося виїхати з дому через війну. Запитай дорослого, якому довіряєш, яка служба відповідає за "
                    + "цим номером там, де ти зараз."
            )
        case "ru":
            return (
                "116\u{00A0}111: детские линии помощи в Европе",
                "В странах ЕС номер 116\u{00A0}111 закреплён за детскими линиями помощи, в том числе для детей, которым "
                    + "пришлось уехать из дома из-за войны. Спроси взрослого, которому доверяешь, какая служба отвечает по "
                    + "этому номеру там, где ты сейчас."
            )
        default:
            return (
                "116\u{00A0}111: children's helplines in Europe",
                "In EU countries, 116\u{00A0}111 is kept for children's helplines, also for children who have had to "
                    + "leave their home because of war. Ask a trusted adult which service answers it where you are."
            )
        }
    }

    /// The questions with ids unique in the pack (`choice`, `choice-2`, …), in order.
    public static func uniquelyNamed(_ questions: [ImportedQuestion]) -> [ImportedQuestion] {
        var ids = UniqueIdentifiers(reserved: [lessonId, objectiveId, contactId])
        return questions.map { question in
            var renamed = question
            renamed.id = ids.claim(question.id)
            return renamed
        }
    }

    /// The pack's text. Question ids are made unique first.
    public func write(_ questions: [ImportedQuestion]) -> String {
        var out = XMLText()
        let lang = Self.attribute(language)
        out.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        out.line(0, "<!--")
        out.line(0, "  Imported by `oberih import-qti` from IMS QTI 2.1 items (docs/import-qti.md):")
        for file in sourceFiles { out.line(0, "    \(Self.comment(file))") }
        out.line(0, "  import-qti reported on stderr what it could not carry over; check each question.")
        out.line(0, "  To do before use: the title, summary, authors and licence; the objective these")
        out.line(0, "  questions measure; the ages, risk and topic; the support contacts for your")
        out.line(0, "  learners' country (the one below is copied from the shipped curriculum: check it")
        out.line(0, "  against its source). Then check this file with `oberih validate`, strictly")
        out.line(0, "  (its strict option) before it is used with learners.")
        out.line(0, "-->")
        let minutes = max(1, questions.count)
        out.line(
            0,
            "<pack xmlns=\"urn:oberih:pack:1\" id=\(Self.attribute(packId)) version=\"0.1.0\" default-lang=\(lang) "
                + "langs=\(lang)")
        out.line(
            0,
            "      age-min=\"\(ageMinimum)\" age-max=\"\(ageMaximum)\" risk=\"content\" topic=\"other\" minutes=\"\(minutes)\">")
        text(&out, 1, "title", title)
        text(
            &out, 1, "summary",
            "\(Self.placeholder) what learners will do and learn; "
                + (questions.count == 1
                    ? "one question imported from an IMS QTI item." : "\(questions.count) questions imported from IMS QTI items."))
        out.line(1, "<authors>")
        out.line(2, "<author>\(Self.placeholder) name the authors of the items (imported from IMS QTI 2.1)</author>")
        out.line(1, "</authors>")
        out.line(1, "<licence>\(Self.placeholder) the items' licence, an SPDX id such as CC-BY-4.0</licence>")
        out.line(1, "<objectives>")
        out.line(2, "<objective id=\"\(Self.objectiveId)\">")
        out.line(3, "<t lang=\(lang)>\(Self.placeholder) the objective these questions measure</t>")
        out.line(2, "</objective>")
        out.line(1, "</objectives>")
        out.line(1, "<support>")
        out.line(2, "<!-- Copied from Curriculum/being-kind-online.xml; add your learners' country's contacts. -->")
        out.line(
            2,
            "<contact id=\"\(Self.contactId)\" country=\"international\" for=\"talk\" status=\"published\" verified=\"2026-11-20\"")
        out.line(
            2,
            "         source=\"Child Helpline International: 116 111 is reserved for child helplines across the EU (2007), https://childhelplineinternational.org/\">")
        let contact = Self.contactText(in: language)
        text(&out, 3, "name", contact.name)
        out.line(3, "<phone>116 111</phone>")
        text(&out, 3, "purpose", contact.purpose)
        out.line(2, "</contact>")
        out.line(1, "</support>")
        out.line(1, "<lesson id=\"\(Self.lessonId)\" objectives=\"\(Self.objectiveId)\" minutes=\"\(minutes)\">")
        text(&out, 2, "title", title)
        for question in Self.uniquelyNamed(questions) {
            write(question, to: &out)
        }
        out.line(1, "</lesson>")
        out.line(0, "</pack>")
        return out.text
    }

    private func write(_ question: ImportedQuestion, to out: inout XMLText) {
        let lang = Self.attribute(language)
        out.blank()
        out.line(2, "<!-- \(Self.comment(question.sourceFile)), item \(Self.comment(question.itemIdentifier)) -->")
        var attributes = "id=\(Self.attribute(question.id))"
        if question.points != 1 { attributes += " points=\"\(Self.number(question.points))\"" }
        if question.kind == .singleChoice || question.kind == .multipleChoice, question.shuffles {
            attributes += " shuffle=\"true\""
        }
        let element = question.kind.rawValue
        out.line(2, "<\(element) \(attributes)>")
        text(&out, 3, "prompt", question.prompt)
        switch question.kind {
        case .singleChoice, .multipleChoice:
            for option in question.options {
                out.line(3, "<option id=\(Self.attribute(option.id))\(option.isCorrect ? " correct=\"true\"" : "")>")
                text(&out, 4, "label", option.label)
                if let feedback = option.feedback { text(&out, 4, "feedback", feedback) }
                out.line(3, "</option>")
            }
        case .ordering:
            for item in question.items {
                text(&out, 3, "item", item.text, attributes: " id=\(Self.attribute(item.id))")
            }
        case .matching:
            for pair in question.pairs {
                out.line(3, "<pair id=\(Self.attribute(pair.id))>")
                text(&out, 4, "left", pair.left)
                text(&out, 4, "right", pair.right)
                out.line(3, "</pair>")
            }
        case .shortAnswer:
            for answer in question.acceptedAnswers {
                out.line(3, "<accept lang=\(lang)>\(Self.escaped(answer))</accept>")
            }
        }
        for verdict in ImportedQuestion.Verdict.allCases {
            if let feedback = question.feedback[verdict] {
                text(&out, 3, "feedback", feedback, attributes: " when=\"\(verdict.rawValue)\"")
            }
        }
        out.line(2, "</\(element)>")
    }

    /// A text element with one `<t>`; paragraphs after the first are indented under it.
    private func text(_ out: inout XMLText, _ depth: Int, _ name: String, _ content: String, attributes: String = "") {
        out.line(depth, "<\(name)\(attributes)>")
        let lines = Self.escaped(content).split(separator: "\n", omittingEmptySubsequences: false)
        let indent = String(repeating: "  ", count: depth + 2)
        let body = lines.enumerated().map { index, line in
            index == 0 || line.isEmpty ? String(line) : indent + line
        }.joined(separator: "\n")
        out.line(depth + 1, "<t lang=\(Self.attribute(language))>\(body)</t>")
        out.line(depth, "</\(name)>")
    }

    /// Character data with `&`, `<` and `>` escaped.
    public static func escaped(_ text: String) -> String { XMLEscaping.text(text) }

    /// An attribute value in double quotes, with quotes, white space controls and markup escaped.
    public static func attribute(_ value: String) -> String { XMLEscaping.quotedAttribute(value) }

    /// Text safe inside an XML comment: no `--`, no control characters, not ending in `-`.
    static func comment(_ text: String) -> String {
        var result = String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
        while result.contains("--") { result = result.replacingOccurrences(of: "--", with: "-\u{2010}") }
        if result.hasSuffix("-") { result += " " }
        return result
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// Lines of XML, indented two spaces a level.
struct XMLText {
    private(set) var text = ""

    mutating func line(_ depth: Int, _ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    mutating func blank() {
        text += "\n"
    }
}
