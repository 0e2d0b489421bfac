/// Distractor analysis of one choice item after Moodle's response analysis: how many
/// learners chose each option, overall and in the top and bottom thirds by total score,
/// with flags. docs/statistics.md defines the thirds and the flags. O(n log n + n·k).
public struct OptionAnalysis: Sendable, Hashable {
    public struct Option: Sendable, Hashable {
        public var id: String
        public var isKey: Bool
        public var chosen: Int
        public var chosenTop: Int
        public var chosenBottom: Int
        public var flags: [OptionFlag]
    }

    /// Learners who took the test (the rows).
    public var learners: Int
    /// Learners who gave an answer to this item; the rest skipped it.
    public var answered: Int
    /// The size of each third: ⌊learners / 3⌋.
    public var thirdSize: Int
    /// Fewer learners than the smallest safe group: `options` is empty, no counts are given.
    public var tooSmall: Bool
    public var options: [Option]

    /// `choices[learner]` is the option ids the learner chose (nil: skipped), `totals[learner]`
    /// their total score on the test; learners are in a fixed order (by code), which breaks
    /// ties in the total. nil when the two lengths differ or there are no options.
    public static func compute(
        options: [(id: String, isKey: Bool)], choices: [Set<String>?], totals: [Double], smallestSafeGroup: Int = 5
    ) -> OptionAnalysis? {
        guard choices.count == totals.count, !options.isEmpty else { return nil }
        let n = choices.count
        let third = n / 3
        let answered = choices.filter { $0 != nil }.count
        guard n >= smallestSafeGroup else {
            return OptionAnalysis(learners: n, answered: answered, thirdSize: third, tooSmall: true, options: [])
        }
        // Highest total first; equal totals keep the learners' order.
        let ranked = totals.indices.sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }
        let top = Set(ranked.prefix(third))
        let bottom = Set(ranked.suffix(third))
        var counted = options.map { option in
            var counts = (all: 0, top: 0, bottom: 0)
            for (learner, chosen) in choices.enumerated() where chosen?.contains(option.id) == true {
                counts.all += 1
                if top.contains(learner) { counts.top += 1 }
                if bottom.contains(learner) { counts.bottom += 1 }
            }
            return Option(
                id: option.id, isKey: option.isKey, chosen: counts.all, chosenTop: counts.top,
                chosenBottom: counts.bottom, flags: [])
        }
        let mostChosenDistractor = counted.filter { !$0.isKey }.map(\.chosen).max()
        for index in counted.indices {
            counted[index].flags = OptionFlag.flags(
                of: counted[index], answered: answered, mostChosenDistractor: mostChosenDistractor)
        }
        return OptionAnalysis(learners: n, answered: answered, thirdSize: third, tooSmall: false, options: counted)
    }
}

/// Why an option deserves a second look.
public enum OptionFlag: String, Sendable, Hashable, CaseIterable {
    /// A distractor chosen by under 5 % of the learners who answered the item.
    case nonFunctioning
    /// A distractor chosen by more of the top third than of the bottom third.
    case attractsTopThird
    /// The key chosen by fewer learners than some distractor.
    case keyLessChosen

    /// The share of answering learners below which a distractor is not functioning.
    public static let functioningShare = 0.05

    static func flags(of option: OptionAnalysis.Option, answered: Int, mostChosenDistractor: Int?) -> [OptionFlag] {
        var flags: [OptionFlag] = []
        if option.isKey {
            if let most = mostChosenDistractor, option.chosen < most { flags.append(.keyLessChosen) }
            return flags
        }
        if answered > 0, Double(option.chosen) < functioningShare * Double(answered) { flags.append(.nonFunctioning) }
        if option.chosenTop > option.chosenBottom { flags.append(.attractsTopThird) }
        return flags
    }
}
