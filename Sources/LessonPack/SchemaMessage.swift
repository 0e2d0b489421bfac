import Foundation
import PackXML

/// libxml2's schema messages, reworded as Oberih's: what is wrong in a few words, and what
/// to do (`fix`), from the message, the element it is about and the schema's outline.
///
/// ```
/// Element 'hint': This element is not expected. Expected is ( feedback ).
///   → <hint> is out of order in <short-answer>; fix: move <hint> before <feedback>
/// ```
/// A message not recognised is left to the general wording (`PackValidator.readable`).
struct SchemaMessage {
    /// The reworded problem and what to do about it.
    struct Rewrite: Equatable {
        var message: String
        var fix: String
    }

    /// What libxml2 said, taken apart.
    enum Said: Equatable {
        case notExpected(element: String, expected: [String])
        case missingChild(element: String, expected: [String])
        case attributeNotAllowed(element: String, attribute: String)
        case attributeMissing(element: String, attribute: String)
        case notInSet(element: String, attribute: String?, value: String, allowed: [String])
        case patternMismatch(element: String, attribute: String?, value: String)
        case notOfType(element: String, attribute: String?, value: String, type: String)
        case notOfListType(element: String, attribute: String?, value: String)
        case outOfRange(element: String, attribute: String?, value: String, limit: String, isMaximum: Bool)
        case tooLong(element: String, attribute: String?, length: String, maximum: String)
        case textNotAllowed(element: String)
    }

    let outline: SchemaOutline

    // MARK: Reading libxml2's words

    /// Takes apart a libxml2 2.9 schema message (the namespace in braces already removed).
    static func parse(_ message: String) -> Said? {
        guard message.hasPrefix("Element '") else { return nil }
        var rest = Substring(message.dropFirst("Element '".count))
        guard let element = rest.firstIndex(of: "'").map({ String(rest[..<$0]) }) else { return nil }
        rest = rest.dropFirst(element.count + 1)
        var attribute: String?
        if rest.hasPrefix(", attribute '") {
            rest = rest.dropFirst(", attribute '".count)
            guard let end = rest.firstIndex(of: "'") else { return nil }
            attribute = String(rest[..<end])
            rest = rest[rest.index(after: end)...]
        }
        guard rest.hasPrefix(": ") else { return nil }
        var text = String(rest.dropFirst(2))
        while text.hasSuffix(".") || text.hasSuffix("\n") { text.removeLast() }

        if text.hasPrefix("This element is not expected") {
            return .notExpected(element: element, expected: expectedList(in: text))
        }
        if text.hasPrefix("Missing child element(s)") {
            return .missingChild(element: element, expected: expectedList(in: text))
        }
        if text.hasPrefix("The attribute '"), text.hasSuffix("' is not allowed"), let attribute {
            return .attributeNotAllowed(element: element, attribute: attribute)
        }
        if text.hasPrefix("The attribute '"), text.hasSuffix("' is required but missing") {
            let name = text.dropFirst("The attribute '".count).dropLast("' is required but missing".count)
            return .attributeMissing(element: element, attribute: String(name))
        }
        if text.hasPrefix("Character content other than whitespace is not allowed") {
            return .textNotAllowed(element: element)
        }
        if text.hasPrefix("[facet 'enumeration'] The value '"), let set = text.range(of: "' is not an element of the set {") {
            let value = String(text[text.index(text.startIndex, offsetBy: "[facet 'enumeration'] The value '".count)..<set.lowerBound])
            let members = text[set.upperBound...].dropLast(text.hasSuffix("}") ? 1 : 0)
            let allowed = members.components(separatedBy: ", ").map { Substring($0).trimmingQuotes() }
            return .notInSet(element: element, attribute: attribute, value: value, allowed: allowed)
        }
        if text.hasPrefix("[facet 'pattern'] The value '"), let end = text.range(of: "' is not accepted by the pattern") {
            let start = text.index(text.startIndex, offsetBy: "[facet 'pattern'] The value '".count)
            return .patternMismatch(element: element, attribute: attribute, value: String(text[start..<end.lowerBound]))
        }
        for (facet, isMaximum, phrase) in [
            ("maxInclusive", true, "' is greater than the maximum value allowed ('"),
            ("minInclusive", false, "' is less than the minimum value allowed ('"),
        ] {
            let head = "[facet '\(facet)'] The value '"
            if text.hasPrefix(head), let middle = text.range(of: phrase) {
                let value = String(text[text.index(text.startIndex, offsetBy: head.count)..<middle.lowerBound])
                let limit = text[middle.upperBound...].prefix { $0 != "'" }
                return .outOfRange(
                    element: element, attribute: attribute, value: value, limit: String(limit), isMaximum: isMaximum)
            }
        }
        // "[facet 'maxLength'] The value 'v' has a length of '70'; this exceeds the allowed
        // maximum length of '64'" (the value is left out when it is not a string).
        if text.hasPrefix("[facet 'maxLength'] The value"), let lengthStart = text.range(of: "has a length of '"),
            let middle = text.range(of: "'; this exceeds the allowed maximum length of '")
        {
            let maximum = text[middle.upperBound...].prefix { $0 != "'" }
            return .tooLong(
                element: element, attribute: attribute, length: String(text[lengthStart.upperBound..<middle.lowerBound]),
                maximum: String(maximum))
        }
        if text.hasPrefix("'"), let middle = text.range(of: "' is not a valid value of the atomic type '") {
            let value = String(text[text.index(after: text.startIndex)..<middle.lowerBound])
            let type = text[middle.upperBound...].prefix { $0 != "'" }
            return .notOfType(element: element, attribute: attribute, value: value, type: String(type))
        }
        if text.hasPrefix("'"), let middle = text.range(of: "' is not a valid value of the list type") {
            let value = String(text[text.index(after: text.startIndex)..<middle.lowerBound])
            return .notOfListType(element: element, attribute: attribute, value: value)
        }
        return nil
    }

