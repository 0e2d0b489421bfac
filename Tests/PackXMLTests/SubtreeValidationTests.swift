import Testing

@testable import PackXML

/// A document that breaks its schema is read again, each independent subtree validated on
/// its own, so that errors libxml2 skips after the first one in a content model are found.
@Suite("Independent subtrees")
struct SubtreeValidationTests {
    /// A root holding a header, then groups of items; groups and items have named types.
    static let xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:test"
                   targetNamespace="urn:test" elementFormDefault="qualified">
          <xs:complexType name="Item">
            <xs:sequence>
              <xs:element name="a" type="xs:string"/>
              <xs:element name="b" type="xs:string" minOccurs="0"/>
            </xs:sequence>
            <xs:attribute name="flag" type="xs:boolean"/>
          </xs:complexType>
          <xs:complexType name="Group">
            <xs:sequence>
              <xs:element name="item" type="Item" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attribute name="n" type="xs:integer"/>
          </xs:complexType>
          <xs:element name="root">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="header" type="xs:string"/>
                <xs:element name="group" type="Group" maxOccurs="unbounded"/>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    static let subtrees = [
        IndependentSubtree(element: "group", parent: "root", type: "Group", namespace: "urn:test"),
        IndependentSubtree(element: "item", parent: "group", type: "Item", namespace: "urn:test"),
    ]

    static func load(_ body: String, subtrees: [IndependentSubtree] = subtrees) throws -> LoadedXMLDocument {
        let schema = try CompiledSchema(xsd: Array(xsd.utf8), independentSubtrees: subtrees)
        return HardenedXMLLoader.load(bytes: Array("<root xmlns=\"urn:test\">\n\(body)</root>\n".utf8), schema: schema)
    }

    /// Four independent mistakes: the header after a group (libxml2 then skips the rest
    /// of the root), an item whose children are in the wrong order (it skips the rest of the
    /// group), a wrong boolean and an unknown attribute after them.
    static let fourMistakes = """
        <group n="1">
          <item><a>x</a></item>
          <item><b>y</b><a>x</a></item>
          <item flag="False"><a>x</a></item>
        </group>
        <header>late</header>
        <group n="2">
          <item colour="red"><a>x</a></item>
        </group>

        """

    @Test("every independent error is reported, once, at its element")
    func everyErrorOnce() throws {
        let withoutSubtrees = try Self.load(Self.fourMistakes, subtrees: [])
        #expect(withoutSubtrees.problems.count == 1, "libxml2 alone stops at the first: \(withoutSubtrees.problems)")

        let loaded = try Self.load(Self.fourMistakes)
        let found = loaded.problems.map { ($0.position?.line ?? 0, $0.position?.column ?? 0, $0.message) }
        #expect(found.count == 4, "\(found)")
        #expect(found.contains { $0.0 == 4 && $0.1 == 9 && $0.2.contains("'{urn:test}b': This element is not expected") })
        #expect(found.contains { $0.0 == 5 && $0.1 == 9 && $0.2.contains("'False' is not a valid value") })
        #expect(found.contains { $0.0 == 2 && $0.1 == 1 && $0.2.contains("'{urn:test}group': This element is not expected") })
        #expect(found.contains { $0.0 == 9 && $0.1 == 9 && $0.2.contains("attribute 'colour' is not allowed") })
        #expect(loaded.problems.allSatisfy { $0.kind == .schemaViolation && $0.elementIndex != nil })
        #expect(loaded.schemaWork.documentPasses == 2)
    }

    @Test("an error both validators see (at a subtree's root) is reported once")
    func noRepeats() throws {
        let loaded = try Self.load("<header/>\n<group n=\"x\"><item><a/></item></group>\n")
        #expect(loaded.problems.count == 1, "\(loaded.problems)")
        #expect(loaded.problems.first?.message.contains("'x' is not a valid value of the atomic type 'xs:integer'") == true)
    }

    @Test("a valid document is validated once, with no subtree on its own")
    func validIsOnePass() throws {
        let loaded = try Self.load("<header/>\n<group><item><a/><b/></item></group>\n")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.schemaWork == SchemaWork(documentPasses: 1, subtreeValidations: 0, elementVisits: 6, elements: 6))
    }

    @Test("10,000 broken items: two passes, and each element validated at most four times")
    func boundedWork() throws {
        let count = 10_000
        let items = String(repeating: "<item flag=\"no\"><b/><a/></item>\n", count: count)
        let loaded = try Self.load("<header/>\n<group>\n\(items)</group>\n")
        let work = loaded.schemaWork
        #expect(work.documentPasses == 2)
        #expect(work.subtreeValidations == count + 1)
        #expect(work.elements == 2 + 1 + 3 * count)
        // Pass 1: the document's validator; pass 2: it again, the group's, and an item's.
        #expect(work.elementVisits <= 4 * work.elements, "\(work)")
        // Every item's two errors are found (200 kept, the rest counted).
        #expect(loaded.problems.count == 201)
        #expect(loaded.problems.last?.message == "\(2 * count - 200) more problems of this kind are not shown")
    }

    @Test("subtrees nested 80 deep (a hostile file) still cost at most four visits per element")
    func nestedSubtreesAreBounded() throws {
        let depth = 80
        let open = String(repeating: "<group><item flag=\"no\"><root>", count: depth)
        let close = String(repeating: "</root></item></group>", count: depth)
        let loaded = try Self.load("<header/>\n\(open)\(close)\n")
        let work = loaded.schemaWork
        #expect(work.documentPasses == 2)
        #expect(work.elements == 2 + 3 * depth)
        #expect(work.elementVisits <= 4 * work.elements, "\(work)")
        #expect(!loaded.problems.isEmpty)
    }

    @Test("the subtree schema adds one global declaration per element name")
    func globalDeclarations() {
        let xsd = Array("<xs:schema xmlns:xs=\"x\">\n</xs:schema>\n".utf8)
        let added = CompiledSchema.addingGlobalDeclarations(for: Self.subtrees + Self.subtrees, to: xsd)
        #expect(
            String(decoding: added, as: UTF8.self)
                == "<xs:schema xmlns:xs=\"x\">\n<xs:element name=\"group\" type=\"Group\"/>\n"
                + "<xs:element name=\"item\" type=\"Item\"/>\n</xs:schema>\n")
    }
}
