/// A fixed list of phrases found in folded text in one pass, whatever their number.
struct PhraseSet: Sendable {
    let phrases: [String]
    private let foldedPhrases: [[UInt8]]
    /// For each first two bytes (as a 16-bit number), 1 + the index in `buckets` of the
    /// phrases starting with them, or 0: a flat table, so the scan never hashes.
    private let bucketOfPrefix: [UInt8]
    private let buckets: [[Int]]

    init(_ phrases: [String]) {
        self.phrases = phrases
        foldedPhrases = phrases.map(TextFolding.folded)
        var bucketOfPrefix = [UInt8](repeating: 0, count: 1 << 16)
        var buckets: [[Int]] = []
        for (index, bytes) in foldedPhrases.enumerated() where bytes.count >= 2 {
            let key = Int(bytes[0]) << 8 | Int(bytes[1])
            if bucketOfPrefix[key] == 0 {
                buckets.append([])
                bucketOfPrefix[key] = UInt8(buckets.count)
            }
            buckets[Int(bucketOfPrefix[key]) - 1].append(index)
        }
        self.bucketOfPrefix = bucketOfPrefix
        self.buckets = buckets
    }

    /// Words that turn a phrase into its opposite when they come just before it:
    /// "it's not your fault", "це не твоя провина".
    static let negations: [[UInt8]] = ["not", "never", "не", "ні", "нет", "ничья", "нічия"].map { Array($0.utf8) }

    /// The phrases that occur in `text`, in list order, unless a negation comes right
    /// before them. O(length of text) for the scan.
    func matches(in text: String) -> [String] {
        let folded = TextFolding.folded(text)
        guard folded.count >= 2 else { return [] }
        var found = Set<Int>()
        folded.withUnsafeBufferPointer { text in
            for index in 0..<(text.count - 1) {
                let bucket = bucketOfPrefix[Int(text[index]) << 8 | Int(text[index + 1])]
                guard bucket != 0 else { continue }
                for phrase in buckets[Int(bucket) - 1] where !found.contains(phrase) {
                    let bytes = foldedPhrases[phrase]
                    if index + bytes.count <= text.count,
                        text[index..<(index + bytes.count)].elementsEqual(bytes),
                        !Self.isNegated(text, before: index)
                    {
                        found.insert(phrase)
                    }
                }
            }
        }
        return found.sorted().map { phrases[$0] }
    }

    /// Whether the word just before `index` is a negation ("not", "не") or ends in "n't".
    private static func isNegated(_ text: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        guard index >= 2, text[index - 1] == 0x20 else { return false }
        var start = index - 1
        while start > 0, text[start - 1] != 0x20 { start -= 1 }
        let word = text[start..<(index - 1)]
        return negations.contains { word.elementsEqual($0) } || word.elementsEqual("n't".utf8)
            || (word.count > 3 && word.suffix(3).elementsEqual("n't".utf8))
    }
}
