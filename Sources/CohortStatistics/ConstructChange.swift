/// An attitude construct's scores before and after (e.g. each learner's mean Likert
/// score on the construct, see `LikertResponse`): each occasion's summary over everyone
/// who answered it, and the paired change over the learners who answered both.
public struct ConstructChange: Sendable, Hashable {
    /// Everyone who answered before; nil when nobody did.
    public var before: SampleSummary?
    /// Everyone who answered after; nil when nobody did.
    public var after: SampleSummary?
    /// after − before for the learners in both, in learner order; nil when nobody is in both.
    /// Its `count` is the paired n.
    public var paired: PairedDifference?

    /// Scores keyed by learner (e.g. the learner's code). nil when both are empty or a
    /// score is not finite.
    public static func compute<Learner: Hashable & Comparable>(
        before: [Learner: Double], after: [Learner: Double], level: Double = 0.95
    ) -> ConstructChange? {
        guard !(before.isEmpty && after.isEmpty),
            before.values.allSatisfy(\.isFinite), after.values.allSatisfy(\.isFinite)
        else { return nil }
        // Sorted so that sums, and so the last digits, do not depend on hashing order.
        let both = before.keys.filter { after[$0] != nil }.sorted()
        return ConstructChange(
            before: SampleSummary(before.sorted { $0.key < $1.key }.map(\.value)),
            after: SampleSummary(after.sorted { $0.key < $1.key }.map(\.value)),
            paired: PairedDifference.compute(
                before: both.compactMap { before[$0] }, after: both.compactMap { after[$0] }, level: level))
    }
}
