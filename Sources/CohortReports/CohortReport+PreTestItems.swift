import CohortStatistics
import LessonPack

extension CohortReport {
    /// One test analysed item by item: each learner's first finished attempt.
    public struct TestItems: Sendable {
        public var test: Lesson
        public var analysis: ItemAnalysis
        /// The step id of each analysed item, by `ItemStatistics.index`.
        public var stepIds: [String]
    }

    /// A post-test item's parallel pre-test item (`ParallelItems`).
    public struct PreTestPartner: Sendable, Hashable {
        public var stepId: String
        /// The partner's facility in the pre-test's item analysis; nil when it was not analysed.
        public var facility: Double?
    }

    /// One analysed item with its question and, in the post-test, its pre-test partner.
    public struct AnalysedItem: Sendable {
        public var stepId: String
        /// The question's prompt in every language of the pack; nil for a step that is not a question.
        public var prompt: LocalizedText?
        public var statistics: ItemStatistics
        public var preTestPartner: PreTestPartner?
    }

    /// The pre-test analysed on its own, when the item-analysed test is the post-test.
    static func preTestItems(of pack: Pack, itemTest: Lesson?, loaded: CohortResults.Loaded) -> TestItems? {
        guard itemTest?.kind == .postTest, let preTest = pack.lessons.first(where: { $0.kind == .preTest }) else {
            return nil
        }
        let (analysis, stepIds) = itemAnalysis(of: preTest, loaded: loaded)
        return analysis.map { TestItems(test: preTest, analysis: $0, stepIds: stepIds) }
    }

    /// The items of `itemTest` (the post-test, else the pre-test), each with its question
    /// and, for a post-test, its pre-test partner; in test order.
    public var analysedItems: [AnalysedItem] {
        guard let items, let test = itemTest else { return [] }
        let partners = preTestPartners
        return items.items.map { item in
            let stepId = Self.stepId(of: item, in: itemStepIds)
            return AnalysedItem(
                stepId: stepId, prompt: Self.prompt(ofStep: stepId, in: test), statistics: item,
                preTestPartner: partners[stepId])
        }
    }

    /// The pre-test's items, each with its question, in test order; empty when the
    /// item-analysed test is not the post-test or nobody finished the pre-test.
    public var analysedPreTestItems: [AnalysedItem] {
        guard let preTestItems else { return [] }
        return preTestItems.analysis.items.map { item in
            let stepId = Self.stepId(of: item, in: preTestItems.stepIds)
            return AnalysedItem(
                stepId: stepId, prompt: Self.prompt(ofStep: stepId, in: preTestItems.test), statistics: item,
                preTestPartner: nil)
        }
    }

    /// The analysed pre-test items that are no post-test item's partner.
    public var unpartneredPreTestItems: [AnalysedItem] {
        let partnered = Set(preTestPartners.values.map(\.stepId))
        return analysedPreTestItems.filter { !partnered.contains($0.stepId) }
    }

    /// Each post-test item's partner, by the post-test item's step id; empty without a
    /// post-test and a pre-test.
    var preTestPartners: [String: PreTestPartner] {
        guard let postTest = itemTest, postTest.kind == .postTest,
            let preTest = preTestItems?.test ?? pack.lessons.first(where: { $0.kind == .preTest })
        else { return [:] }
        var facilities: [String: Double] = [:]
        if let preTestItems {
            for item in preTestItems.analysis.items {
                facilities[Self.stepId(of: item, in: preTestItems.stepIds)] = item.facility
            }
        }
        return Dictionary(
            ParallelItems.partners(preTest: preTest, postTest: postTest).map { pair in
                (pair.postTestStepId, PreTestPartner(stepId: pair.preTestStepId, facility: facilities[pair.preTestStepId]))
            }, uniquingKeysWith: { first, _ in first })
    }

    /// A question step's prompt; nil for another step or an unknown id.
    public static func prompt(ofStep stepId: String, in test: Lesson) -> LocalizedText? {
        guard let step = test.steps.first(where: { $0.id == stepId }), case .question(let question) = step.content
        else { return nil }
        return question.prompt
    }

    /// The step id of an analysed item, else its number.
    static func stepId(of item: ItemStatistics, in stepIds: [String]) -> String {
        stepIds.indices.contains(item.index) ? stepIds[item.index] : "\(item.index + 1)"
    }
}

extension JSONReport.Item {
    init(_ item: CohortReport.AnalysedItem, language: String, options: JSONReport.Options?) {
        let figures = item.statistics
        self.init(
            step: item.stepId, maximum: figures.maximum, facility: figures.facility,
            standardDeviation: figures.standardDeviation, discriminationIndex: figures.discriminationIndex,
            discriminativeEfficiency: figures.discriminativeEfficiency, flags: figures.flags.map(\.rawValue),
            options: options, prompt: item.prompt?.text(in: language, fallback: language),
            preTestPartner: item.preTestPartner.map { .init(stepId: $0.stepId, facility: $0.facility) })
    }
}
