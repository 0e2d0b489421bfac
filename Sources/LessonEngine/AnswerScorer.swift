import LessonPack

/// How right an answer is, before hints and attempts are taken into account.
struct ScoredAnswer: Equatable {
    /// 0 to 1: the share of the question's points the answer is worth.
    var fraction: Double
    /// Options whose own feedback should be shown.
    var chosenOptions: [String]
    /// Which parts were right, for an answer with parts.
    var parts: AnswerParts? = nil
    /// A short answer a letter or two off an accepted one, where the question allows it:
    /// the accepted answer it was taken as.
    var spellingCorrection: String? = nil

    var verdict: Verdict {
        fraction >= 1 ? .correct : (fraction > 0 ? .partlyCorrect : .wrong)
    }
}

/// The scoring rules of docs/scoring.md, one function per question kind.
enum AnswerScorer {
    static func score(
        _ answer: Answer, for question: Question, stepId: String, language: String, defaultLanguage: String
    ) throws(SessionError) -> ScoredAnswer {
        switch (question.answer, answer) {
        case (.singleChoice(let options), .choice(let id)):
            guard let option = options.first(where: { $0.id == id }) else { throw .unknownOption(id) }
            return ScoredAnswer(fraction: option.isCorrect ? 1 : 0, chosenOptions: [id])
        case (.multipleChoice(let options), .choices(let ids)):
            return try scoreMultiple(options, chosen: ids)
        case (.trueFalse(let truth), .trueFalse(let said)):
            return ScoredAnswer(fraction: truth == said ? 1 : 0, chosenOptions: [])
        case (.ordering(let items), .order(let ids)):
            let expected = items.map(\.id)
            try requirePermutation(ids, of: expected)
            let places = expected.indices.map { $0 + 1 }
            let right = places.filter { ids[$0 - 1] == expected[$0 - 1] }
            let notRight = places.filter { ids[$0 - 1] != expected[$0 - 1] }
            return ScoredAnswer(
                fraction: Double(right.count) / Double(expected.count), chosenOptions: [],
                parts: .places(right: right, notRight: notRight))
        case (.matching(let pairs), .matches(let chosen)):
            let ids = pairs.map(\.id)
            try requirePermutation(ids.compactMap { chosen[$0] }, of: ids, extraKeys: Set(chosen.keys).subtracting(ids))
            let right = ids.filter { chosen[$0] == $0 }
            return ScoredAnswer(
                fraction: Double(right.count) / Double(ids.count), chosenOptions: [],
                parts: .pairs(right: right, notRight: ids.filter { chosen[$0] != $0 }))
        case (.shortAnswer(let accepted), .text(let text)):
            let given = TextNormalisation.normalised(text)
            guard !given.isEmpty else { throw .emptyAnswer }
            let inLanguage = accepted.filter { $0.language == language }
            let candidates = inLanguage.isEmpty ? accepted.filter { $0.language == defaultLanguage } : inLanguage
            let texts = (candidates.isEmpty ? accepted : candidates).map(\.text)
            if texts.contains(where: { TextNormalisation.normalised($0) == given }) {
                return ScoredAnswer(fraction: 1, chosenOptions: [])
            }
            if question.spelling == .close, let near = SpellingDistance.closest(to: given, among: texts) {
                return ScoredAnswer(fraction: 1, chosenOptions: [], spellingCorrection: near)
            }
            return ScoredAnswer(fraction: 0, chosenOptions: [])
        default:
            throw .doesNotFit(step: stepId, expected: question.answer.kindName)
        }
    }

    /// (right chosen − wrong chosen) ÷ all right options, never below 0.
    private static func scoreMultiple(_ options: [ChoiceOption], chosen ids: [String]) throws(SessionError)
        -> ScoredAnswer
    {
        var unique: [String] = []
        for id in ids where !unique.contains(id) { unique.append(id) }
        guard !unique.isEmpty else { throw .emptyAnswer }
        for id in unique where !options.contains(where: { $0.id == id }) { throw .unknownOption(id) }
        let correct = Set(options.filter(\.isCorrect).map(\.id))
        let rightChosen = unique.filter { correct.contains($0) }.count
        let wrongChosen = unique.count - rightChosen
        let fraction = max(0, Double(rightChosen - wrongChosen) / Double(max(correct.count, 1)))
        return ScoredAnswer(
            fraction: fraction, chosenOptions: unique,
            parts: .choices(rightChosen: rightChosen, wrongChosen: wrongChosen, missed: correct.count - rightChosen))
    }

    /// `given` must hold each of `expected` exactly once, and nothing else.
    private static func requirePermutation(
        _ given: [String], of expected: [String], extraKeys: Set<String> = []
    ) throws(SessionError) {
        let missing = expected.filter { !given.contains($0) }
        var seen: Set<String> = []
        var repeated: [String] = []
        for id in given where !seen.insert(id).inserted { repeated.append(id) }
        if let unknown = given.first(where: { !expected.contains($0) }) ?? extraKeys.sorted().first {
            throw .unknownOption(unknown)
        }
        if !missing.isEmpty || !repeated.isEmpty { throw .incomplete(missing: missing, repeated: repeated) }
    }
}
