import Foundation
import PackXML

/// Turns a parsed `<pack>` element into a `Pack`.
///
/// Lenient on purpose: the schema reports structural problems, so a missing element or
/// an unparsable number becomes an empty value or a default here, and the semantic rules
/// can still run over the rest of the pack.
struct PackDecoder {
    static let namespace = "urn:oberih:pack:1"

    /// Numbers the schema accepts but that do not fit the model, noted while decoding.
    final class UnreadableNumbers {
        var found: [UnreadableNumber] = []
    }

    let unreadableNumbers = UnreadableNumbers()

    func decodePack(_ element: ParsedElement) -> Pack {
        let objectives = element.packChildren("objectives").first?.packChildren("objective") ?? []
        let constructs = element.packChildren("constructs").first?.packChildren("construct") ?? []
        let sources = element.packChildren("sources").first?.packChildren("source") ?? []
        let contacts = element.packChildren("support").first?.packChildren("contact") ?? []
        let languages = (element.value("langs").map(Self.splitList) ?? []).map(Self.languageTag)
        let ageRange = AgeRange(
            minimum: integer(element, "age-min") ?? AgeRange.supported.minimum,
            maximum: integer(element, "age-max") ?? AgeRange.supported.maximum)
        let estimatedMinutes = integer(element, "minutes") ?? 0
        let lessons = element.packChildren.filter { $0.name == "lesson" || $0.name == "assessment" }
            .map(decodeLesson)
        var pack = Pack(
            id: element.value("id") ?? "",
            version: element.value("version") ?? "",
            title: text(element, "title"),
            summary: text(element, "summary"),
            authors: element.packChildren("authors").first?.packChildren("author").map(\.trimmedText)
                ?? [],
            licence: element.packChildren("licence").first?.trimmedText ?? "",
            defaultLanguage: element.value("default-lang").map(Self.languageTag) ?? languages.first ?? "",
            languages: languages,
            ageRange: ageRange,
            riskArea: element.value("risk").flatMap(RiskArea.init(rawValue:)),
            topic: element.value("topic").flatMap(Topic.init(rawValue:)),
            isMarkedSensitive: element.boolean("sensitive") ?? false,
            estimatedMinutes: estimatedMinutes,
            itemsPerObjective: integer(element, "items-per-objective") ?? Pack.defaultItemsPerObjective,
            contentNote: optionalText(element, "content-note"),
            groundRules: element.packChildren("ground-rules").first?.packChildren("rule").map {
                GroundRule(text: localized($0), audience: $0.value("audience").flatMap(Audience.init(rawValue:)) ?? .both)
            } ?? [],
            objectives: objectives.map {
                Objective(id: $0.value("id") ?? "", text: localized($0), position: $0.position)
            },
            constructs: constructs.map {
                Construct(
                    id: $0.value("id") ?? "",
                    kind: $0.value("kind").flatMap(Construct.Kind.init(rawValue:)),
                    text: localized($0), position: $0.position)
            },
            sources: sources.map {
                SourceNote(
                    id: $0.value("id") ?? "", url: $0.value("url"), citation: $0.trimmedText,
                    position: $0.position)
            },
            contacts: contacts.map(decodeContact),
            lessons: lessons,
            position: element.position,
            attributePositions: element.attributePositionsByName,
            unreadableNumbers: [])
        // Taken once the whole pack is decoded, so no number read above can be missed.
        pack.unreadableNumbers = unreadableNumbers.found
        return pack
    }

    private func decodeContact(_ element: ParsedElement) -> SupportContact {
        let country = element.value("country")
        let verifiedText = element.value("verified")
        return SupportContact(
            id: element.value("id") ?? "",
            country: country == "international" ? nil : country,
            name: text(element, "name"),
            phones: element.packChildren("phone").map(\.trimmedText),
            urls: element.packChildren("url").map(\.trimmedText),
            hours: optionalText(element, "hours"),
            purpose: text(element, "purpose"),
            services: element.tokens("for").compactMap(SupportContact.Service.init(rawValue:)),
            status: element.value("status").flatMap(SupportContact.Status.init(rawValue:)),
            source: element.value("source"),
            verified: verifiedText.flatMap(Self.parseDate),
            verifiedText: verifiedText,
            position: element.position,
            attributePositions: element.attributePositionsByName)
    }

    private func decodeLesson(_ element: ParsedElement) -> Lesson {
        let kind: Lesson.Kind =
            element.name == "lesson" ? .lesson : element.value("kind").flatMap(Lesson.Kind.init) ?? .survey
        let timing = element.value("timing").flatMap(Lesson.SurveyTiming.init(rawValue:))
        return Lesson(
            id: element.value("id") ?? "",
            kind: kind,
            timing: kind == .survey ? (timing ?? .before) : timing,
            title: text(element, "title"),
            summary: optionalText(element, "summary"),
            declaredMinimumAge: integer(element, "age-min"),
            declaredMaximumAge: integer(element, "age-max"),
            prerequisites: element.references("requires"),
            objectives: element.references("objectives"),
            passMark: number(element, "pass-mark") ?? Lesson.defaultPassMark,
            estimatedMinutes: integer(element, "minutes"),
            declaredFeedback: element.value("feedback").flatMap(Lesson.Feedback.init(rawValue:)),
            steps: element.packChildren.filter { !["title", "summary"].contains($0.name) }
                .compactMap(StepDecoder(decoder: self).decodeStep),
            position: element.position,
            attributePositions: element.attributePositionsByName)
    }

