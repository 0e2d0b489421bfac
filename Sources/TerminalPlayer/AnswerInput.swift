import Foundation
import LessonEngine
import LessonPack

/// What one typed line means at the current step.
public enum PlayerInput: Sendable, Hashable {
    case answer(Answer)
    /// `?`: show the next hint (only when the step has one left).
    case hint
    /// `h` or `help`: the help screen, with the support contacts.
    case help
    /// `i`, at a step that has sources: where its facts come from.
    case sources
    /// `s` or `skip` (only where the step may be skipped).
    case skip
    /// `q` or `quit`: save and quit.
    case quit
    /// Enter on a text, discussion or role play, or on a question with no try left.
    case continueOn
    /// Input that does not fit: the key of the one line to show, an example of what is
    /// expected here (`AnswerInput.message(_:for:)` fills in its values), or why a
    /// command cannot be done here (`cannotSkip`, `noHints`, `noHintsLeft`).
    case invalid(PlayerWords.Key)

    /// An answer that does not fit, with what is wrong named (`AnswerProblem`).
    case invalidAnswer(AnswerProblem)

    // Facilitator mode only (`FacilitatorInput`).
    /// A vote's tally typed at once, option id → count (`a=12 b=5 c=3`).
    case tally([String: Int])
    /// `v`: the group votes one by one.
    case countVotes
    /// `d`: the disclosure card.
    case disclosureCard
    /// `n`, at a step with notes for the facilitator: the notes, shown aside.
    case facilitatorNotes
    /// A vote's input that is not a tally: what is wrong, and the tally example.
    case invalidTally(TallyProblem)
}

/// Reads one typed line as an answer or a command (docs/player.md). Pure, and total: any
/// string gives an input, never a crash.
///
/// - Whitespace at both ends is trimmed and case is ignored. Control characters
///   anywhere (an arrow key's escape sequence, a pasted tab) and lines over
///   `maximumLength` Unicode scalars are invalid.
/// - Commands, the whole line alone: `?` hint, `h`/`help`, `s`/`skip`, `q`/`quit`, and at
///   a step that has sources `i` (sources; also `і`, its Cyrillic look-alike).
///   ASCII only otherwise, the same in every language (`?` is on Ukrainian and Russian
///   keyboards too), and the keys in their place on those layouts (`р` h, `й` q, `ы` s:
///   `CommandKey`). They come before answers, so option letters `h`, `q` and `s` cannot
///   be typed alone (the numbers 8, 17 and 19 can), nor `р` for p (16 can), nor `i` at a
///   step with sources (9 can). On a short answer only the one-character commands count, so `help`, `skip` and
///   `quit` there are answers; an answer that is exactly `?`, `h`, `s` or `q` (or `i` at a
///   step with sources) cannot be given.
/// - Options, items, vote options and scenario choices are numbered 1…n in showing
///   order (`order`, `scenarioChoiceOrder`); the letters a…z work too (a = 1), and
///   so do Cyrillic look-alikes of them (`а`, `в`, `с`, `е`…: `cyrillicLookAlikes`).
///   Likert points are numbers only. Several numbers are separated by spaces and/or
///   commas.
/// - Matching: left sides are the letters a, b, c… (or their Cyrillic look-alikes) in
///   the file's order of pairs, right
///   sides the numbers in `order`: `a2 b1 c3`, `a-2`, `a:2`, `a2,b1`, `a2b1c3`. Every
///   left side once and every number once.
/// - True/false: `t`, `true`, `y`, `yes`, `1`, `т`, `так`, `д`, `да` for true; `f`,
///   `false`, `n`, `no`, `2`, `н`, `ні`, `нет` for false, in any language.
/// - Enter alone (or only spaces) is never an answer: `.continueOn` on a text,
///   discussion, role play, a question with no try left or one answered partly right
///   (its points are kept); elsewhere invalid, and after a wrong answer the try is kept.
public enum AnswerInput {
    /// The longest line read, in Unicode scalars after trimming.
    public static let maximumLength = 500

