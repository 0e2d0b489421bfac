/// A gain is only as good as the two tests behind it: each measures every objective with
/// several items, and the post-test is a parallel form of the pre-test, not a copy of it.
extension PackChecker {
    mutating func checkTestForms() {
        let preTests = pack.lessons.filter { $0.kind == .preTest }
        let postTests = pack.lessons.filter { $0.kind == .postTest }
        for test in preTests + postTests { checkObjectiveCoverage(of: test) }
        for test in preTests where test.declaredFeedback == nil { checkNoTeachingIn(test) }
        guard let postTest = postTests.first, !preTests.isEmpty else { return }
        checkSameItemKinds(preTests, postTests, reportingAt: postTest)
        checkNoRepeatedStems(preTests, postTests)
    }

    private mutating func checkObjectiveCoverage(of test: Lesson) {
        var counts: [String: Int] = [:]
        for objective in test.objectives { counts[objective.id] = 0 }
        for item in test.scoredItems {
            for objective in Set(item.objectives.map(\.id)) { counts[objective, default: 0] += 1 }
        }
        let needed = pack.itemsPerObjective
        for (objective, count) in counts.sorted(by: { $0.key < $1.key }) where count < needed {
            report(
                .objectiveCoverage, at: test.position,
                "\(test.label) measures objective '\(objective)' with \(count) scored item\(count == 1 ? "" : "s"); at least \(needed) are needed before a score on it means much",
                fix: "add \(needed - count) more item\(needed - count == 1 ? "" : "s") on '\(objective)', or set items-per-objective on <pack>")
        }
    }

    /// A pre-test hides feedback unless it says otherwise; feedback written for one that
    /// does not say is never shown, and its author may not know.
    private mutating func checkNoTeachingIn(_ test: Lesson) {
        let teaching = test.steps.filter(\.teachesWhenAnswered)
        guard let first = teaching.first else { return }
        report(
            .pretestFeedback, at: test.position,
            "\(test.label) has feedback or hints on \(teaching.count) item\(teaching.count == 1 ? "" : "s") (first \(first.label)), which the player does not show in a pre-test: it would teach the post-test before the lessons do",
            fix: "remove them, or add feedback=\"shown\" to the assessment if the pre-test is meant to teach (the gain then counts that teaching)")
    }

    /// Objective by objective, the same number of items of each kind on both sides.
    private mutating func checkSameItemKinds(_ before: [Lesson], _ after: [Lesson], reportingAt test: Lesson) {
        let kindsBefore = itemKindsByObjective(before)
        let kindsAfter = itemKindsByObjective(after)
        // An objective on one side only is a pre-post-mismatch already.
        for objective in Set(kindsBefore.keys).intersection(kindsAfter.keys).sorted() {
            let (pre, post) = (kindsBefore[objective]!, kindsAfter[objective]!)
            guard pre != post else { continue }
            report(
                .parallelForms, at: test.position,
                "for objective '\(objective)' the pre-test has \(Self.describe(pre)) but the post-test has \(Self.describe(post)), so their scores do not compare",
                fix: "give both tests the same number of items of each kind on '\(objective)'")
        }
    }

    private func itemKindsByObjective(_ tests: [Lesson]) -> [String: [String: Int]] {
        var kinds: [String: [String: Int]] = [:]
        for item in tests.lazy.flatMap(\.scoredItems) {
            for objective in Set(item.objectives.map(\.id)) {
                kinds[objective, default: [:]][item.step.kindName, default: 0] += 1
            }
        }
        return kinds
    }

    /// "2 single-choice and 1 true-false".
    private static func describe(_ kinds: [String: Int]) -> String {
        let parts = kinds.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        return parts.count < 2 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }

    /// No post-test question reads the same as a pre-test one, unless both are anchors.
    private mutating func checkNoRepeatedStems(_ before: [Lesson], _ after: [Lesson]) {
        var preTestStems: [[UInt8]: (step: Step, isAnchor: Bool)] = [:]
        for step in before.lazy.flatMap(\.steps) {
            guard case .question(let question) = step.content else { continue }
            let key = stem(of: question)
            if preTestStems[key] == nil { preTestStems[key] = (step, question.isAnchor) }
        }
        for step in after.lazy.flatMap(\.steps) {
            guard case .question(let question) = step.content,
                let earlier = preTestStems[stem(of: question)], !(question.isAnchor && earlier.isAnchor)
            else { continue }
            report(
                .parallelForms, at: step.position,
                "post-test \(step.label) asks the same as pre-test \(earlier.step.label), so the gain partly measures memory of the pre-test",
                fix: "reword it as a parallel item on the same objective, or mark both anchor=\"true\" if repeating it is deliberate")
        }
    }

    /// The prompt in the pack's language, folded, so case and spacing do not hide a copy.
    private func stem(of question: Question) -> [UInt8] {
        TextFolding.folded(question.prompt.text(in: pack.defaultLanguage, fallback: pack.defaultLanguage))
    }
}

extension Step {
    /// Whether answering shows feedback or offers hints when the lesson shows them.
    var teachesWhenAnswered: Bool {
        switch content {
        case .question(let question):
            guard question.hints.isEmpty, question.feedback.isEmpty else { return true }
            switch question.answer {
            case .singleChoice(let options), .multipleChoice(let options): return options.contains { $0.feedback != nil }
            default: return false
            }
        case .scenario(let scenario):
            return scenario.nodes.contains { $0.choices.contains { $0.feedback != nil } }
        default:
            return false
        }
    }
}
