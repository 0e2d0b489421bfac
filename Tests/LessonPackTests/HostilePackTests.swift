import Foundation
import Testing

@testable import LessonPack

/// Well-formed packs built to make the rules slow or deep: each must be checked to the
/// end, with bounded output. Nothing here measures time.
@Suite struct HostilePackTests {
    /// The minimal pack with `lessons` put in place of its two lessons.
    static func pack(withLessons lessons: String) -> String {
        let start = MinimalPack.xml.range(of: "  <lesson id=\"first\"")!.lowerBound
        let end = MinimalPack.xml.range(of: "  <assessment id=\"pre\"")!.lowerBound
        return MinimalPack.xml.replacingCharacters(in: start..<end, with: lessons)
    }

    static func lesson(_ id: String, requires: [String]) -> String {
        let requirement = requires.isEmpty ? "" : " requires=\"\(requires.joined(separator: " "))\""
        return """
              <lesson id="\(id)"\(requirement)><title><t lang="en">L</t><t lang="uk">У</t></title>
              <text id="\(id)-text"><body><t lang="en">Hi</t><t lang="uk">Привіт</t></body></text></lesson>

            """
    }

    @Test func aLongRequiresChainInReverseOrderDoesNotOverflowTheStack() {
        let count = 20_000
        let lessons = (0..<count).reversed().map { index in
            Self.lesson("l\(index)", requires: index == 0 ? ["l\(count - 1)"] : ["l\(index - 1)"])
        }.joined()
        let result = MinimalPack.validate(Self.pack(withLessons: lessons))
        let cycles = result.diagnostics.filter { $0.code == .prerequisiteCycle }
        #expect(cycles.count == 1, "one circle through all \(count) lessons")
    }

    @Test func thousandsOfUnknownReferencesAreCappedPerCode() {
        let lessons = (0..<1_000).map { index in
            Self.lesson("l\(index)", requires: (0..<20).map { "missing-\(index)-\($0)" })
        }.joined()
        let result = MinimalPack.validate(Self.pack(withLessons: lessons))
        let unknown = result.diagnostics.filter { $0.code == .unknownPrerequisite }
        #expect(unknown.count == PackChecker.reportsPerCode + 1)
        #expect(unknown.contains { $0.message == "19900 more problems [unknown-prerequisite] are not shown" })
    }

    @Test func aPackOnOneLineHasRightColumns() throws {
        let oneLine = MinimalPack.xml.replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "pass-mark=\"50\"", with: "pass-mark=\"500\"")
        let result = MinimalPack.validate(oneLine)
        let hit = try #require(result.diagnostics.first { $0.code == .passMarkRange })
        #expect(hit.position == MinimalPack.position(of: "pass-mark=\"500\"", in: oneLine))
    }

    @Test func aScenarioStartingAtAnEndingIsReportedOnceAtStart() throws {
        let xml = MinimalPack.xml.replacingOccurrences(of: "start=\"n1\"", with: "start=\"end-a\"")
        let hits = MinimalPack.validate(xml).diagnostics.filter { $0.code == .scenarioUnreachable }
        #expect(hits.count == 1)
        #expect(hits.first?.position == MinimalPack.position(of: "start=\"end-a\"", in: xml))
    }
}
