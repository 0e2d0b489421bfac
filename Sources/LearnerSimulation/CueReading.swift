import LessonEngine
import LessonPack

/// Answers of a learner who knows nothing of the topic and reads only the cues that badly
/// written items give away (docs/assessment.md): the longest option, the number of right
/// options most items have, "false" for a true/false statement, and the order on screen.
/// A wrong answer with attempts left is tried again with the next guess by the same cue.
struct CueReading: Sendable {
    /// How many options are right in most multiple-choice items of the pack (fewer on a tie).
    let usualCorrectCount: Int

    init(pack: Pack) {
        var counts: [Int: Int] = [:]
        for step in pack.lessons.lazy.flatMap(\.steps) {
            guard case .question(let question) = step.content, case .multipleChoice(let options) = question.answer
            else { continue }
            counts[options.filter(\.isCorrect).count, default: 0] += 1
        }
        usualCorrectCount = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 1
    }

    /// The answer for attempt `attempt` (0 first), or nil when the cue has no other guess.
    func answer(_ question: Question, shown: PresentedStep, attempt: Int) -> Answer? {
        let language = shown.language
        switch question.answer {
        case .singleChoice(let options):
            let ranked = Self.longestFirst(options, order: shown.order, language: language)
            return ranked.indices.contains(attempt) ? .choice(ranked[attempt]) : nil
        case .multipleChoice(let options):
            guard attempt == 0 else { return nil }
            let ranked = Self.longestFirst(options, order: shown.order, language: language)
            return .choices(Array(ranked.prefix(max(1, usualCorrectCount))))
        case .trueFalse:
            return attempt < 2 ? .trueFalse(attempt == 1) : nil
        case .ordering:
            return attempt == 0 ? .order(shown.order) : nil
        case .matching(let pairs):
            // Each left side, in the pack's order, to the right side shown at its place.
            guard attempt == 0, shown.order.count == pairs.count else { return nil }
            return .matches(Dictionary(uniqueKeysWithValues: zip(pairs.map(\.id), shown.order).map { ($0, $1) }))
        case .shortAnswer:
            return attempt == 0 ? .text("not sure") : nil
        }
    }

    /// The scenario choice whose label is longest, first shown on a tie, among those not
    /// `taken` yet (so a loop is left); nil when every choice has been taken.
    func choice(at node: ScenarioNode, shown: PresentedStep, taken: Set<Int>) -> Int? {
        let order = shown.scenarioChoiceOrder.isEmpty ? Array(node.choices.indices) : shown.scenarioChoiceOrder
        var best: (index: Int, length: Int)?
        for index in order where !taken.contains(index) {
            let length = Self.length(node.choices[index].label, shown.language)
            if length > best?.length ?? -1 { best = (index, length) }
        }
        return best?.index
    }

    /// Option ids from the longest label to the shortest; on a tie, the one shown first.
    static func longestFirst(_ options: [ChoiceOption], order: [String], language: String) -> [String] {
        let lengths = Dictionary(options.map { ($0.id, length($0.label, language)) }, uniquingKeysWith: max)
        let shown = order.isEmpty ? options.map(\.id) : order
        let place = Dictionary(shown.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        return shown.sorted { (lengths[$0] ?? 0, -(place[$0] ?? 0)) > (lengths[$1] ?? 0, -(place[$1] ?? 0)) }
    }

    /// Characters a reader sees: runs of white space count as one, the ends not at all.
    static func length(_ text: LocalizedText, _ language: String) -> Int {
        text.shownLength(in: language)
    }
}
