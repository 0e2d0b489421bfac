/// Deterministic shuffles: the same seed and step give the same order on every machine
/// and in every process (Swift's own hashing is seeded per process, so it is not used).
enum SeededOrder {
    /// `ids` shuffled by a generator seeded from `seed` and `salt`. O(n).
    static func shuffled(_ ids: [String], seed: UInt64, salt: String) -> [String] {
        var generator = SplitMix64(state: seed ^ fnv1a(salt))
        var result = ids
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            let other = Int(generator.next() % UInt64(index + 1))
            result.swapAt(index, other)
        }
        return result
    }

    /// FNV-1a, 64 bits, over the UTF-8 of `text`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): small, fast, and good enough for shuffling
/// and simulation; the same seed gives the same numbers on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(state: UInt64) {
        self.state = state
    }

    /// A generator for one named purpose (`salt`) under `seed`.
    public init(seed: UInt64, salt: String) {
        state = seed ^ SeededOrder.fnv1a(salt)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var value = state
        value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
        value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
        return value ^ (value >> 31)
    }
}
