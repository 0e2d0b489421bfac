/// Whether a typed short answer is a slip of the keys away from an accepted one
/// (docs/scoring.md, `spelling="close"`): one slip for answers of 5 to 7 letters, two
/// from 8, none under 5 ("hell" is not "help"). A slip is a letter added, left out or
/// changed, or two neighbours swapped. The typed answer is already normalised.
enum SpellingDistance {
    /// The slips allowed in an answer of `length` characters.
    static func allowedSlips(forLength length: Int) -> Int {
        length < 5 ? 0 : (length < 8 ? 1 : 2)
    }

    /// The accepted answer `given` is a slip from, as the learner is told it is written:
    /// the first accepted answer (the pack's main spelling) when it is close enough,
    /// else the closest, the earliest of equals; `nil` when none is close.
    static func closest(to given: String, among accepted: [String]) -> String? {
        let close = accepted.filter { isClose(given, to: $0) }
        guard let first = accepted.first, !close.isEmpty else { return nil }
        if close.contains(first) { return first }
        let typed = Array(given)
        return close.min { a, b in
            distance(typed, Array(TextNormalisation.normalised(a)), atMost: 2)
                < distance(typed, Array(TextNormalisation.normalised(b)), atMost: 2)
        }
    }

    static func isClose(_ given: String, to accepted: String) -> Bool {
        let target = Array(TextNormalisation.normalised(accepted))
        let typed = Array(given)
        let slips = allowedSlips(forLength: target.count)
        guard slips > 0, abs(typed.count - target.count) <= slips else { return false }
        return distance(typed, target, atMost: slips) <= slips
    }

    /// The optimal-string-alignment distance of `a` and `b`, computed only in the band
    /// `|i − j| ≤ limit` (so in time linear in their length); any value over `limit`
    /// comes back as `limit + 1`.
    static func distance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int {
        let far = limit + 1
        let width = 2 * limit + 1
        // Row i holds d[i][j] at index j − i + limit.
        var before = [Int](repeating: far, count: width)
        var previous = [Int](repeating: far, count: width)
        for j in 0...min(limit, b.count) { previous[j + limit] = j }
        guard !a.isEmpty else { return b.count <= limit ? b.count : far }
        for i in 1...a.count {
            var current = [Int](repeating: far, count: width)
            var best = far
            for t in 0..<width {
                let j = i + t - limit
                guard j >= 0, j <= b.count else { continue }
                if j == 0 {
                    current[t] = min(i, far)
                    best = min(best, current[t])
                    continue
                }
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = previous[t] + cost
                if t + 1 < width { value = min(value, previous[t + 1] + 1) }
                if t > 0 { value = min(value, current[t - 1] + 1) }
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[t] + 1) }
                current[t] = min(value, far)
                best = min(best, current[t])
            }
            if best > limit { return far }
            before = previous
            previous = current
        }
        let t = b.count - a.count + limit
        return t >= 0 && t < width ? previous[t] : far
    }
}