    // MARK: - Shared helpers

    /// An integer attribute; a value written as a number but too large for `Int` is
    /// noted (the schema accepts any xs:integer) and read as absent.
    func integer(_ element: ParsedElement, _ name: String) -> Int? {
        guard let text = element.value(name) else { return nil }
        if let value = Int(text) { return value }
        note(text, of: name, in: element)
        return nil
    }

    /// A decimal attribute, with the same care as `integer`.
    func number(_ element: ParsedElement, _ name: String) -> Double? {
        guard let text = element.value(name) else { return nil }
        if let value = Double(text), value.isFinite { return value }
        note(text, of: name, in: element)
        return nil
    }

    /// Texts that are not numbers at all are the schema's to report.
    private func note(_ text: String, of name: String, in element: ParsedElement) {
        guard !text.isEmpty, text.allSatisfy({ "+-.0123456789".contains($0) }),
            let position = element.attribute(name)?.position
        else { return }
        unreadableNumbers.found.append(UnreadableNumber(attribute: name, text: text, position: position))
    }

    /// The text element named `name` under `element`, empty (at `element`) when missing.
    func text(_ element: ParsedElement, _ name: String) -> LocalizedText {
        optionalText(element, name) ?? LocalizedText(translations: [], position: element.position)
    }

    func optionalText(_ element: ParsedElement, _ name: String) -> LocalizedText? {
        element.packChildren(name).first.map(localized)
    }

    /// The `<t lang>` children of a text element.
    func localized(_ element: ParsedElement) -> LocalizedText {
        LocalizedText(
            translations: element.packChildren("t").map {
                LocalizedText.Translation(
                    language: $0.value("lang").map(Self.languageTag) ?? "", text: $0.text, position: $0.position)
            },
            position: element.position)
    }

    /// A language tag with its primary subtag in lower case (`RU` → `ru`, `EN-gb` →
    /// `en-gb`), as the schema requires: a capital is reported once by the schema, and
    /// the texts still match their language instead of each being "missing".
    static func languageTag(_ tag: String) -> String {
        let primary = tag.prefix { $0 != "-" }
        guard primary.contains(where: \.isUppercase) else { return tag }
        return primary.lowercased() + tag.dropFirst(primary.count)
    }

    static func splitList(_ value: String) -> [String] {
        value.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// An xs:date (`YYYY-MM-DD`, optionally with a time zone, which is ignored) as the
    /// start of that day in UTC; `nil` when it is not a real date.
    static func parseDate(_ text: String) -> Date? {
        // The day is the first ten characters; "Z" or "+02:00" may follow.
        let day = text.prefix(10)
        let zone = text.dropFirst(10)
        guard day.count == 10, zone.isEmpty || zone == "Z" || zone.first == "+" || zone.first == "-" else {
            return nil
        }
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == parts[2],
            calendar.component(.month, from: date) == parts[1]
        else { return nil }
        return date
    }
}

extension ParsedElement {
    /// Child elements in the pack namespace (anything else is reported by the schema).
    var packChildren: [ParsedElement] {
        children.filter { $0.namespace == PackDecoder.namespace }
    }

    func packChildren(_ name: String) -> [ParsedElement] {
        children.filter { $0.name == name && $0.namespace == PackDecoder.namespace }
    }

    func value(_ name: String) -> String? {
        attribute(name)?.value.trimmed
    }


    /// `true`/`1` or `false`/`0`. `True` and `FALSE` are read as meant too: the schema
    /// reports them, and the rules should not add that the question has no correct option.
    func boolean(_ name: String) -> Bool? {
        switch value(name)?.lowercased() {
        case "true", "1": return true
        case "false", "0": return false
        default: return nil
        }
    }

    /// The words of a list attribute such as `for="talk emergency"`.
    func tokens(_ name: String) -> [String] {
        attribute(name).map { PackDecoder.splitList($0.value) } ?? []
    }

    /// The harms of `harm="…"`; unknown words are the schema's to report.
    var harms: [Harm] {
        tokens("harm").compactMap(Harm.init(rawValue:))
    }

    func references(_ name: String) -> [Reference] {
        guard let attribute = attribute(name) else { return [] }
        return PackDecoder.splitList(attribute.value).map {
            Reference(id: $0, position: attribute.position)
        }
    }

    var trimmedText: String {
        text.trimmed
    }

    var attributePositionsByName: [String: SourcePosition] {
        Dictionary(attributePositions, uniquingKeysWith: { first, _ in first })
    }
}
