import PackXML

/// Maps one QTI interaction, with its response declaration, response processing and
/// feedback, onto one pack question, noting what is lost.
struct QuestionBuilder {
    let item: ParsedElement
    let body: ParsedElement
    let interaction: ParsedElement
    /// The item's response declarations by identifier.
    let declarations: [String: ParsedElement]
    /// The item's `responseProcessing`, if any.
    let processingElement: ParsedElement?
    let file: String
    let identifier: String
    var notes: [ImportNote] = []

    init(
        item: ParsedElement, body: ParsedElement, interaction: ParsedElement, declarations: [String: ParsedElement],
        processingElement: ParsedElement?, file: String, identifier: String
    ) {
        self.item = item
        self.body = body
        self.interaction = interaction
        self.declarations = declarations
        self.processingElement = processingElement
        self.file = file
        self.identifier = identifier
    }

    mutating func lost(_ message: String, line: Int?) {
        notes.append(ImportNote(file: file, line: line, itemIdentifier: identifier, kind: .lost, message: message))
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// "1 point", "2.5 points".
    static func points(_ value: Double) -> String {
        "\(format(value)) point\(value == 1 ? "" : "s")"
    }

    /// A choice of the interaction: its QTI identifier, its pack id and its text.
    struct Choice {
        var qtiIdentifier: String
        var id: String
        var text: String
        var isFixed: Bool
        var element: ParsedElement
    }

    mutating func build() -> Result<ImportedQuestion, Unmappable> {
        do {
            return .success(try buildQuestion())
        } catch let failure as Unmappable {
            return .failure(failure)
        } catch {
            return .failure(Unmappable(message: "\(error)"))
        }
    }

    private mutating func buildQuestion() throws -> ImportedQuestion {
        let name = interaction.name
        guard let responseIdentifier = interaction.attribute("responseIdentifier")?.value else {
            throw Unmappable(message: "it has no responseIdentifier")
        }
        guard let declarationElement = declarations[responseIdentifier] else {
            throw Unmappable(message: "no responseDeclaration has the identifier '\(responseIdentifier)'")
        }
        let declaration = ResponseDeclaration(declarationElement)
        let processing = ResponseProcessing(processingElement, responseIdentifier: responseIdentifier)

        let title = (item.attribute("title")?.value ?? "").foldedWhiteSpace
        var question = ImportedQuestion(
            sourceFile: file, itemIdentifier: identifier, itemLine: item.position.line,
            id: PackIdentifier.sanitised(identifier, fallback: "question"), title: title,
            language: Self.language(of: item), kind: .singleChoice, prompt: "", points: 1,
            shuffles: interaction.attribute("shuffle")?.value.foldedWhiteSpace == "true")
        let notesBeforeMapping = notes.count

        switch name {
        case "choiceInteraction", "inlineChoiceInteraction":
            try mapChoice(into: &question, declaration: declaration, processing: processing)
        case "orderInteraction":
            try mapOrder(into: &question, declaration: declaration, processing: processing)
        case "matchInteraction", "associateInteraction":
            try mapMatching(into: &question, declaration: declaration, processing: processing)
        case "textEntryInteraction":
            try mapTextEntry(into: &question, declaration: declaration, processing: processing)
        default:
            throw Unmappable(message: "the pack has no such question")
        }
        // The body is flattened only for an interaction that maps (flattening it for each
        // of thousands that do not would cost quadratic time); its notes come first.
        let mappingNotes = notes[notesBeforeMapping...]
        notes.removeSubrange(notesBeforeMapping...)
        question.prompt = promptText(title: title)
        notes += mappingNotes
        mapFeedback(into: &question, processing: processing, responseIdentifier: responseIdentifier)
        return question
    }

    static func language(of element: ParsedElement) -> String? {
        element.attributes.first {
            $0.name == "lang" && $0.namespace == "http://www.w3.org/XML/1998/namespace"
        }?.value.foldedWhiteSpace
    }

    // MARK: Text

    private mutating func promptText(title: String) -> String {
        let target = interaction.position
        let isInline = ItemBuilder.inlineInteractions.contains(interaction.name)
        let flattened = BodyText.flatten(body) { element in
            if element.position == target { return isInline ? .gap : .prompt }
            return ItemBuilder.inlineInteractions.contains(element.name) ? .gap : .omitted
        }
        let refersToPicture = Self.mentionsAPicture(flattened.text)
        report(flattened.dropped, in: "the question's text", textRefersToIt: refersToPicture)
        if !flattened.text.isEmpty { return Self.markedForWords(flattened.text, flattened.dropped) }
        lost("the item has no text of its own; its title is used as the question", line: interaction.position.line)
        return title.isEmpty ? "Question \(identifier)" : title
    }

    /// A text that showed a picture, an object, a formula or media, marked with the
    /// placeholder so that the pack is not played before the author puts it in words.
    static func markedForWords(_ text: String, _ dropped: [BodyText.Dropped]) -> String {
        let visual: Set<BodyText.Dropped.What> = [.picture, .object, .formula, .media]
        guard !text.isEmpty, dropped.contains(where: { visual.contains($0.what) }) else { return text }
        return ImportedQuestion.putIntoWordsNote + text
    }

    /// Words with which a text points at a picture ("Look at the text in the picture").
    static let pictureWords = ["picture", "image", "photo", "diagram", "graph", "map", "figure", "drawing", "shown"]

    static func mentionsAPicture(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }
        return words.contains { word in pictureWords.contains { word.hasPrefix($0) } }
    }

