/// The order of pack versions (Semantic Versioning 2.0.0, §11, which the schema's version
/// pattern follows): numbers compared as numbers, a pre-release before its release,
/// build metadata ignored.
public enum VersionOrder {
    /// Whether `a` comes before `b`: 1.2.0 < 1.10.0, 1.0.0-rc.1 < 1.0.0, 1.0.0+5 = 1.0.0.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let (left, right) = (parts(a), parts(b))
        if left.core != right.core { return left.core.lexicographicallyPrecedes(right.core) }
        switch (left.preRelease, right.preRelease) {
        case (nil, _): return false
        case (_?, nil): return true
        case (let x?, let y?):
            for (p, q) in zip(x, y) where p != q { return identifier(p, precedes: q) }
            return x.count < y.count
        }
    }

    private static func parts(_ version: String) -> (core: [Int], preRelease: [Substring]?) {
        let withoutBuild = version.split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let split = withoutBuild.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let core = split[0].split(separator: ".").map { Int($0) ?? 0 }
        return (core, split.count > 1 ? split[1].split(separator: ".") : nil)
    }

    /// Numeric identifiers by value, before alphanumeric ones, which go in ASCII order.
    private static func identifier(_ a: Substring, precedes b: Substring) -> Bool {
        switch (Int(a), Int(b)) {
        case (let x?, let y?): x < y
        case (_?, nil): true
        case (nil, _?): false
        case (nil, nil): a < b
        }
    }
}
