import Foundation
import Testing

@testable import LessonPack

/// The annotated example in docs/pack-format.md must stay a valid pack.
@Suite struct DocumentationExampleTests {
    @Test func annotatedExampleIsValidWithoutWarnings() throws {
        let markdown = try String(contentsOf: ProjectFiles.packFormat, encoding: .utf8)
        let section = try #require(markdown.range(of: "## A complete annotated example"))
        let rest = markdown[section.upperBound...]
        let open = try #require(rest.range(of: "```xml\n"))
        let close = try #require(rest[open.upperBound...].range(of: "\n```"))
        let example = String(rest[open.upperBound..<close.lowerBound])
        let result = PackValidator(today: MinimalPack.today).validate(
            bytes: Array(example.utf8), file: "docs/pack-format.md example")
        #expect(result.diagnostics.map(\.formatted) == [])
        let pack = try #require(result.pack)
        let kinds = Set(pack.lessons.flatMap(\.steps).map(\.kindName))
        #expect(kinds == ProjectFiles.stepKinds)
    }
}