    public static func parse(_ line: String, for presented: PresentedStep) -> PlayerInput {
        let expected = example(for: presented)
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.unicodeScalars.count <= maximumLength,
            !trimmed.unicodeScalars.contains(where: isControl)
        else { return .invalid(expected) }
        let lowered = trimmed.lowercased()
        if let command = command(lowered, for: presented) { return command }
        if trimmed.isEmpty { return canContinue(presented) ? .continueOn : .invalid(expected) }
        guard expected != .pressEnter else { return .invalid(expected) }
        guard let answer = answer(trimmed, lowered, for: presented) else {
            return problem(lowered, for: presented).map { .invalidAnswer($0) } ?? .invalid(expected)
        }
        return .answer(answer)
    }

    /// The key of the one-line example of what to type at this step.
    public static func example(for presented: PresentedStep) -> PlayerWords.Key {
        switch presented.step.content {
        case .question(let question):
            if presented.attemptsUsed > 0 && presented.attemptsLeft <= 0 { return .pressEnter }
            switch question.answer {
            case .singleChoice: return .typeOneNumber
            case .multipleChoice: return .typeSeveralNumbers
            case .trueFalse: return .typeTrueOrFalse
            case .ordering: return .typeOrder
            case .matching: return .typePairs
            case .shortAnswer: return .typeShortAnswer
            }
        case .likert: return .typeNumberInRange
        case .scenario: return presented.scenarioChoiceOrder.count > 1 ? .typeNumberInRange : .typeOne
        case .vote: return .typeOneNumber
        case .text, .discussion, .rolePlay: return .pressEnter
        }
    }

    /// The text of `key` in the step's language, with examples that fit the step: no
    /// number in an example is higher than the step's count (`2 1` for two items).
    public static func message(_ key: PlayerWords.Key, for presented: PresentedStep) -> String {
        PlayerWords.text(key, language: presented.language, values: values(key, for: presented))
    }

    /// The commands that can be used at this step, in one line (`? hint · h help · …`),
    /// leaving out a hint when none is left, sources when the step has none, and a skip
    /// when the step cannot be skipped.
    public static func commandLine(for presented: PresentedStep) -> String {
        var keys: [PlayerWords.Key] = []
        if presented.hintsLeft > 0 { keys.append(.commandHint) }
        keys.append(.commandHelp)
        if hasSources(presented) { keys.append(.commandSources) }
        if presented.step.isSkippable { keys.append(.commandSkip) }
        keys.append(.commandQuit)
        return keys.map { PlayerWords.text($0, language: presented.language) }.joined(separator: " · ")
    }

    /// The values for `key`'s text at this step.
    static func values(_ key: PlayerWords.Key, for presented: PresentedStep) -> [String] {
        let count = numberedCount(presented)
        switch key {
        case .typeOneNumber: return [count >= 2 ? "2" : "1"]
        case .typeSeveralNumbers: return [count >= 3 ? "1 3" : count == 2 ? "1 2" : "1"]
        case .typeOrder: return [count >= 3 ? "3 1 2" : count == 2 ? "2 1" : "1"]
        case .typePairs: return [count >= 3 ? "a2 b1 c3" : count == 2 ? "a2 b1" : "a1"]
        case .typeNumberInRange: return ["1", String(max(count, 1))]
        default: return []
        }
    }

    /// How many numbers the step shows: options, items, pairs, scale points or choices.
    private static func numberedCount(_ presented: PresentedStep) -> Int {
        switch presented.step.content {
        case .likert(let item): return item.scale
        case .scenario: return presented.scenarioChoiceOrder.count
        default: return presented.order.count
        }
    }

    // MARK: - Commands

    private static func command(_ lowered: String, for presented: PresentedStep) -> PlayerInput? {
        var isShortAnswer = false
        if case .question(let question) = presented.step.content, case .shortAnswer = question.answer {
            isShortAnswer = true
        }
        switch CommandKey.layoutKeys[lowered] ?? lowered {
        case "?": return hint(presented)
        case "h": return .help
        case "i" where hasSources(presented), "і" where hasSources(presented): return .sources
        case "s": return skip(presented)
        case "q": return .quit
        case "help" where !isShortAnswer: return .help
        case "skip" where !isShortAnswer: return skip(presented)
        case "quit" where !isShortAnswer: return .quit
        default: return nil
        }
    }

    /// Whether the step names sources for its facts (`step/@sources`): only then is `i` a command.
    static func hasSources(_ presented: PresentedStep) -> Bool {
        !presented.step.sources.isEmpty
    }