    private mutating func report(
        _ dropped: [BodyText.Dropped], in place: String, textRefersToIt: Bool = false, isAllOfIt: Bool = false
    ) {
        for piece in dropped {
            switch piece.what {
            case .picture, .object:
                let why =
                    isAllOfIt
                    ? "it is all the \(place) shows, so the question cannot be answered in plain text"
                    : textRefersToIt
                        ? "the question refers to it, so it will not make sense without it"
                        : "the question may not make sense without it"
                lost(
                    "\(piece.detail) dropped from \(place), which shows \"\(piece.placeholder)\" instead; the plain-text pack cannot "
                        + "show it, and \(why): describe it in words or remove the question",
                    line: piece.line)
            case .formula:
                lost(
                    "\(piece.detail) dropped from \(place), which shows \"[formula]\" instead: write it in words",
                    line: piece.line)
            case .media:
                lost("\(piece.detail) dropped from \(place), which shows \"[media]\" instead: say in words what it holds", line: piece.line)
            case .script:
                lost("\(piece.detail) dropped from \(place)", line: piece.line)
            case .template:
                lost("\(piece.detail) dropped from \(place)", line: piece.line)
            case .notForLearners:
                lost("\(piece.detail) (not for learners) dropped from \(place)", line: piece.line)
            case .table:
                lost(
                    "\(piece.detail) in \(place) is flattened to plain text, one row a paragraph: check that it still reads well",
                    line: piece.line)
            case .superscript:
                lost(
                    "\(piece.detail) in \(place) is written with ^ (\"\(piece.placeholder)\"), as plain text cannot raise it: "
                        + "check that it reads well, or write it in words", line: piece.line)
            }
        }
    }

    private mutating func choices(named elementName: String, in container: ParsedElement, what: String) -> [Choice] {
        var ids = UniqueIdentifiers()
        return container.children(named: elementName).enumerated().map { index, element in
            let qtiIdentifier = element.attribute("identifier")?.value ?? ""
            let flattened = BodyText.flatten(element)
            let onlyPlaceholders = flattened.dropped.filter { $0.what != .superscript }.reduce(flattened.text) {
                $0.replacingOccurrences(of: $1.placeholder, with: "")
            }.foldedWhiteSpace.isEmpty
            report(
                flattened.dropped, in: "\(what) '\(qtiIdentifier)'",
                isAllOfIt: onlyPlaceholders && !flattened.dropped.isEmpty)
            var text = Self.markedForWords(flattened.text.asOneLine, flattened.dropped)
            if text.isEmpty {
                text = "[\(what) \(qtiIdentifier)]"
                lost("\(what) '\(qtiIdentifier)' has no text; it reads \"\(text)\" in the pack", line: element.position.line)
            }
            return Choice(
                qtiIdentifier: qtiIdentifier,
                id: ids.claim(PackIdentifier.sanitised(qtiIdentifier, fallback: "\(what)-\(index + 1)")), text: text,
                isFixed: element.attribute("fixed")?.value.foldedWhiteSpace == "true", element: element)
        }
    }

