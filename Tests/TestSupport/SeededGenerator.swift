import LessonEngine

/// The engine's SplitMix64, seeded directly, so that test data (learner codes, garbage
/// bytes, simulated samples) are the same on every run and a failure can be reproduced
/// from its seed.
public typealias SeededGenerator = SplitMix64

extension SplitMix64 {
    public init(seed: UInt64) { self.init(state: seed) }

    /// `count` bytes, eight from each draw, lowest first.
    public mutating func bytes(_ count: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(count)
        while result.count < count {
            var word = next()
            for _ in 0..<8 where result.count < count {
                result.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return result
    }
}
