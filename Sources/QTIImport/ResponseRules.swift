import PackXML

/// A `responseDeclaration`: what the item counts as right, and its mapping.
struct ResponseDeclaration {
    struct MapEntry {
        var key: String
        var value: Double
        var isCaseSensitive: Bool
    }

    var identifier: String
    var cardinality: String
    var baseType: String
    var correct: [String]
    var mapping: [MapEntry]?
    var lowerBound: Double?
    var upperBound: Double?
    var defaultValue: Double
    var hasAreaMapping: Bool
    var line: Int

    init(_ element: ParsedElement) {
        identifier = element.attribute("identifier")?.value ?? ""
        cardinality = element.attribute("cardinality")?.value ?? "single"
        baseType = element.attribute("baseType")?.value ?? ""
        correct = element.child(named: "correctResponse")?.children(named: "value").map { $0.text.foldedWhiteSpace } ?? []
        line = element.position.line
        hasAreaMapping = element.child(named: "areaMapping") != nil
        defaultValue = 0
        if let mapping = element.child(named: "mapping") {
            lowerBound = mapping.attribute("lowerBound").flatMap { Double($0.value) }
            upperBound = mapping.attribute("upperBound").flatMap { Double($0.value) }
            defaultValue = mapping.attribute("defaultValue").flatMap { Double($0.value) } ?? 0
            self.mapping = mapping.children(named: "mapEntry").compactMap { entry in
                guard let key = entry.attribute("mapKey")?.value,
                    let value = entry.attribute("mappedValue").flatMap({ Double($0.value) })
                else { return nil }
                // QTI 2.1 compares strings case-sensitively unless caseSensitive="false".
                let sensitive = entry.attribute("caseSensitive")?.value.foldedWhiteSpace != "false"
                return MapEntry(key: key.foldedWhiteSpace, value: value, isCaseSensitive: sensitive)
            }
            values = Dictionary(self.mapping!.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The value of each key, the first entry for a key listed twice.
    private var values: [String: Double] = [:]

    /// The score the mapping gives one key (the default for a key it does not list).
    func mappedValue(of key: String) -> Double {
        values[key] ?? defaultValue
    }

    /// `min(max(score, lowerBound), upperBound)`.
    func bounded(_ score: Double) -> Double {
        var result = score
        if let lowerBound { result = max(result, lowerBound) }
        if let upperBound { result = min(result, upperBound) }
        return result
    }
}

/// How an item's response processing scores it, as far as the importer can tell.
enum Scoring {
    /// `match_correct`, or custom processing that does the same: `points` for the correct
    /// response, 0 otherwise.
    case matchCorrect(points: Double)
    /// `map_response`: the mapping's values.
    case mapResponse
    /// `map_response_point`: an area mapping (point interactions only).
    case mapResponsePoint
    /// Response processing the importer cannot read; `highestScore` is the largest
    /// SCORE it sets, if any.
    case custom(highestScore: Double?)
    /// No response processing: the item is not scored.
    case none
}

/// How a feedback outcome (`FEEDBACK`) is set by the response processing.
enum FeedbackOutcome {
    /// Set to the response itself (`<setOutcomeValue identifier="FEEDBACK"><variable identifier="RESPONSE"/>`).
    case response(String)
    /// Set to one identifier when the response is correct and another when it is not.
    case verdict(correct: String?, wrong: String?)
}

/// What the response processing says.
struct ResponseProcessing {
    var scoring: Scoring
    var feedbackOutcomes: [String: FeedbackOutcome] = [:]
    var line: Int?
    /// The template's name (`match_correct`) or nil for custom processing.
    var templateName: String?

    static let templatePrefixes = [
        "http://www.imsglobal.org/question/qti_v2p1/rptemplates/",
        "http://www.imsglobal.org/question/qti_v2p0/rptemplates/",
    ]

    init(_ element: ParsedElement?, responseIdentifier: String) {
        guard let element else {
            scoring = .none
            return
        }
        line = element.position.line
        let template = element.attribute("template")?.value ?? element.attribute("templateLocation")?.value
        if element.children.isEmpty, let template {
            var name = template.foldedWhiteSpace
            for prefix in Self.templatePrefixes where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
            if name.hasSuffix(".xml") { name.removeLast(4) }
            if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
            templateName = name
            switch name {
            case "match_correct": scoring = .matchCorrect(points: 1)
            case "map_response": scoring = .mapResponse
            case "map_response_point": scoring = .mapResponsePoint
            default: scoring = .custom(highestScore: nil)
            }
            return
        }
        scoring = .custom(highestScore: Self.highestScore(in: element))
        var rest = element.children
        // FEEDBACK = RESPONSE, anywhere at the top level.
        rest.removeAll { rule in
            guard rule.name == "setOutcomeValue", let outcome = rule.attribute("identifier")?.value,
                rule.children.count == 1, let variable = rule.children.first, variable.name == "variable",
                let source = variable.attribute("identifier")?.value, source == responseIdentifier
            else { return false }
            feedbackOutcomes[outcome] = .response(source)
            return true
        }
        if rest.count == 1, let condition = rest.first, condition.name == "responseCondition",
            let recognised = Self.matchCorrectCondition(condition, responseIdentifier: responseIdentifier)
        {
            scoring = .matchCorrect(points: recognised.points)
            for (outcome, values) in recognised.feedback {
                feedbackOutcomes[outcome] = .verdict(correct: values.correct, wrong: values.wrong)
            }
        } else if Self.isMapResponse(rest, responseIdentifier: responseIdentifier) {
            scoring = .mapResponse
        } else if rest.isEmpty {
            scoring = .none
        }
    }

    /// `SCORE = mapResponse(RESPONSE)`, alone or as the map_response template writes it out
    /// (`if isNull(RESPONSE) SCORE = 0 else SCORE = mapResponse(RESPONSE)`).
    private static func isMapResponse(_ rules: [ParsedElement], responseIdentifier: String) -> Bool {
        func setsMappedScore(_ rule: ParsedElement) -> Bool {
            rule.name == "setOutcomeValue" && rule.attribute("identifier")?.value == "SCORE"
                && rule.children.count == 1 && rule.children[0].name == "mapResponse"
                && rule.children[0].attribute("identifier")?.value == responseIdentifier
        }
        guard rules.count == 1, let rule = rules.first else { return false }
        if setsMappedScore(rule) { return true }
        let branches = rule.children
        guard rule.name == "responseCondition", branches.count == 2, branches[0].name == "responseIf",
            branches[1].name == "responseElse", branches[0].children.count == 2,
            let test = branches[0].children.first, test.name == "isNull", test.children.count == 1,
            test.children[0].name == "variable", test.children[0].attribute("identifier")?.value == responseIdentifier,
            let zero = constantOutcomes([branches[0].children[1]]), zero.count == 1, zero["SCORE"].flatMap(Double.init) == 0,
            branches[1].children.count == 1, setsMappedScore(branches[1].children[0])
        else { return false }
        return true
    }

    /// `if RESPONSE matches its correct response: SCORE = x [, FEEDBACK = id] else SCORE = 0 [, FEEDBACK = id]`.
    private static func matchCorrectCondition(_ condition: ParsedElement, responseIdentifier: String)
        -> (points: Double, feedback: [String: (correct: String?, wrong: String?)])?
    {
        let branches = condition.children
        guard branches.count <= 2, let ifBranch = branches.first, ifBranch.name == "responseIf",
            let test = ifBranch.children.first, test.name == "match", test.children.count == 2,
            test.children[0].name == "variable", test.children[0].attribute("identifier")?.value == responseIdentifier,
            test.children[1].name == "correct", test.children[1].attribute("identifier")?.value == responseIdentifier
        else { return nil }
        guard let whenRight = constantOutcomes(Array(ifBranch.children.dropFirst())),
            let points = whenRight["SCORE"].flatMap(Double.init), points > 0
        else { return nil }
        var whenWrong: [String: String] = [:]
        if branches.count == 2 {
            guard branches[1].name == "responseElse", let outcomes = constantOutcomes(branches[1].children) else { return nil }
            whenWrong = outcomes
        }
        if let wrongScore = whenWrong["SCORE"], Double(wrongScore) != 0 { return nil }
        var feedback: [String: (correct: String?, wrong: String?)] = [:]
        for outcome in Set(whenRight.keys).union(whenWrong.keys) where outcome != "SCORE" {
            feedback[outcome] = (whenRight[outcome], whenWrong[outcome])
        }
        return (points, feedback)
    }

    /// `setOutcomeValue` rules that each set one outcome to a constant; nil if any does more.
    private static func constantOutcomes(_ rules: [ParsedElement]) -> [String: String]? {
        var result: [String: String] = [:]
        for rule in rules {
            guard rule.name == "setOutcomeValue", let outcome = rule.attribute("identifier")?.value,
                rule.children.count == 1, let value = rule.children.first, value.name == "baseValue"
            else { return nil }
            result[outcome] = value.text.foldedWhiteSpace
        }
        return result
    }

    /// The largest constant SCORE set anywhere in the processing.
    private static func highestScore(in element: ParsedElement) -> Double? {
        var highest: Double?
        var pending = [element]
        while let next = pending.popLast() {
            if next.name == "setOutcomeValue", next.attribute("identifier")?.value == "SCORE",
                let value = next.children.first, value.name == "baseValue", let score = Double(value.text.foldedWhiteSpace)
            {
                highest = max(highest ?? score, score)
            }
            pending.append(contentsOf: next.children)
        }
        return highest
    }
}
