/// One answer to a Likert item: `value` on a 1...`scale` scale. A reversed item (agreeing
/// means less of the construct) scores scale + 1 − value.
public struct LikertResponse: Sendable, Hashable {
    public var value: Int
    public var scale: Int
    public var isReversed: Bool

    public init(value: Int, scale: Int, isReversed: Bool = false) {
        self.value = value
        self.scale = scale
        self.isReversed = isReversed
    }

    /// The score on the construct, 1...scale; nil when value is outside 1...scale or scale < 2.
    public var score: Int? {
        guard scale >= 2, (1...scale).contains(value) else { return nil }
        return isReversed ? scale + 1 - value : value
    }

    /// A learner's construct score: the mean of the responses' scores. nil when there is
    /// no response, a response is invalid, or the scales differ (their means would not be
    /// on one scale).
    public static func constructScore(_ responses: [LikertResponse]) -> Double? {
        guard let scale = responses.first?.scale, responses.allSatisfy({ $0.scale == scale }) else { return nil }
        let scores = responses.compactMap(\.score)
        guard scores.count == responses.count else { return nil }
        return Descriptive.mean(scores.map(Double.init))
    }
}
