import LessonPack

@testable import LessonEngine

extension ScenarioWalk {
    /// Every path from the start to an ending that visits no node twice, as choice
    /// indices: so that tests can play a scenario every way it can go.
    static func allPaths(of scenario: Scenario) -> [[Int]] {
        let nodes = Dictionary(scenario.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let endings = Set(scenario.endings.map(\.id))
        var paths: [[Int]] = []
        var visited: Set<String> = []
        func walk(_ id: String, _ path: [Int]) {
            if endings.contains(id) {
                paths.append(path)
                return
            }
            guard let node = nodes[id], visited.insert(id).inserted else { return }
            for (index, choice) in node.choices.enumerated() { walk(choice.target.id, path + [index]) }
            visited.remove(id)
        }
        walk(scenario.start.id, [])
        return paths
    }
}
