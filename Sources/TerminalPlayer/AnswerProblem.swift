import LessonEngine
import LessonPack

/// Why a typed line is not an answer of this step, where that can be named more closely
/// than the step's example line ("2 is given to more than one letter"). Values are
/// shown as typed, at most 12 characters.
public enum AnswerProblem: Error, Sendable, Hashable {
    /// A number no option, item or pair has: the number as typed, the highest there is.
    case numberOutOfRange(String, highest: Int)
    /// Matching: a letter no pair has, and the last letter there is.
    case letterOutOfRange(String, last: String)
    /// Matching: one number after more than one letter.
    case numberGivenTwice(String)
    /// Matching: one letter given more than one number.
    case letterGivenTwice(String)
    /// Matching: the letters with no number yet, such as `b, c`.
    case lettersWithoutNumber(String)
    /// Ordering: one number more than once.
    case placedTwice(String)
    /// Ordering: fewer numbers than items; how many items there are.
    case notAllPlaced(count: Int)
}

extension AnswerInput {
    /// What is wrong with `lowered`, which is no answer of `presented`, if it can be
    /// named; `nil` leaves the step's example line to say it.
    static func problem(_ lowered: String, for presented: PresentedStep) -> AnswerProblem? {
        let count = presented.order.count
        switch presented.step.content {
        case .vote:
            return numberOutOfRange(lowered, count: count)
        case .question(let question):
            switch question.answer {
            case .singleChoice, .multipleChoice:
                return numberOutOfRange(lowered, count: count)
            case .ordering:
                return numberOutOfRange(lowered, count: count) ?? orderingProblem(lowered, count: count)
            case .matching(let pairs):
                guard case .failure(let notPairs) = Self.pairs(lowered, letters: pairs.count, numbers: count) else {
                    return nil
                }
                return notPairs.problem
            case .trueFalse, .shortAnswer:
                return nil
            }
        case .text, .discussion, .rolePlay, .likert, .scenario:
            return nil
        }
    }

    /// The first number above `count` (or 0) in a line of numbers and letters only.
    private static func numberOutOfRange(_ lowered: String, count: Int) -> AnswerProblem? {
        let tokens = lowered.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        guard tokens.allSatisfy({ $0.unicodeScalars.allSatisfy(isDigit) || $0.count == 1 }) else { return nil }
        for token in tokens where token.unicodeScalars.allSatisfy(isDigit) {
            let number = Self.number(token.unicodeScalars)
            if number.map({ $0 < 1 || $0 > count }) ?? true {
                return .numberOutOfRange(TallyProblem.shown(token), highest: count)
            }
        }
        return nil
    }

    /// Numbers (or letters) all in range: one twice, or too few.
    private static func orderingProblem(_ lowered: String, count: Int) -> AnswerProblem? {
        guard let positions = positions(lowered, count: count, lettersToo: true), !positions.isEmpty else { return nil }
        let tokens = lowered.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        var placed = Set<Int>()
        for (token, position) in zip(tokens, positions) where !placed.insert(position).inserted {
            return .placedTwice(TallyProblem.shown(token))
        }
        return positions.count < count ? .notAllPlaced(count: count) : nil
    }
}

extension AnswerInput {
    /// The line that names `problem`, in the step's language, with an example that fits
    /// the step.
    public static func message(_ problem: AnswerProblem, for presented: PresentedStep) -> String {
        func text(_ key: PlayerWords.Key, _ values: String...) -> String {
            PlayerWords.text(key, language: presented.language, values: values)
        }
        // An example is kept on one line (no-break spaces), so it reads as one answer.
        let pairsExample = values(.typePairs, for: presented)[0].replacing(" ", with: "\u{A0}")
        let orderExample = values(.typeOrder, for: presented)[0].replacing(" ", with: "\u{A0}")
        switch problem {
        case .numberOutOfRange(let typed, let highest): return text(.numberNotHere, typed, String(highest))
        case .letterOutOfRange(let typed, let last): return text(.letterNotHere, typed, last)
        case .numberGivenTwice(let typed): return text(.numberWithTwoLetters, typed, pairsExample)
        case .letterGivenTwice(let typed): return text(.letterWithTwoNumbers, typed, pairsExample)
        case .lettersWithoutNumber(let letters): return text(.lettersWithoutNumber, letters, pairsExample)
        case .placedTwice(let typed): return text(.placedTwice, typed, orderExample)
        case .notAllPlaced(let count): return text(.notAllPlaced, String(count), orderExample)
        }
    }
}
