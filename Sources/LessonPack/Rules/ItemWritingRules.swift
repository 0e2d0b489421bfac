import PackXML

/// Item-writing guidelines (Haladyna, Downing and Rodriguez 2002): the cues that let a
/// learner who knows nothing score above chance. The wording rules apply to every scored
/// question. The patterns across items apply to the pack's pre-tests and post-tests taken
/// together: their scores make the gain, and a cue learnt in the first works in the second.
/// Thresholds are in `ItemWriting`.
extension PackChecker {
    mutating func checkItemWriting() {
        var cues = TestCues()
        var tests: [Lesson] = []
        for lesson in pack.lessons {
            let isTest = lesson.kind == .preTest || lesson.kind == .postTest
            if isTest { tests.append(lesson) }
            let plainWording = lesson.ageRange(in: pack).minimum < ItemWriting.plainWordingBelowAge
            for step in lesson.steps {
                guard case .question(let question) = step.content else { continue }
                if isTest { cues.add(question, language: pack.defaultLanguage) }
                if case .singleChoice(let options) = question.answer {
                    checkLongestKey(options, of: step)
                }
                if plainWording { checkPlainWording(question, of: step, in: lesson) }
            }
        }
        if let first = tests.first {
            checkTestCues(cues, in: tests.map(\.label).joined(separator: " and "), at: first.position)
        }
    }

    private mutating func checkLongestKey(_ options: [ChoiceOption], of step: Step) {
        guard let lengths = KeyLengths(options, language: pack.defaultLanguage), lengths.isClearlyLongest
        else { return }
        report(
            .keyLongest, at: step.position,
            "the correct option of \(step.label) is the longest (\(lengths.key) characters; the longest other option has \(lengths.longestDistractor)), so a learner can pick it without knowing the answer",
            fix: "make the options about the same length, or a wrong option the longest")
    }

    private mutating func checkPlainWording(_ question: Question, of step: Step, in lesson: Lesson) {
        let ages = lesson.ageRange(in: pack)
        switch question.answer {
        case .singleChoice(let options), .multipleChoice(let options):
            for option in options {
                guard let phrase = option.label.translations.lazy
                    .compactMap({ ItemWriting.aboveOptions.matches(in: $0.text).first }).first
                else { continue }
                report(
                    .allNoneOfTheAbove, at: option.position,
                    "option '\(option.id)' of \(step.label) says \"\(phrase)\", which learners aged \(ages.minimum) often read as a trick",
                    fix: "replace it with a plausible wrong answer of its own")
            }
            guard let phrase = question.prompt.translations.lazy.compactMap({ ItemWriting.negativeStem(in: $0.text) }).first
            else { return }
            report(
                .negativeStem, at: question.prompt.position,
                "the prompt of \(step.label) asks in the negative (\"\(phrase)\"), which learners aged \(ages.minimum) often misread",
                fix: "ask for what is right, or make it a true/false statement")
        default:
            return
        }
    }

    /// `tests` names the tests for messages; reports go `at` the first.
    private mutating func checkTestCues(_ cues: TestCues, in tests: String, at position: SourcePosition) {
        let singleChoice = cues.singleChoiceCount
        if singleChoice >= ItemWriting.minimumSingleChoiceItems,
            Double(cues.keyLongest) > Double(singleChoice) * ItemWriting.longestKeyShare
        {
            report(
                .keyLongestInTest, at: position,
                "in \(cues.keyLongest) of the \(singleChoice) single-choice items of \(tests) the correct option is the longest, so always picking the longest option scores well",
                fix: "make a wrong option the longest in some items, or the options of each item about the same length")
        }
        if cues.correctCounts.count >= ItemWriting.minimumMultipleChoiceItems,
            let first = cues.correctCounts.first, cues.correctCounts.allSatisfy({ $0 == first })
        {
            report(
                .correctCountUniform, at: position,
                "every one of the \(cues.correctCounts.count) multiple-choice items of \(tests) has \(first) correct option\(first == 1 ? "" : "s"), so always choosing \(first) is a cue",
                fix: "vary how many options are correct, from one to all but one")
        }
        let trueFalse = cues.trueFalseKeys.count
        if trueFalse >= ItemWriting.minimumItemsForTestCues {
            let trueCount = cues.trueFalseKeys.filter { $0 }.count
            let share = Double(trueCount) / Double(trueFalse)
            if !ItemWriting.balancedTrueShare.contains(share) {
                let majority = max(trueCount, trueFalse - trueCount)
                report(
                    .trueFalseBalance, at: position,
                    "\(trueCount) of the \(trueFalse) true/false statements of \(tests) \(trueCount == 1 ? "is" : "are") true (\(Int((share * 100).rounded())) %), so answering \"\(share < 0.5 ? "false" : "true")\" to all scores \(majority) of \(trueFalse)",
                    fix: "rewrite statements until between 35 % and 65 % of them are true")
            }
        }
        let fixedOrder = cues.unshuffledKeyPositions
        if fixedOrder.count >= ItemWriting.minimumItemsForTestCues {
            let counts = Dictionary(fixedOrder.map { ($0, 1) }, uniquingKeysWith: +)
            if let (place, count) = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
                Double(count) > Double(fixedOrder.count) / 2
            {
                report(
                    .keyPosition, at: position,
                    "the correct option is option \(place + 1) in \(count) of the \(fixedOrder.count) single-choice items of \(tests) that are not shuffled, so its place on screen is a cue",
                    fix: "add shuffle=\"true\" to those items, or move the correct options")
            }
        }
    }
}

/// What one lesson's questions give away, gathered in one pass.
private struct TestCues {
    var singleChoiceCount = 0
    /// Single-choice items whose correct option is longer than every other.
    var keyLongest = 0
    /// The correct option's place, 0 first, in single-choice items that are not shuffled.
    var unshuffledKeyPositions: [Int] = []
    /// The number of correct options of each multiple-choice item.
    var correctCounts: [Int] = []
    var trueFalseKeys: [Bool] = []

    mutating func add(_ question: Question, language: String) {
        switch question.answer {
        case .singleChoice(let options):
            singleChoiceCount += 1
            if let lengths = KeyLengths(options, language: language), lengths.key > lengths.longestDistractor {
                keyLongest += 1
            }
            if !question.shuffles, let place = options.firstIndex(where: \.isCorrect) {
                unshuffledKeyPositions.append(place)
            }
        case .multipleChoice(let options):
            correctCounts.append(options.filter(\.isCorrect).count)
        case .trueFalse(let key):
            trueFalseKeys.append(key)
        default:
            break
        }
    }
}

/// The shown length of a single-choice item's correct option beside its longest other one.
private struct KeyLengths {
    let key: Int
    let longestDistractor: Int

    /// Nil unless exactly one option is correct and at least one is not.
    init?(_ options: [ChoiceOption], language: String) {
        var key: Int?
        var longestDistractor: Int?
        for option in options {
            let length = option.label.shownLength(in: language)
            if option.isCorrect {
                guard key == nil else { return nil }
                key = length
            } else {
                longestDistractor = max(longestDistractor ?? 0, length)
            }
        }
        guard let key, let longestDistractor else { return nil }
        (self.key, self.longestDistractor) = (key, longestDistractor)
    }

    /// Longer by a share and by a number of characters, so "Block" against "Reply" passes.
    var isClearlyLongest: Bool {
        Double(key) >= Double(longestDistractor) * ItemWriting.longestKeyRatio
            && key - longestDistractor >= ItemWriting.longestKeyMargin
    }
}
