import Testing

@testable import PackXML

/// `ParsedElement.content`: text and child elements in document order.
struct MixedContentTests {
    func describe(_ element: ParsedElement) -> String {
        element.content.map { piece in
            switch piece {
            case .text(let text): return "'\(text)'"
            case .element(let child): return "<\(child.name)>[\(describe(child))]"
            }
        }.joined(separator: " ")
    }

    @Test func textAndChildrenComeInDocumentOrder() throws {
        let xml = "<p>Tell a <b>trusted <i>adult</i></b> now<br/>&amp; <![CDATA[<soon>]]><x/></p>"
        let root = try #require(HardenedXMLLoader.load(bytes: Array(xml.utf8), schema: nil).root)
        #expect(describe(root) == "'Tell a ' <b>['trusted ' <i>['adult']] ' now' <br>[] '& <soon>' <x>[]")
        // The element's own text is still all of it, concatenated.
        #expect(root.text == "Tell a  now& <soon>")
    }

    @Test func multiByteTextSplitsAtTheRightPlaces() throws {
        let xml = "<t>Привіт <b>світ</b> — ok</t>"
        let root = try #require(HardenedXMLLoader.load(bytes: Array(xml.utf8), schema: nil).root)
        #expect(describe(root) == "'Привіт ' <b>['світ'] ' — ok'")
    }

    @Test func anElementWithoutTextHasOnlyChildren() throws {
        let root = try #require(HardenedXMLLoader.load(bytes: Array("<a><b/><c/></a>".utf8), schema: nil).root)
        #expect(describe(root) == "<b>[] <c>[]")
    }
}