    // MARK: Choice

    private mutating func mapChoice(
        into question: inout ImportedQuestion, declaration: ResponseDeclaration, processing: ResponseProcessing
    ) throws {
        let isInline = interaction.name == "inlineChoiceInteraction"
        let list = choices(named: isInline ? "inlineChoice" : "simpleChoice", in: interaction, what: "option")
        guard list.count >= 2 else { throw Unmappable(message: "it has fewer than two choices") }
        let maxChoices = isInline ? 1 : Int(interaction.attribute("maxChoices")?.value.foldedWhiteSpace ?? "1") ?? 1
        let isSingle = maxChoices == 1 && declaration.cardinality == "single"
        question.kind = isSingle ? .singleChoice : .multipleChoice
        let line = interaction.position.line

        var correct = Set(declaration.correct)
        let scoring = try resolvedScoring(processing, declaration: declaration)
        if correct.isEmpty, case .mapResponse = scoring, let mapping = declaration.mapping {
            if isSingle {
                let best = mapping.map(\.value).max() ?? 0
                let top = mapping.filter { $0.value == best && best > 0 }
                if top.count == 1 { correct = [top[0].key] }
            } else {
                correct = Set(mapping.filter { $0.value > 0 }.map(\.key))
            }
        }
        let known = Set(list.map(\.qtiIdentifier))
        correct = correct.intersection(known)
        if correct.isEmpty, !declaration.correct.isEmpty {
            throw Unmappable(
                message: "its correctResponse (\(declaration.correct.joined(separator: " "))) names none of its choices")
        }
        var listed: Set<String> = []
        let unknown = declaration.correct.filter { !known.contains($0) && listed.insert($0).inserted }
        if !unknown.isEmpty {
            let names = unknown.map { "'\($0)'" }.joined(separator: ", ")
            let kept = list.filter { correct.contains($0.qtiIdentifier) }.map { "'\($0.qtiIdentifier)'" }
            var neverRight = ""
            if case .matchCorrect = scoring { neverRight = " (so in QTI no answer could be right)" }
            lost(
                "its correctResponse also names \(names), which \(unknown.count == 1 ? "is" : "are") not one of its "
                    + "choices\(neverRight); the pack's key is \(kept.joined(separator: ", ")) alone: check the answer key",
                line: declaration.line)
        }
        if correct.isEmpty {
            throw Unmappable(
                message: "no choice is marked correct (no correctResponse"
                    + (declaration.mapping == nil ? "" : " and no positive mapping") + "), so there is nothing to score")
        }
        if isSingle, correct.count != 1 {
            throw Unmappable(message: "more than one choice is correct for a single answer")
        }
        question.options = list.map {
            ImportedQuestion.Option(id: $0.id, label: $0.text, isCorrect: correct.contains($0.qtiIdentifier))
        }
        if question.shuffles, let fixed = list.first(where: \.isFixed) {
            lost(
                "option '\(fixed.qtiIdentifier)' was fixed in place while the others were shuffled; the pack shuffles "
                    + "all options or none, so it is shuffled too (check that it still reads well, e.g. \"None of the above\")",
                line: fixed.element.position.line)
        }
        if !isSingle, maxChoices >= 1, maxChoices < list.count {
            lost(
                "QTI allowed at most \(maxChoices) choice\(maxChoices == 1 ? "" : "s"); the pack lets the learner choose "
                    + "any number", line: line)
        }
        if !isSingle, let minimum = Int(interaction.attribute("minChoices")?.value.foldedWhiteSpace ?? ""), minimum > 1 {
            lost("QTI asked for at least \(minimum) choices; the pack accepts one or more", line: line)
        }

        switch scoring {
        case .matchCorrect(let points):
            question.points = points
            if !isSingle {
                lost(
                    "QTI scored it all or nothing (match_correct); the pack gives part of the points when some right "
                        + "options are chosen: (right chosen − wrong chosen) ÷ right options (docs/scoring.md)",
                    line: processing.line)
            }
        case .mapResponse:
            try mapChoiceScores(
                into: &question, declaration: declaration, choices: list, correct: correct, isSingle: isSingle)
        default:
            break
        }
    }

