import Foundation
import Testing

@testable import LessonPack

@Suite struct PackSchemaTests {
    @Test func builtInSchemaIsTheCurriculumSchema() throws {
        let onDisk = try String(contentsOf: ProjectFiles.schema, encoding: .utf8)
        #expect(
            PackSchema.source == onDisk,
            "the binary must embed Curriculum/schema/pack-1.xsd (Sources/LessonPack/Resources links to it)")
    }

    @Test func builtInSchemaCompiles() {
        _ = PackSchema.compiled  // traps if it does not
        let result = MinimalPack.validate(MinimalPack.xml)
        #expect(!result.diagnostics.contains { $0.code == .schemaViolation })
    }

    @Test func schemaRejectsAnUnknownElementWithItsPosition() throws {
        let xml = MinimalPack.xml.replacingOccurrences(of: "<hint>", with: "<hnt>")
            .replacingOccurrences(of: "</hint>", with: "</hnt>")
        let result = MinimalPack.validate(xml)
        let hit = try #require(result.diagnostics.first { $0.code == .schemaViolation })
        #expect(hit.position?.line == MinimalPack.line(of: "<hnt>", in: xml))
        #expect(hit.position?.column == 7)
        #expect(hit.message == "<hnt> is not an element of <short-answer> here")
        #expect(hit.suggestion == "did you mean <hint>?")
        #expect(hit.detail?.hasPrefix("element 'hnt': this element is not expected") == true)
        #expect(hit.detail?.contains("urn:oberih") == false)
    }
}