    /// "Expected is ( a )" or "Expected is one of ( a, b )".
    private static func expectedList(in text: String) -> [String] {
        guard let open = text.range(of: "Expected is"), let paren = text[open.upperBound...].firstIndex(of: "("),
            let close = text[paren...].firstIndex(of: ")")
        else { return [] }
        return text[text.index(after: paren)..<close].split(separator: ",").map {
            $0.trimmingCharacters(in: " ")
        }.filter { !$0.isEmpty && !$0.hasPrefix("##") }
    }

    // MARK: Oberih's words

    /// The rewrite of `said`, about `element` (the element the error was raised on).
    func rewrite(_ said: Said, at element: ParsedElement?) -> Rewrite? {
        switch said {
        case .notExpected(let name, let expected):
            return notExpected(name, expected: expected, at: element)
        case .missingChild(let name, let expected):
            let shape = outline.shapes[name]
            let required = expected.filter { shape?.requiredChildren.contains($0) ?? false }
            // Not one that may be left out (a lesson with a title only needs a step; a
            // <summary> would not do).
            let needed = expected.filter { !(shape?.optionalChildren.contains($0) ?? true) }
            var missing = !required.isEmpty ? required : !needed.isEmpty ? needed : expected
            guard let first = missing.first else { return nil }
            // One choice (the steps of a lesson): all its members, which libxml2 cuts short.
            if missing.count > 1, let shape, let rank = shape.childRanks[first],
                missing.allSatisfy({ shape.childRanks[$0] == rank })
            {
                missing = shape.children.filter { shape.childRanks[$0] == rank }
            }
            if missing.count == 1 {
                let after = lastChild(of: element).map { " after <\($0)>" } ?? ""
                if element?.children.contains(where: { $0.name == first }) == true {
                    // It has some, but fewer than it needs (a vote with one option).
                    return Rewrite(
                        message: "<\(name)> has too few <\(first)>", fix: "add another <\(first)>\(after)")
                }
                return Rewrite(message: "<\(name)> has no <\(first)>, which it needs", fix: "add <\(first)>\(after)")
            }
            return Rewrite(
                message: "<\(name)> ends before it has what it needs",
                fix: "add one of " + missing.map { "<\($0)>" }.joined(separator: ", "))
        case .attributeNotAllowed(let name, let attribute):
            let allowed = (outline.shapes[name]?.attributes.keys).map { $0.sorted() } ?? []
            let message = "attribute '\(attribute)' is not allowed on <\(name)>"
            if let guess = IdGuesser(allowed).guess(for: attribute), !(element?.attribute(guess) != nil) {
                return Rewrite(message: message, fix: "did you mean '\(guess)'?")
            }
            let list = allowed.isEmpty ? "it takes no attributes" : "it takes " + allowed.joined(separator: ", ")
            return Rewrite(message: message, fix: "remove it (\(list))")
        case .attributeMissing(let name, let attribute):
            let type = outline.shapes[name]?.attributes[attribute] ?? ""
            let example = Self.example(forType: type).map { " (\($0))" } ?? ""
            return Rewrite(
                message: "<\(name)> needs the attribute '\(attribute)'",
                fix: "add \(attribute)=\"…\"\(example)")
        case .notInSet(let name, let attribute, let value, let allowed):
            let what = attribute.map { "'\($0)'" } ?? "<\(name)>"
            let message = "\(what) cannot be '\(value)'"
            let list = allowed.joined(separator: ", ")
            if let guess = IdGuesser(allowed).guess(for: value.lowercased()) ?? allowed.first(where: {
                $0.lowercased() == value.lowercased()
            }) {
                return Rewrite(message: message, fix: "did you mean '\(guess)'? (allowed: \(list))")
            }
            return Rewrite(message: message, fix: "use one of: \(list)")
        case .patternMismatch(let name, let attribute, let value):
            return patternMismatch(name, attribute: attribute, value: value)
        case .notOfType(let name, let attribute, let value, let type):
            let what = attribute.map { "'\($0)'" } ?? "the text of <\(name)>"
            let message = "\(what) cannot be '\(value)'"
            switch type {
            case "xs:boolean":
                let lower = value.lowercased()
                let fix =
                    ["true", "false"].contains(lower.trimmingCharacters(in: " "))
                    ? "use true or false, in lower case: \(lower.trimmingCharacters(in: " "))"
                    : "use true or false, in lower case"
                return Rewrite(message: message, fix: fix)
            case "xs:integer":
                return Rewrite(message: message, fix: "write a whole number in digits, such as 12")
            case "xs:positiveInteger":
                return Rewrite(message: message, fix: "write a whole number greater than 0, in digits, such as 10")
            case "xs:nonNegativeInteger":
                return Rewrite(message: message, fix: "write a whole number, 0 or more, in digits")
            case "xs:decimal":
                let dotted = value.replacingOccurrences(of: ",", with: ".")
                let fix =
                    dotted != value && Double(dotted) != nil
                    ? "write the number with a full stop: \(dotted)"
                    : "write a number in digits, such as 1 or 2.5"
                return Rewrite(message: message, fix: fix)
            case "xs:date":
                return Rewrite(message: message, fix: "write a real date as YYYY-MM-DD, such as 2026-11-01")
            case "xs:anyURI":
                return Rewrite(message: message, fix: "write a web address such as https://example.org/help")
            default:
                return nil
            }
        case .notOfListType:
            return nil
        case .outOfRange(let name, let attribute, let value, let limit, let isMaximum):
            let what = attribute.map { "'\($0)'" } ?? "<\(name)>"
            return Rewrite(
                message: "\(what) is \(value), \(isMaximum ? "more" : "less") than \(limit)",
                fix: "use a number of \(isMaximum ? "at most" : "at least") \(limit)")
        case .tooLong(let name, let attribute, let length, let maximum):
            let what = attribute.map { "'\($0)'" } ?? "<\(name)>"
            return Rewrite(
                message: "\(what) is \(length) characters long, more than \(maximum)",
                fix: "shorten it to \(maximum) characters or fewer")
        case .textNotAllowed(let name):
            return Rewrite(
                message: "<\(name)> holds text outside its elements",
                fix: "remove the text, or put it inside the element it belongs to (texts go in <t lang=\"…\">)")
        }
    }

