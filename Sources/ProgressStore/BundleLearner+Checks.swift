import Foundation
import LessonPack

extension BundleLearner {
    /// What is wrong with a learner a bundle brings, as `learner add` would refuse it: an
    /// age outside Oberih's range (which would show them lessons for another age), an age
    /// band not of the form LOW-HIGH within it, a language or country not of their shape,
    /// or a control character anywhere. Nil when the learner can be stored.
    var problem: String? {
        let supported = AgeRange.supported
        if let age, !supported.contains(age: age) {
            return "learner \(code) is \(age), outside Oberih's ages \(supported.minimum) to \(supported.maximum)"
        }
        if let ageBand {
            let ages = ageBand.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            guard ages.count == 2, let low = ages[0], let high = ages[1], low < high, supported.contains(age: low),
                supported.contains(age: high)
            else { return "learner \(code) has the age band '\(StoredText.shownSafely(ageBand))', not LOW-HIGH within Oberih's ages" }
        }
        if !Self.isLanguageTag(language) {
            return "learner \(code) has the language '\(StoredText.shownSafely(language))', not a language tag such as en or pt-BR"
        }
        if let country, !(country.count == 2 && country.allSatisfy { $0.isASCII && $0.isUppercase }) {
            return "learner \(code) has the country '\(StoredText.shownSafely(country))', not an ISO 3166 code such as UA"
        }
        return nil
    }

    /// A primary language of 2 or 3 ASCII letters and subtags of 1 to 8 letters or digits.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
            primary.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}

/// A name a bundle brings for a pack, version, lesson or step: no control character or
/// direction mark, at most 200 characters. Nil when it can be stored.
func bundleNameProblem(_ name: String, what: String) -> String? {
    if name.isEmpty { return "\(what) is empty" }
    if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.isBidiControl }) {
        return "\(what) '\(StoredText.shownSafely(name))' holds a control character or direction mark"
    }
    return name.unicodeScalars.count > 200 ? "\(what) is over 200 characters long" : nil
}
