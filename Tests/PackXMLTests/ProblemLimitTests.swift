import Testing

@testable import PackXML

@Suite("A flood of errors")
struct ProblemLimitTests {
    static let schema = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="root"><xs:complexType><xs:sequence>
            <xs:element name="ok" minOccurs="0" maxOccurs="unbounded"><xs:complexType/></xs:element>
          </xs:sequence></xs:complexType></xs:element>
        </xs:schema>
        """

    @Test("is cut at 200 problems, and the cut is said")
    func floodIsCut() throws {
        let compiled = try CompiledSchema(xsd: Array(Self.schema.utf8))
        let body = (0..<500).map { "<ok bad\($0)=\"1\"/>" }.joined(separator: "\n")
        let loaded = HardenedXMLLoader.load(
            bytes: Array("<root>\n\(body)\n</root>".utf8), schema: compiled)
        #expect(loaded.problems.count == 201)
        let last = try #require(loaded.problems.last)
        #expect(last.message == "300 more problems of this kind are not shown")
        #expect(last.kind == .schemaViolation)
        #expect(loaded.problems.first?.position == SourcePosition(line: 2, column: 5))
    }
}
