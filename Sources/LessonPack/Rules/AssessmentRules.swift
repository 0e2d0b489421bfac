extension PackChecker {
    /// A pre-test and a post-test cover the same objectives; surveys given before and after
    /// cover the same constructs. Otherwise gain and attitude change cannot be measured.
    mutating func checkAssessments() {
        let preTests = pack.lessons.filter { $0.kind == .preTest }
        let postTests = pack.lessons.filter { $0.kind == .postTest }
        compare(
            preTests, postTests, measuring: objectivesAssessed, what: "objectives",
            names: ("pre-test", "post-test"))
        let surveysBefore = pack.lessons.filter { $0.kind == .survey && $0.timing == .before }
        let surveysAfter = pack.lessons.filter { $0.kind == .survey && $0.timing == .after }
        if !surveysBefore.isEmpty && !surveysAfter.isEmpty {
            compare(
                surveysBefore, surveysAfter, measuring: constructsSurveyed, what: "constructs",
                names: ("survey before", "survey after"))
        }
    }

    private mutating func compare(
        _ before: [Lesson], _ after: [Lesson], measuring: (Lesson) -> Set<String>, what: String,
        names: (String, String)
    ) {
        if before.isEmpty != after.isEmpty {
            let present = before.first ?? after.first!
            let missing = before.isEmpty ? names.0 : names.1
            report(
                .prePostUnpaired, at: present.position,
                "the pack has a \(before.isEmpty ? names.1 : names.0) but no \(missing), so change cannot be measured",
                fix: "add an assessment kind=\"\(missing == "pre-test" ? "pre-test" : "post-test")\" with parallel items")
            return
        }
        guard let anchor = after.first else { return }
        let measuredBefore = before.reduce(into: Set<String>()) { $0.formUnion(measuring($1)) }
        let measuredAfter = after.reduce(into: Set<String>()) { $0.formUnion(measuring($1)) }
        guard measuredBefore != measuredAfter else { return }
        var parts: [String] = []
        let onlyBefore = measuredBefore.subtracting(measuredAfter).sorted()
        let onlyAfter = measuredAfter.subtracting(measuredBefore).sorted()
        if !onlyBefore.isEmpty { parts.append("only the \(names.0) covers \(onlyBefore.joined(separator: ", "))") }
        if !onlyAfter.isEmpty { parts.append("only the \(names.1) covers \(onlyAfter.joined(separator: ", "))") }
        report(
            .prePostMismatch, at: anchor.position,
            "the \(names.0) and \(names.1) measure different \(what): " + parts.joined(separator: "; "),
            fix: "tag parallel items with the same \(what) in both")
    }

    /// Objectives of the scored items of an assessment (an item without its own takes the
    /// assessment's).
    func objectivesAssessed(_ lesson: Lesson) -> Set<String> {
        lesson.scoredItems.reduce(into: Set<String>()) { $0.formUnion($1.objectives.map(\.id)) }
    }

    private func constructsSurveyed(_ lesson: Lesson) -> Set<String> {
        Set(
            lesson.steps.compactMap {
                if case .likert(let item) = $0.content { return item.construct.id }
                return nil
            })
    }
}

extension Lesson {
    /// The scored steps (questions and scenarios) with the objectives each measures: its own,
    /// else the lesson's.
    var scoredItems: [(step: Step, objectives: [Reference])] {
        steps.compactMap { step in
            switch step.content {
            case .question, .scenario: return (step, step.objectives.isEmpty ? objectives : step.objectives)
            default: return nil
            }
        }
    }
}