    /// "This element is not expected": out of order, missing something before it, or unknown.
    private func notExpected(_ name: String, expected: [String], at element: ParsedElement?) -> Rewrite? {
        guard let element, let parent = element.parent else { return nil }
        let shape = outline.shapes[parent.name]
        let siblings = parent.children
        let place = siblings.firstIndex { $0.documentIndex == element.documentIndex } ?? siblings.count
        let before = siblings[..<place]
        let after = siblings[min(place + 1, siblings.count)...]
        guard let shape, let rank = shape.childRanks[name] else {
            // Not an element of this parent at all.
            let candidates = expected.isEmpty ? shape?.children ?? [] : expected
            let message = "<\(name)> is not an element of <\(parent.name)> here"
            if let guess = IdGuesser(candidates).guess(for: name) {
                return Rewrite(message: message, fix: "did you mean <\(guess)>?")
            }
            if candidates.isEmpty { return Rewrite(message: message, fix: "remove it") }
            return Rewrite(
                message: message,
                fix: "remove it, or write one of " + candidates.prefix(12).map { "<\($0)>" }.joined(separator: ", "))
        }
        // One allowed once that came before: moving this one would not help (a second
        // <title> after the <summary> is not out of order).
        if !expected.contains(name), !shape.repeatableChildren.contains(name), before.contains(where: { $0.name == name }) {
            return Rewrite(
                message: "<\(parent.name)> has another <\(name)> before this one, and may have only one",
                fix: "remove this <\(name)>, or merge the two")
        }
        // It belongs earlier: before the first sibling the schema puts after it.
        if let later = before.first(where: { (shape.childRanks[$0.name] ?? -1) > rank }) {
            return Rewrite(
                message: "<\(name)> is out of order in <\(parent.name)>", fix: "move <\(name)> before <\(later.name)>")
        }
        // It belongs later: what the schema wants first is further down, or missing.
        let wanted = expected.filter { (shape.childRanks[$0] ?? Int.max) <= rank || expected.count == 1 }
        if let present = expected.first(where: { name in after.contains { $0.name == name } }) {
            return Rewrite(
                message: "<\(name)> is out of order in <\(parent.name)>", fix: "move <\(name)> after <\(present)>")
        }
        let required = wanted.filter { shape.requiredChildren.contains($0) }
        if let missing = required.first ?? (wanted.count == 1 ? wanted.first : nil) {
            if before.contains(where: { $0.name == missing }) {
                // Some are there, but fewer than it needs (a question with one option).
                return Rewrite(
                    message: "<\(parent.name)> has too few <\(missing)> before <\(name)>",
                    fix: "add another <\(missing)> before <\(name)>")
            }
            return Rewrite(message: "<\(missing)> is missing before <\(name)>", fix: "add <\(missing)> before <\(name)>")
        }
        if expected.isEmpty {
            return Rewrite(message: "<\(name)> cannot come here in <\(parent.name)>", fix: "remove it")
        }
        return Rewrite(
            message: "<\(name)> cannot come here in <\(parent.name)>",
            fix: "it may follow only " + expected.map { "<\($0)>" }.joined(separator: ", "))
    }