    private static func hint(_ presented: PresentedStep) -> PlayerInput {
        if presented.hintsLeft > 0 { return .hint }
        return .invalid(presented.hintsShown > 0 ? .noHintsLeft : .noHints)
    }

    private static func skip(_ presented: PresentedStep) -> PlayerInput {
        presented.step.isSkippable ? .skip : .invalid(.cannotSkip)
    }

    private static func canContinue(_ presented: PresentedStep) -> Bool {
        switch presented.step.content {
        case .text, .discussion, .rolePlay: return true
        // After a wrong answer with tries left, Enter is no answer and keeps the try:
        // only once no try is left does it move on. After a partly right one it keeps
        // those points and moves on (a retry is worth less; the learner chooses).
        case .question:
            return presented.attemptsUsed > 0 && (presented.attemptsLeft <= 0 || presented.verdict == .partlyCorrect)
        case .likert, .scenario, .vote: return false
        }
    }

    // MARK: - Answers

    /// The answer `trimmed` (and its lower-case form) gives, or `nil` if it does not fit.
    private static func answer(_ trimmed: String, _ lowered: String, for presented: PresentedStep) -> Answer? {
        let order = presented.order
        switch presented.step.content {
        case .question(let question):
            switch question.answer {
            case .singleChoice:
                return single(lowered, count: order.count).map { .choice(order[$0]) }
            case .multipleChoice:
                guard let positions = positions(lowered, count: order.count, lettersToo: true), !positions.isEmpty
                else { return nil }
                var ids: [String] = []
                for id in positions.map({ order[$0] }) where !ids.contains(id) { ids.append(id) }
                return .choices(ids)
            case .trueFalse:
                return trueFalse(lowered).map { .trueFalse($0) }
            case .ordering:
                guard let positions = positions(lowered, count: order.count, lettersToo: true),
                    positions.count == order.count, Set(positions).count == positions.count
                else { return nil }
                return .order(positions.map { order[$0] })
            case .matching(let pairs):
                guard case .success(let matched) = Self.pairs(lowered, letters: pairs.count, numbers: order.count)
                else { return nil }
                let left = pairs.map(\.id)
                // Ids are unique in a valid pack; a repeated one keeps its first pair, never traps.
                return .matches(
                    Dictionary(matched.map { (left[$0.letter], order[$0.number]) }, uniquingKeysWith: { first, _ in first }))
            case .shortAnswer:
                return .text(trimmed)
            }
        case .likert(let item):
            guard let positions = positions(lowered, count: item.scale, lettersToo: false), positions.count == 1 else {
                return nil
            }
            return .likert(positions[0] + 1)
        case .scenario:
            let choices = presented.scenarioChoiceOrder
            return single(lowered, count: choices.count).map { .scenarioChoice(choices[$0]) }
        case .vote:
            return single(lowered, count: order.count).map { .vote(order[$0]) }
        case .text, .discussion, .rolePlay:
            return nil
        }
    }

    /// One number or letter, as a 0-based position below `count`.
    static func single(_ lowered: String, count: Int) -> Int? {
        guard let positions = positions(lowered, count: count, lettersToo: true), positions.count == 1 else {
            return nil
        }
        return positions[0]
    }

    /// Numbers (and, if `lettersToo`, single letters a…z) separated by spaces and/or
    /// commas, as 0-based positions; `nil` if any is not one or is out of 1…count.
    static func positions(_ lowered: String, count: Int, lettersToo: Bool) -> [Int]? {
        var positions: [Int] = []
        for token in lowered.split(whereSeparator: { $0.isWhitespace || $0 == "," }) {
            let scalars = Array(token.unicodeScalars)
            let number: Int?
            if scalars.allSatisfy(isDigit) {
                number = Self.number(scalars)
            } else if lettersToo, scalars.count == 1, let letter = letterNumber(scalars[0]) {
                number = letter
            } else {
                number = nil
            }
            guard let number, number >= 1, number <= count else { return nil }
            positions.append(number - 1)
        }
        return positions
    }

    private static func trueFalse(_ lowered: String) -> Bool? {
        switch lowered {
        case "t", "true", "y", "yes", "1", "т", "так", "д", "да": return true
        case "f", "false", "n", "no", "2", "н", "ні", "нет": return false
        default: return nil
        }
    }

