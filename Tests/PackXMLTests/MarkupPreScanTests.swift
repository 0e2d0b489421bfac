import Foundation
import Testing

@testable import PackXML

/// The byte pre-scan refuses markup that would make libxml2 slow, each family at one over
/// its limit and not at the limit, with the place it starts; markup that only mentions
/// tags (comments, CDATA, processing instructions, attribute values) is not counted.
@Suite struct MarkupPreScanTests {
    static let limits = MarkupLimits()

    func load(_ text: String) -> LoadedXMLDocument {
        HardenedXMLLoader.load(bytes: Array(text.utf8), schema: nil)
    }

    func attributes(_ count: Int, prefix: String = "a") -> String {
        (0..<count).map { " \(prefix)\($0)=\"x\"" }.joined()
    }

    @Test func attributesOfOneElementUpToTheLimit() {
        let atLimit = load("<pack\(attributes(Self.limits.attributesPerElement))/>")
        #expect(atLimit.root != nil && atLimit.problems.isEmpty, "\(atLimit.problems)")
        let over = load("<pack>\n  <step\(attributes(Self.limits.attributesPerElement + 1))/></pack>")
        #expect(over.root == nil)
        #expect(over.problems.map(\.kind) == [.tooManyAttributes])
        // The first attribute over the limit: "  <step" and 64 of ` aN="x"` before it.
        let before = "  <step" + attributes(Self.limits.attributesPerElement) + " "
        #expect(over.problems.first?.position == SourcePosition(line: 2, column: before.count + 1))
    }

    @Test func hundredThousandAttributesAreRefusedAtTheFirstOverTheLimit() {
        let document = load("<pack\(attributes(100_000))/>")
        #expect(document.problems.map(\.kind) == [.tooManyAttributes])
    }

    @Test func namespaceDeclarationsInScopeUpToTheLimit() {
        let limit = Self.limits.namespacesInScope
        let declarations = (0..<limit).map { " xmlns:p\($0)=\"urn:x\($0)\"" }.joined()
        // Siblings may each declare up to the limit: those go out of scope at their end.
        let siblings = load("<pack>" + String(repeating: "<e\(declarations)/><f\(declarations)></f>", count: 3) + "</pack>")
        #expect(siblings.root != nil && siblings.problems.isEmpty, "\(siblings.problems)")
        let nested = load("<pack xmlns:q=\"urn:q\"><e\(declarations)/></pack>")
        #expect(nested.problems.map(\.kind) == [.tooManyNamespaces])
        #expect(nested.problems.first?.position?.line == 1)
        let manyOnTheRoot = load("<pack xmlns=\"urn:oberih:pack:1\"\(attributes(limit, prefix: "xmlns:p"))/>")
        #expect(manyOnTheRoot.problems.map(\.kind) == [.tooManyNamespaces])
        // An attribute merely starting with "xmlns" is not a declaration.
        let lookAlikes = load("<pack\(attributes(limit + 1, prefix: "xmlnsish"))/>")
        #expect(lookAlikes.problems.isEmpty, "\(lookAlikes.problems)")
    }

    @Test func namesUpToTheLimit() {
        let longest = String(repeating: "n", count: Self.limits.nameBytes)
        #expect(load("<\(longest) \(longest)=\"1\"/>").problems.isEmpty)
        let element = load("<pack>\n<\(longest)x/></pack>")
        #expect(element.problems.map(\.kind) == [.nameTooLong])
        #expect(element.problems.first?.position == SourcePosition(line: 2, column: 2))
        #expect(element.problems.first?.message.contains("an element name") == true)
        let attribute = load("<pack \(longest)x=\"1\"/>")
        #expect(attribute.problems.map(\.kind) == [.nameTooLong])
        #expect(attribute.problems.first?.position == SourcePosition(line: 1, column: 7))
        let prefix = load("<pack xmlns:\(longest)=\"urn:x\"/>")
        #expect(prefix.problems.map(\.kind) == [.nameTooLong])
    }

    @Test func valuesAndTextsUpToTheLimit() {
        let value = String(repeating: "v", count: Self.limits.attributeValueBytes)
        #expect(load("<pack id='\(value)'/>").problems.isEmpty)
        let longValue = load("<pack id='\(value)v'/>")
        #expect(longValue.problems.map(\.kind) == [.valueTooLong])
        #expect(longValue.problems.first?.position == SourcePosition(line: 1, column: 11))
        #expect(longValue.problems.first?.message.contains("64 KiB") == true)

        let text = String(repeating: "т", count: Self.limits.textBytes / 2)
        #expect(load("<pack><t>\(text)</t></pack>").problems.isEmpty)
        let longText = load("<pack>\n<t>\(text)ы</t></pack>")
        #expect(longText.problems.map(\.kind) == [.textTooLong])
        #expect(longText.problems.first?.position == SourcePosition(line: 2, column: 4))
        #expect(longText.problems.first?.message.contains("1 MiB") == true)
        let longCDATA = load("<pack><t><![CDATA[\(text)ы]]></t></pack>")
        #expect(longCDATA.problems.map(\.kind) == [.textTooLong])
    }

    @Test func markupInsideCommentsCDATAAndValuesIsNotCounted() {
        let crowded = "<e\(attributes(Self.limits.attributesPerElement + 1))/>"
        let hidden = [
            "<pack><!-- \(crowded) --></pack>", "<pack><![CDATA[\(crowded)]]></pack>", "<?pi \(crowded)?><pack/>",
            "<pack title='> \(attributes(Self.limits.attributesPerElement + 1)) />'/>",
        ]
        for text in hidden {
            let document = load(text)
            #expect(document.root != nil && document.problems.isEmpty, "\(text.prefix(30)): \(document.problems)")
        }
    }

    @Test func everyFindingIsReportedUpToACap() {
        let crowded = "<e\(attributes(Self.limits.attributesPerElement + 1))/>"
        let document = load("<pack>" + String(repeating: crowded, count: 30) + "</pack>")
        #expect(document.problems.count == 21)
        #expect(document.problems.prefix(20).allSatisfy { $0.kind == .tooManyAttributes })
        #expect(document.problems.last?.message.contains("more limits") == true)
    }

    @Test func malformedMarkupIsLeftToLibxml2() {
        for text in ["<pack a=1/>", "<pack a", "<pack><!DOCTYPE x></pack>", "<pack a=\"x/>", "<pack <b/>"] {
            let document = load(text)
            #expect(!document.problems.isEmpty && document.problems.allSatisfy { $0.kind == .malformed || $0.kind == .doctype }, "\(text): \(document.problems)")
        }
    }
}
