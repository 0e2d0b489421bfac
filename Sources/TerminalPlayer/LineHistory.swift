/// The lines typed so far in this process, oldest first, for Up and Down at a prompt.
/// Kept in memory only; secret lines are never added (the caller leaves them out).
public struct LineHistory: Sendable {
    public private(set) var entries: [String] = []
    /// The most lines kept; the oldest go first.
    public let limit: Int

    public init(limit: Int = 100) {
        self.limit = max(limit, 0)
    }

    /// Adds `line`, unless it is blank or the same as the last one.
    public mutating func add(_ line: String) {
        guard limit > 0, line.contains(where: { !$0.isWhitespace }), line != entries.last else { return }
        entries.append(line)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
    }
}
