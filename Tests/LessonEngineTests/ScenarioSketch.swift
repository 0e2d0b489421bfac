@testable import LessonPack
import PackXML

/// A scenario written as its choices alone, for the best-score tests: every `from` is a
/// node (in the order first named), every id in `endings` an ending.
enum ScenarioSketch {
    static func make(
        start: String, _ choices: [(from: String, to: String, points: Double)], endings: [String]
    ) -> Scenario {
        let here = SourcePosition(line: 1, column: 1)
        let text = LocalizedText(translations: [], position: here)
        var ids: [String] = []
        var choicesOf: [String: [ScenarioChoice]] = [:]
        for id in choices.map(\.from) where choicesOf[id] == nil {
            ids.append(id)
            choicesOf[id] = []
        }
        for choice in choices {
            choicesOf[choice.from]!.append(
                ScenarioChoice(
                    target: Reference(id: choice.to, position: here), points: choice.points, label: text,
                    feedback: nil, position: here))
        }
        let nodes = ids.map { ScenarioNode(id: $0, text: text, choices: choicesOf[$0]!, position: here) }
        return Scenario(
            title: nil, start: Reference(id: start, position: here), shuffles: false, nodes: nodes,
            endings: endings.map { ScenarioEnding(id: $0, outcome: nil, text: text, contacts: [], position: here) })
    }
}
