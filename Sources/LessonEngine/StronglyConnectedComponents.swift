/// The strongly connected components of a directed graph: Tarjan's algorithm with an
/// explicit stack, so a long chain cannot overflow the call stack. O(nodes + edges).
struct StronglyConnectedComponents {
    /// The component of each node.
    private(set) var componentOf: [Int]
    private(set) var count = 0

    /// Components are numbered in reverse topological order: an edge between two
    /// components always leads to one with a smaller number.
    init(successors: [[Int]]) {
        let size = successors.count
        componentOf = Array(repeating: -1, count: size)
        var order = Array(repeating: -1, count: size)  // when each node was first seen
        var lowest = Array(repeating: 0, count: size)
        var isOnStack = Array(repeating: false, count: size)
        var stack: [Int] = []
        var frames: [(node: Int, nextEdge: Int)] = []
        var seen = 0
        func visit(_ node: Int) {
            order[node] = seen
            lowest[node] = seen
            seen += 1
            stack.append(node)
            isOnStack[node] = true
            frames.append((node, 0))
        }
        for root in 0..<size where order[root] < 0 {
            visit(root)
            while let (node, edge) = frames.last {
                if edge < successors[node].count {
                    frames[frames.count - 1].nextEdge += 1
                    let next = successors[node][edge]
                    if order[next] < 0 {
                        visit(next)
                    } else if isOnStack[next] {
                        lowest[node] = min(lowest[node], order[next])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { lowest[parent] = min(lowest[parent], lowest[node]) }
                guard lowest[node] == order[node] else { continue }
                while let member = stack.popLast() {
                    isOnStack[member] = false
                    componentOf[member] = count
                    if member == node { break }
                }
                count += 1
            }
        }
    }
}