    /// The scoring, with custom and missing processing reported and given points.
    private mutating func resolvedScoring(_ processing: ResponseProcessing, declaration: ResponseDeclaration) throws -> Scoring {
        switch processing.scoring {
        case .matchCorrect, .mapResponse:
            if case .mapResponse = processing.scoring, declaration.mapping == nil {
                throw Unmappable(message: "map_response scores it but the response declaration has no mapping")
            }
            return processing.scoring
        case .mapResponsePoint:
            throw Unmappable(message: "map_response_point scores points on a picture, which the pack has not")
        case .custom(let highest):
            guard !declaration.correct.isEmpty else {
                throw Unmappable(
                    message: "its custom response processing decides what is right, and it has no correctResponse to "
                        + "import instead")
            }
            let points = highest.flatMap { $0 > 0 ? $0 : nil } ?? 1
            lost(
                "custom response processing not carried over (the pack cannot run it): the correctResponse is the "
                    + "answer key, worth \(Self.format(points)) point\(points == 1 ? "" : "s"); check that this is what "
                    + "the item meant", line: processingElement?.position.line)
            return .matchCorrect(points: points)
        case .none:
            guard !declaration.correct.isEmpty || declaration.mapping != nil else {
                let advice =
                    interaction.name == "choiceInteraction"
                    ? " (an unscored item, such as a questionnaire; the pack's likert items need a construct, so write it by hand)"
                    : " (an unscored item)"
                throw Unmappable(message: "it has no correct response and no response processing, so nothing to score" + advice)
            }
            if declaration.correct.isEmpty {
                lost(
                    "the item has no response processing, so QTI does not score it; the pack scores it by its mapping",
                    line: item.position.line)
                return .mapResponse
            }
            lost(
                "the item has no response processing, so QTI does not score it; the pack scores its correctResponse, "
                    + "1 point", line: item.position.line)
            return .matchCorrect(points: 1)
        }
    }

    private mutating func mapChoiceScores(
        into question: inout ImportedQuestion, declaration: ResponseDeclaration, choices list: [Choice],
        correct: Set<String>, isSingle: Bool
    ) throws {
        let line = declaration.line
        let value = { (choice: Choice) in declaration.mappedValue(of: choice.qtiIdentifier) }
        let right = list.filter { correct.contains($0.qtiIdentifier) }
        let wrong = list.filter { !correct.contains($0.qtiIdentifier) }
        let points: Double
        if isSingle {
            points = declaration.bounded(right.map(value).max() ?? 0)
        } else {
            points = declaration.bounded(right.map(value).filter { $0 > 0 }.reduce(0, +))
        }
        guard points > 0 else { throw Unmappable(message: "its mapping gives no positive score for the right answer") }
        question.points = points
        let weights = list.map { "\($0.qtiIdentifier) \(Self.format(value($0)))" }.joined(separator: ", ")
        let bounds =
            [declaration.lowerBound.map { "at least \(Self.format($0))" }, declaration.upperBound.map { "at most \(Self.format($0))" }]
            .compactMap { $0 }.joined(separator: ", ")
        let qtiScores = "QTI's scores per choice (\(weights)\(bounds.isEmpty ? "" : "; \(bounds)"))"
        if isSingle {
            let others = wrong.filter { value($0) != 0 }
            if !others.isEmpty {
                lost(
                    "\(qtiScores) become \(Self.format(points)) for the right option and 0 for any other: "
                        + "the pack scores a single choice all or nothing", line: line)
            }
            return
        }
        let share = points / Double(right.count)
        let matchesPackRule =
            right.allSatisfy { value($0) == share } && wrong.allSatisfy { value($0) == -share }
            && (declaration.lowerBound ?? -1) == 0
        if !matchesPackRule {
            lost(
                "\(qtiScores) become the pack's partial scoring: (right chosen − wrong chosen) ÷ \(right.count) right "
                    + "options × \(Self.format(points)) points, never below 0 (docs/scoring.md)", line: line)
        }
    }

    // MARK: Order

