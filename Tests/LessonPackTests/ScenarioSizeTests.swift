import Foundation
import Testing

@testable import LessonPack

/// `scenario-too-large`: fires one past either limit, never at it.
@Suite struct ScenarioSizeTests {
    @Test func aScenarioAtBothLimitsIsAccepted() {
        let codes = Self.codes(nodes: PackChecker.scenarioNodeLimit, choices: PackChecker.scenarioChoiceLimit)
        #expect(!codes.contains(.scenarioTooLarge))
        #expect(codes.allSatisfy { $0.defaultSeverity == .warning }, "\(codes)")
    }

    @Test func oneNodeTooManyIsReportedAtTheScenario() throws {
        let xml = Self.xml(nodes: PackChecker.scenarioNodeLimit + 1, choices: PackChecker.scenarioNodeLimit + 3)
        let hits = MinimalPack.validate(xml).diagnostics.filter { $0.code == .scenarioTooLarge }
        #expect(hits.count == 1)
        #expect(hits.first?.position == MinimalPack.position(of: "<scenario id=\"story\"", in: xml))
        #expect(hits.first?.message.contains("501 nodes") == true)
    }

    @Test func oneChoiceTooManyIsReported() {
        let codes = Self.codes(nodes: 10, choices: PackChecker.scenarioChoiceLimit + 1)
        #expect(codes.contains(.scenarioTooLarge))
    }

    static func codes(nodes: Int, choices: Int) -> [DiagnosticCode] {
        MinimalPack.validate(xml(nodes: nodes, choices: choices)).diagnostics.map(\.code)
    }

    static func xml(nodes: Int, choices: Int) -> String {
        edits(nodes: nodes, choices: choices).reduce(MinimalPack.xml) {
            $0.replacingOccurrences(of: $1.0, with: $1.1)
        }
    }

    /// Edits of the minimal pack's story: `nodes - 2` more nodes in a chain between n2 and
    /// end-a, and the choices past one a node on the chain's last node.
    static func edits(nodes: Int, choices: Int) -> [(String, String)] {
        let added = nodes - 2
        let extraChoices = choices - (added + 3)
        precondition(added >= 1 && extraChoices >= 0)
        let choice = { (target: String) in
            "<choice target=\"\(target)\"><label><t lang=\"en\">On</t><t lang=\"uk\">Далі</t></label></choice>"
        }
        var chain = ""
        for number in 1...added {
            let next = number == added ? "end-a" : "x\(number + 1)"
            let more = number == added ? String(repeating: choice("end-a"), count: extraChoices) : ""
            chain += "<node id=\"x\(number)\"><text><t lang=\"en\">On.</t><t lang=\"uk\">Далі.</t></text>"
                + choice(next) + more + "</node>\n"
        }
        return [
            ("<choice target=\"end-a\" points=\"1\">", "<choice target=\"x1\" points=\"1\">"),
            ("<ending id=\"end-a\"", chain + "<ending id=\"end-a\""),
        ]
    }
}
