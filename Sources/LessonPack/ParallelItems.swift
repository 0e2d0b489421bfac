/// The items of a pre-test and a post-test that measure the same thing: the parallel-forms
/// rule asks for the same number of items of each kind on each objective, so the k-th
/// scored item of a kind on an objective (its first) in one test is partnered with the
/// k-th of that kind and objective in the other. Reports set partners side by side; the
/// simulation gives partners the same difficulty.
public enum ParallelItems {
    public struct Partners: Sendable, Hashable {
        public var preTestStepId: String
        public var postTestStepId: String
    }

    /// Partners in the post-test's order; items with no partner are left out.
    public static func partners(preTest: Lesson, postTest: Lesson) -> [Partners] {
        var waiting: [String: [String]] = [:]
        for key in keys(of: preTest) { waiting[key.key, default: []].append(key.stepId) }
        var taken: [String: Int] = [:]
        return keys(of: postTest).compactMap { key in
            let index = taken[key.key, default: 0]
            guard let candidates = waiting[key.key], index < candidates.count else { return nil }
            taken[key.key] = index + 1
            return Partners(preTestStepId: candidates[index], postTestStepId: key.stepId)
        }
    }

    /// Each scored item's step id and its key: first objective and kind.
    private static func keys(of test: Lesson) -> [(stepId: String, key: String)] {
        test.scoredItems.map { item in
            (item.step.id, (item.objectives.first?.id ?? "") + "\u{0}" + item.step.kindName)
        }
    }
}