    private mutating func mapOrder(
        into question: inout ImportedQuestion, declaration: ResponseDeclaration, processing: ResponseProcessing
    ) throws {
        question.kind = .ordering
        question.shuffles = true
        let list = choices(named: "simpleChoice", in: interaction, what: "item")
        guard list.count >= 2 else { throw Unmappable(message: "it has fewer than two items") }
        let scoring = try resolvedScoring(processing, declaration: declaration)
        let order = declaration.correct
        guard !order.isEmpty else { throw Unmappable(message: "it has no correctResponse, so the right order is unknown") }
        guard Set(order) == Set(list.map(\.qtiIdentifier)), order.count == list.count else {
            throw Unmappable(
                message: "its correct order names only some of its items (or others); the pack orders every item")
        }
        let byIdentifier = Dictionary(list.map { ($0.qtiIdentifier, $0) }, uniquingKeysWith: { first, _ in first })
        question.items = order.compactMap { byIdentifier[$0] }.map { ImportedQuestion.Item(id: $0.id, text: $0.text) }
        try requireDistinct(question.items.map(\.text), what: "items")
        switch scoring {
        case .matchCorrect(let points):
            question.points = points
            lost(
                "QTI scored the order all or nothing; the pack gives the share of items in their right place "
                    + "(docs/scoring.md)", line: processing.line ?? interaction.position.line)
        case .mapResponse:
            question.points = max(declaration.bounded(declaration.mapping?.map(\.value).max() ?? 1), 1)
            lost("the order's mapping is not carried over; the pack gives the share of items in their right place", line: declaration.line)
        default:
            break
        }
    }

    private func requireDistinct(_ texts: [String], what: String) throws {
        var seen: Set<String> = []
        for text in texts where !seen.insert(text.lowercased().foldedWhiteSpace).inserted {
            throw Unmappable(message: "two \(what) read the same (\"\(text)\"), and the pack needs them to differ")
        }
    }

    // MARK: Matching