    /// `a2 b1 c3` (with `-` or `:` between letter and number if wished, pairs apart by
    /// spaces, commas or nothing) as 0-based (letter, number) pairs, every letter below
    /// `letters` once and every number below `numbers` once; or what is wrong, `nil`
    /// where the example line says it best.
    static func pairs(_ lowered: String, letters: Int, numbers: Int)
        -> Result<[(letter: Int, number: Int)], NotPairs>
    {
        let scalars = Array(lowered.unicodeScalars)
        var index = 0
        func skip(_ isSkipped: (Unicode.Scalar) -> Bool) {
            while index < scalars.count && isSkipped(scalars[index]) { index += 1 }
        }
        let lastLetter = TextScreens.letter(letters - 1)
        func fail(_ problem: AnswerProblem?) -> Result<[(letter: Int, number: Int)], NotPairs> {
            .failure(NotPairs(problem: problem))
        }
        var result: [(letter: Int, number: Int)] = []
        var letterUsed = Array(repeating: false, count: letters)
        var numberUsed = Array(repeating: false, count: numbers)
        while true {
            skip { $0.properties.isWhitespace || $0 == "," }
            guard index < scalars.count else { break }
            let letterTyped = String(scalars[index])
            guard let letter = letterNumber(scalars[index]).map({ $0 - 1 }) else { return fail(nil) }
            index += 1
            skip(\.properties.isWhitespace)
            if index < scalars.count && (scalars[index] == "-" || scalars[index] == ":") { index += 1 }
            skip(\.properties.isWhitespace)
            let digitsStart = index
            skip(isDigit)
            // A word such as "dog" is not a pair at all: name a wrong letter only before a number.
            guard digitsStart < index else { return fail(nil) }
            guard letter < letters else { return fail(.letterOutOfRange(letterTyped, last: lastLetter)) }
            let digits = String(String.UnicodeScalarView(scalars[digitsStart..<index]))
            guard let number = number(scalars[digitsStart..<index]).map({ $0 - 1 }), number >= 0, number < numbers
            else { return fail(.numberOutOfRange(TallyProblem.shown(digits[...]), highest: numbers)) }
            guard !letterUsed[letter] else { return fail(.letterGivenTwice(letterTyped)) }
            guard !numberUsed[number] else { return fail(.numberGivenTwice(digits)) }
            letterUsed[letter] = true
            numberUsed[number] = true
            result.append((letter, number))
        }
        guard !result.isEmpty else { return fail(nil) }
        let missing = letterUsed.indices.filter { !letterUsed[$0] }
        guard missing.isEmpty else {
            return fail(.lettersWithoutNumber(missing.map(TextScreens.letter).joined(separator: ", ")))
        }
        return .success(result)
    }

    /// A line that is not pairs, and what is wrong with it where that can be named.
    struct NotPairs: Error {
        let problem: AnswerProblem?
    }

    // MARK: - Characters

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// A positive number of ASCII digits; `nil` if there are none or too many to mean
    /// any option (so a pasted row of digits cannot overflow).
    static func number(_ digits: some Collection<Unicode.Scalar>) -> Int? {
        guard !digits.isEmpty, digits.count <= 6 else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1.value - 48) }
    }

    /// `a` = 1 … `z` = 26, for a lower-case ASCII letter or a Cyrillic letter that looks
    /// like one (`cyrillicLookAlikes`).
    private static func letterNumber(_ scalar: Unicode.Scalar) -> Int? {
        let scalar = cyrillicLookAlikes[scalar] ?? scalar
        return ("a"..."z").contains(scalar) ? Int(scalar.value - 96) : nil
    }

    /// Lower-case Cyrillic letters typed on a Ukrainian or Russian keyboard for the Latin
    /// option letters they look like (in capitals, for в, к and м): а a, в b, с c, е e,
    /// і i, к k, м m, о o, р p, х x, у y. Only where an option letter is expected; letters
    /// that are answers or look like a command elsewhere (д, н, т: yes, no; the commands
    /// h, q, s have no such look-alike) are not taken.
    static let cyrillicLookAlikes: [Unicode.Scalar: Unicode.Scalar] = [
        "а": "a", "в": "b", "с": "c", "е": "e", "і": "i", "к": "k", "м": "m", "о": "o", "р": "p", "х": "x",
        "у": "y",
    ]

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
