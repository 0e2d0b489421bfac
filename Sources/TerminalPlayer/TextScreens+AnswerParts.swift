import LessonEngine
import LessonPack

extension TextScreens {
    /// Which parts of an answer were right, in the terms the learner typed it in:
    /// "Right: a, c. Look again at: b." (matching letters), "In the right place: 1st, 3rd.
    /// Not in the right place yet: 2nd." (places in the learner's order), or counts
    /// ("Right among your choices: 1 of 2. Right answers found: 1 of 3."), which name no
    /// option while a try may be left. `nil` when there is nothing to say.
    static func partsRight(_ parts: AnswerParts, question: Question, words: ScreenWords) -> String? {
        var sentences: [String] = []
        switch parts {
        case .pairs(let right, let notRight):
            guard case .matching(let pairs) = question.answer else { return nil }
            let positions = Self.positions(of: pairs.map(\.id))
            let letters = { (ids: [String]) in ids.compactMap { positions[$0].map(letter) }.joined(separator: ", ") }
            if !right.isEmpty { sentences.append(words.word(.pairsRight, letters(right))) }
            if !notRight.isEmpty { sentences.append(words.word(.pairsLookAgain, letters(notRight))) }
        case .places(let right, let notRight):
            let places = { (places: [Int]) in places.map { ordinal($0, words: words) }.joined(separator: ", ") }
            if !right.isEmpty { sentences.append(words.word(.placesRight, places(right))) }
            if !notRight.isEmpty { sentences.append(words.word(.placesNotYet, places(notRight))) }
        case .choices(let rightChosen, let wrongChosen, let missed):
            let chosen = rightChosen + wrongChosen
            if chosen > 0 { sentences.append(words.word(.choicesRight, String(rightChosen), String(chosen))) }
            // Found all right ones but chose a wrong one too: say both, so neither count misleads.
            if missed > 0 || wrongChosen > 0 {
                sentences.append(words.word(.choicesFound, String(rightChosen), String(rightChosen + missed)))
            }
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    /// The right answer as the learner would type it here: `a2 b1 c3`, `3 1 2`, `1 3`;
    /// for true/false, whether the statement is true (a pack's feedback may not say);
    /// `nil` for a short answer, whose accepted answers may be many.
    static func rightAnswer(_ question: Question, presented: PresentedStep, words: ScreenWords) -> String? {
        let shown = Self.positions(of: presented.order)
        let number = { (id: String) in shown[id].map { String($0 + 1) } }
        switch question.answer {
        case .singleChoice(let options), .multipleChoice(let options):
            let right = Set(options.filter(\.isCorrect).map(\.id))
            let numbers = presented.order.indices.filter { right.contains(presented.order[$0]) }.map { String($0 + 1) }
            guard !numbers.isEmpty else { return nil }
            return words.word(.rightChoices, numbers.joined(separator: " "))
        case .ordering(let items):
            let numbers = items.compactMap { number($0.id) }
            guard numbers.count == items.count else { return nil }
            return words.word(.rightOrder, numbers.joined(separator: " "))
        case .matching(let pairs):
            let typed = pairs.enumerated().compactMap { index, pair in number(pair.id).map { letter(index) + $0 } }
            guard typed.count == pairs.count else { return nil }
            return words.word(.rightPairs, typed.joined(separator: " "))
        case .trueFalse(let isTrue):
            return words.word(isTrue ? .statementIsTrue : .statementIsFalse)
        case .shortAnswer:
            return nil
        }
    }

    /// Each id's position (0-based), the first where one repeats: one pass, so that
    /// looking up every id stays linear.
    static func positions(of ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `1st`, `2nd`, `3rd`, `11th`, `21st` in English; `1-й` in Ukrainian and Russian.
    static func ordinal(_ number: Int, words: ScreenWords) -> String {
        let base = PlayerWords.baseLanguage(words.playerLanguage)
        if base == "uk" || base == "ru" { return "\(number)-й" }
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}