    /// A value that does not match its type's pattern, worded from the attribute's type.
    private func patternMismatch(_ name: String, attribute: String?, value: String) -> Rewrite? {
        guard let attribute else { return nil }
        let type = outline.shapes[name]?.attributes[attribute] ?? ""
        let message = "'\(attribute)' cannot be '\(value)'"
        switch type {
        case "Country":
            if value.count == 2, value.allSatisfy({ $0.isASCII && $0.isLetter }) {
                return Rewrite(message: message, fix: "write the country code in capitals: \(value.uppercased())")
            }
            if value.lowercased() == "international" {
                return Rewrite(message: message, fix: "write international in lower case")
            }
            return Rewrite(
                message: message,
                fix: "use a two-letter country code in capitals (UA, KZ, BY, MD) or international")
        case "Id", "IdList":
            let suggested = Self.idLike(value)
            let example = suggested.isEmpty || suggested == value ? "" : ": \(suggested)"
            return Rewrite(
                message: message,
                fix: "an id has lower-case letters, digits, '-' and '_', and starts with a letter or digit\(example)")
        case "Lang", "LangList":
            let parts = value.split(separator: "-", omittingEmptySubsequences: false)
            let suggested =
                ([parts.first.map { $0.lowercased() } ?? ""] + parts.dropFirst().map(String.init)).joined(separator: "-")
            let example = suggested == value ? "" : ": \(suggested)"
            return Rewrite(
                message: message,
                fix: "write a language tag such as en, uk or pt-BR, its language in lower case\(example)")
        case "SemVer":
            let numbers = value.split(separator: ".")
            let example =
                (1...2).contains(numbers.count) && numbers.allSatisfy({ Int($0) != nil })
                ? ": \(value + String(repeating: ".0", count: 3 - numbers.count))" : ", such as 1.0.0"
            return Rewrite(message: message, fix: "write the version as three numbers, MAJOR.MINOR.PATCH\(example)")
        default:
            return nil
        }
    }

    private func lastChild(of element: ParsedElement?) -> String? {
        element?.children.last?.name
    }

    /// An example for a missing attribute, from its type.
    private static func example(forType type: String) -> String? {
        switch type {
        case "Id": return "an id such as intro"
        case "Country": return "a country code in capitals such as UA, or international"
        case "Lang": return "a language tag such as en"
        case "LangList": return "language tags such as \"en uk\""
        case "SemVer": return "a version such as 1.0.0"
        case "xs:boolean": return "true or false"
        case "xs:integer", "xs:positiveInteger": return "a whole number"
        case "xs:decimal": return "a number"
        case "xs:date": return "a date such as 2026-11-01"
        default: return nil
        }
    }

    /// `value` written as an id: lower case, other characters as '-'.
    private static func idLike(_ value: String) -> String {
        var result = ""
        for scalar in value.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        while let first = result.first, first == "-" || first == "_" { result.removeFirst() }
        return result
    }
}

extension Substring {
    fileprivate func trimmingQuotes() -> String {
        var text = self
        while text.first == "'" { text.removeFirst() }
        while text.last == "'" { text.removeLast() }
        return String(text)
    }

    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = self
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        Substring(self).trimmingCharacters(in: set)
    }
}
