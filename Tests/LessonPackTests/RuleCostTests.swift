import Foundation
import Testing

@testable import LessonPack

/// Packs built to make a rule's work grow faster than the pack: what each rule reports
/// stays bounded, and its words stay short. Nothing here measures time (the scaling
/// benchmark does, scripts/bench/scaling.sh).
@Suite struct RuleCostTests {
    /// `count` lessons with one text step each, `requires` given by `requires(index)`,
    /// placed before the minimal pack's second lesson.
    static func pack(lessons count: Int, requires: (Int) -> String) -> String {
        let lessons = (0..<count).map { index in
            """
            <lesson id="c\(index)" requires="\(requires(index))"><title><t lang="en">C</t><t lang="uk">C</t></title>
            <text id="c\(index)-text"><body><t lang="en">Hi.</t><t lang="uk">Привіт.</t></body></text></lesson>

            """
        }.joined()
        let anchor = "<lesson id=\"second\""
        return MinimalPack.xml.replacingOccurrences(of: anchor, with: lessons + anchor)
    }

    @Test func aLongCircleOfLessonsIsOneShortReport() {
        let result = MinimalPack.validate(Self.pack(lessons: 1000) { "c\(($0 + 1) % 1000)" })
        let cycles = result.diagnostics.filter { $0.code == .prerequisiteCycle }
        #expect(cycles.count == 1, "\(cycles.map(\.formatted))")
        let message = cycles.first?.message ?? ""
        #expect(message.contains("'c0' → 'c1' → 'c2' → 'c3' → … → 'c997' → 'c998' → 'c999' → 'c0'; 1000 lessons"), "\(message)")
        #expect(message.count < 200)
        #expect(result.diagnostics.allSatisfy { $0.code == .prerequisiteCycle }, "\(result.diagnostics.map(\.code))")
    }

    @Test func aChainWhoseEveryLessonAlsoRequiresTheFirstIsReportedUpToTheCap() {
        // c0 requires the last lesson, each other lesson the one before it and c0: every
        // lesson closes a circle through c0, n - 1 circles of up to n lessons.
        let count = 300
        let result = MinimalPack.validate(Self.pack(lessons: count) { $0 == 0 ? "c\(count - 1)" : "c\($0 - 1) c0" })
        let cycles = result.diagnostics.filter { $0.code == .prerequisiteCycle }
        #expect(cycles.count == PackChecker.reportsPerCode + 1, "\(cycles.count)")
        #expect(cycles.contains { $0.message.contains("\(count - 1 - PackChecker.reportsPerCode) more problems") })
        #expect(cycles.allSatisfy { $0.message.count < 200 })
    }

    @Test func didYouMeanIsOfferedForTheFirstTwentyUnknownReferencesOfACode() {
        let result = MinimalPack.validate(Self.pack(lessons: 30) { _ in "firts" })
        let unknown = result.diagnostics.filter { $0.code == .unknownPrerequisite }
        #expect(unknown.count == 30)
        #expect(unknown.prefix(IdGuesser.guessesPerCode).allSatisfy { $0.suggestion == "did you mean 'first'?" })
        #expect(unknown.dropFirst(IdGuesser.guessesPerCode).allSatisfy { $0.suggestion.hasPrefix("use the id of an existing") })
    }

    @Test func theNearestIdIsGuessedAndTiesGoToTheFirstInOrder() {
        let guesser = IdGuesser(["first", "frost", "second"])
        #expect(guesser.guess(for: "firts") == "first")
        #expect(guesser.guess(for: "fisrt") == "first")
        #expect(guesser.guess(for: "frist") == "frost")
        #expect(guesser.guess(for: "thirdly") == nil)
        #expect(guesser.guess(for: "") == nil)
        #expect(IdGuesser(["cb", "ab"]).guess(for: "b") == "ab")
        #expect(IdGuesser(["cb", "ab"]).guess(for: "") == "ab")
        #expect(IdGuesser([]).guess(for: "a") == nil)
    }

    /// The banded distance agrees with the whole table wherever it answers, and answers
    /// exactly when the distance is within the limit.
    @Test func bandedEditDistanceAgreesWithTheWholeTable() {
        var generator = SplitMix64(state: 7)
        for _ in 0..<3000 {
            let left = (0..<Int.random(in: 0...7, using: &generator)).map { _ in UInt8.random(in: 97...99, using: &generator) }
            let right = (0..<Int.random(in: 0...7, using: &generator)).map { _ in UInt8.random(in: 97...99, using: &generator) }
            let whole = Self.levenshtein(left, right)
            for limit in 0...3 {
                let banded = editDistance(left, right, atMost: limit)
                #expect(banded == (whole <= limit ? whole : nil), "\(left) \(right) limit \(limit): \(String(describing: banded)), whole \(whole)")
            }
        }
    }

    static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    @Test func manyDeclaredLanguagesAreOneErrorAndABoundedReport() {
        let codes = RuleCase.languageCodes(600)
        let xml = MinimalPack.xml.replacingOccurrences(of: "langs=\"en uk\"", with: "langs=\"en uk \(codes)\"")
        let result = MinimalPack.validate(xml)
        #expect(result.diagnostics.filter { $0.code == .tooManyLanguages }.count == 1)
        let missing = result.diagnostics.filter { $0.code == .missingTranslation }
        #expect(missing.count == PackChecker.reportsPerCode + 1)
        #expect(missing.allSatisfy { $0.suggestion.count < 200 }, "\(missing.first?.suggestion ?? "")")
    }
}

/// A seeded generator, so the random cases are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