    private mutating func mapMatching(
        into question: inout ImportedQuestion, declaration: ResponseDeclaration, processing: ResponseProcessing
    ) throws {
        question.kind = .matching
        question.shuffles = true
        let isMatch = interaction.name == "matchInteraction"
        var leftChoices: [Choice]
        var rightChoices: [Choice]
        if isMatch {
            let sets = interaction.children(named: "simpleMatchSet")
            guard sets.count == 2 else { throw Unmappable(message: "it does not have two simpleMatchSets") }
            leftChoices = choices(named: "simpleAssociableChoice", in: sets[0], what: "left side")
            rightChoices = choices(named: "simpleAssociableChoice", in: sets[1], what: "right side")
        } else {
            leftChoices = choices(named: "simpleAssociableChoice", in: interaction, what: "choice")
            rightChoices = leftChoices
        }
        let scoring = try resolvedScoring(processing, declaration: declaration)
        var correctPairs = declaration.correct
        if correctPairs.isEmpty, case .mapResponse = scoring {
            correctPairs = declaration.mapping?.filter { $0.value > 0 }.map(\.key) ?? []
        }
        let split = correctPairs.map { $0.split(separator: " ").map(String.init) }
        guard !split.isEmpty, split.allSatisfy({ $0.count == 2 }) else {
            throw Unmappable(message: "it has no correct pairs to import")
        }
        let leftById = Dictionary(leftChoices.map { ($0.qtiIdentifier, $0) }, uniquingKeysWith: { first, _ in first })
        let rightById = Dictionary(rightChoices.map { ($0.qtiIdentifier, $0) }, uniquingKeysWith: { first, _ in first })
        var usedLeft: Set<String> = []
        var usedRight: Set<String> = []
        var pairs: [ImportedQuestion.Pair] = []
        for pair in split {
            var (left, right) = (pair[0], pair[1])
            if isMatch, leftById[left] == nil, leftById[right] != nil, rightById[left] != nil {
                (left, right) = (right, left)
            }
            guard let leftChoice = leftById[left], let rightChoice = rightById[right] else {
                throw Unmappable(message: "the correct pair '\(pair.joined(separator: " "))' names a choice it does not have")
            }
            for side in [left, right] where usedLeft.contains(side) || usedRight.contains(side) {
                let text = (leftById[side] ?? rightById[side]).map { " (\"\($0.text)\")" } ?? ""
                throw Unmappable(
                    message: "'\(side)'\(text) is in more than one correct pair; the pack's matching pairs each side "
                        + "with exactly one other")
            }
            usedLeft.insert(left)
            usedRight.insert(right)
            pairs.append(ImportedQuestion.Pair(id: leftChoice.id, left: leftChoice.text, right: rightChoice.text))
        }
        guard pairs.count >= 2 else { throw Unmappable(message: "it has fewer than two correct pairs; the pack needs two") }
        try requireDistinct(pairs.map(\.left), what: "left sides")
        try requireDistinct(pairs.map(\.right), what: "right sides")
        question.pairs = pairs
        let unused = (isMatch ? leftChoices + rightChoices : leftChoices).filter {
            !usedLeft.contains($0.qtiIdentifier) && !usedRight.contains($0.qtiIdentifier)
        }
        if !unused.isEmpty {
            lost(
                "choices in no correct pair dropped (\(unused.map { "'\($0.qtiIdentifier)' \"\($0.text)\"" }.joined(separator: ", "))): "
                    + "the pack's matching has no distractors", line: interaction.position.line)
        }
        switch scoring {
        case .matchCorrect(let points):
            question.points = points
            lost(
                "QTI scored the matching all or nothing; the pack gives the share of pairs matched (docs/scoring.md)",
                line: processing.line ?? interaction.position.line)
        case .mapResponse:
            let values = correctPairs.map { declaration.mappedValue(of: $0) }
            let points = declaration.bounded(values.filter { $0 > 0 }.reduce(0, +))
            guard points > 0 else { throw Unmappable(message: "its mapping gives no positive score for the right pairs") }
            question.points = points
            let share = points / Double(pairs.count)
            let correctKeys = Set(correctPairs.map(declaration.comparableKey))
            let wrongValues = (declaration.mapping ?? []).filter { !correctKeys.contains(declaration.comparableKey($0.key)) }
                .map(\.value)
            if !(values.allSatisfy { $0 == share } && wrongValues.allSatisfy { $0 == 0 } && declaration.defaultValue == 0) {
                let weights = (declaration.mapping ?? []).map { "\($0.key) \(Self.format($0.value))" }.joined(separator: ", ")
                lost(
                    "QTI's scores per pair (\(weights)) become the pack's: \(Self.points(points)) × pairs matched "
                        + "÷ \(pairs.count) (docs/scoring.md)", line: declaration.line)
            }
        default:
            break
        }
    }

    // MARK: Text entry

    private mutating func mapTextEntry(
        into question: inout ImportedQuestion, declaration: ResponseDeclaration, processing: ResponseProcessing
    ) throws {
        question.kind = .shortAnswer
        question.shuffles = false
        let scoring = try resolvedScoring(processing, declaration: declaration)
        var accepted: [String] = []
        var caseSensitive: [String] = []
        switch scoring {
        case .matchCorrect(let points):
            question.points = points
            accepted = declaration.correct
            caseSensitive = declaration.correct
        case .mapResponse:
            let mapping = declaration.mapping ?? []
            let best = mapping.map(\.value).max() ?? 0
            let points = declaration.bounded(best)
            guard points > 0 else { throw Unmappable(message: "its mapping gives no positive score to any answer") }
            question.points = points
            let full = mapping.filter { $0.value == best }
            accepted = full.map(\.key)
            caseSensitive = full.filter(\.isCaseSensitive).map(\.key)
            for entry in mapping where entry.value > 0 && entry.value < best {
                let folds = accepted.contains { $0.lowercased() == entry.key.lowercased() }
                lost(
                    "the answer '\(entry.key)' earned \(Self.format(entry.value)) of \(Self.points(best)) in QTI; "
                        + (folds
                            ? "the pack ignores case, so it now earns full points"
                            : "the pack gives all or nothing, so it is not accepted"), line: declaration.line)
            }
            for answer in declaration.correct where !accepted.contains(answer) {
                accepted.append(answer)
            }
        default:
            break
        }
        var seen: Set<String> = []
        accepted = accepted.map(\.foldedWhiteSpace).filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
        guard !accepted.isEmpty else { throw Unmappable(message: "it has no accepted answer") }
        question.acceptedAnswers = accepted
        let sensitive = caseSensitive.filter { $0.lowercased() != $0.uppercased() }
        if !sensitive.isEmpty {
            lost(
                "QTI compared \(sensitive.map { "'\($0)'" }.joined(separator: ", ")) with case; the pack ignores case "
                    + "(and folds spaces), so other capitalisations are accepted too", line: declaration.line)
        }
        if ["float", "integer"].contains(declaration.baseType) {
            lost(
                "the answer is a \(declaration.baseType) in QTI; the pack compares text, so \"3.0\" is not \"3\": add "
                    + "the spellings to accept", line: declaration.line)
        }
        if let mask = interaction.attribute("patternMask")?.value {
            lost("the pattern mask '\(mask)' that checked the answer's form is not carried over", line: interaction.position.line)
        }
    }

    // MARK: Feedback

    struct FeedbackElement {
        var element: ParsedElement
        var outcome: String
        var identifier: String
        var isShown: Bool
    }

    private mutating func mapFeedback(
        into question: inout ImportedQuestion, processing: ResponseProcessing, responseIdentifier: String
    ) {
        var found: [FeedbackElement] = []
        var pending = item.children(named: "modalFeedback") + [body]
        while let next = pending.popLast() {
            if ["modalFeedback", "feedbackInline", "feedbackBlock"].contains(next.name) {
                found.append(
                    FeedbackElement(
                        element: next, outcome: next.attribute("outcomeIdentifier")?.value ?? "",
                        identifier: next.attribute("identifier")?.value ?? "",
                        isShown: next.attribute("showHide")?.value.foldedWhiteSpace != "hide"))
                if next.name != "modalFeedback" { continue }
            } else if next.name != "modalFeedback" {
                pending.append(contentsOf: next.children)
            }
        }
        found.sort { $0.element.position < $1.element.position }
        let qtiIdentifiers = choiceQTIIdentifiers
        let choiceIds: [String: Int] = Dictionary(
            zip(qtiIdentifiers, qtiIdentifiers.indices).filter { $0.1 < question.options.count }.map { ($0.0, $0.1) },
            uniquingKeysWith: { first, _ in first })
        let correctIndex = question.options.firstIndex(where: \.isCorrect)
        for feedback in found {
            let flattened = BodyText.flatten(feedback.element)
            let text = flattened.text
            let line = feedback.element.position.line
            guard !text.isEmpty else { continue }
            report(flattened.dropped, in: "feedback")
            let place = "\(feedback.element.name) \"\(text.asOneLine.prefix(60))\""
            switch processing.feedbackOutcomes[feedback.outcome] {
            case .response(let source) where source == responseIdentifier:
                guard let index = choiceIds[feedback.identifier], !question.options.isEmpty else {
                    lost("\(place) is shown for a response the pack cannot tell apart; dropped", line: line)
                    continue
                }
                if feedback.isShown {
                    if question.kind == .singleChoice, index == correctIndex, feedback.element.name != "feedbackInline" {
                        add(text, to: &question.feedback, .correct)
                    } else {
                        question.options[index].feedback = joined(question.options[index].feedback, text)
                    }
                } else if question.kind == .singleChoice, index == correctIndex {
                    add(text, to: &question.feedback, .wrong)
                } else {
                    lost(
                        "\(place) is shown whenever '\(feedback.identifier)' is not chosen; the pack shows feedback for "
                            + "what is chosen, so it is dropped", line: line)
                }
            case .verdict(let correct, let wrong):
                let verdict: ImportedQuestion.Verdict?
                switch (feedback.identifier, feedback.isShown) {
                case (correct, true), (wrong, false): verdict = .correct
                case (wrong, true), (correct, false): verdict = .wrong
                default: verdict = nil
                }
                if let verdict {
                    add(text, to: &question.feedback, verdict)
                } else {
                    lost("\(place) is tied to a value the response processing never sets; dropped", line: line)
                }
            default:
                lost(
                    "\(place) depends on the outcome '\(feedback.outcome)', which is not set from the answer in a way "
                        + "the pack can follow; dropped", line: line)
            }
        }
    }

    /// The QTI identifiers of the options, in the order of `question.options`.
    private var choiceQTIIdentifiers: [String] {
        let name = interaction.name == "inlineChoiceInteraction" ? "inlineChoice" : "simpleChoice"
        return interaction.children(named: name).map { $0.attribute("identifier")?.value ?? "" }
    }

    private func joined(_ first: String?, _ second: String) -> String {
        guard let first, !first.isEmpty else { return second }
        return first + "\n\n" + second
    }

    private func add(_ text: String, to feedback: inout [ImportedQuestion.Verdict: String], _ verdict: ImportedQuestion.Verdict) {
        feedback[verdict] = joined(feedback[verdict], text)
    }
}
