import Testing

@testable import PackXML

/// `XMLEscaping`: what is written by hand is read back by the parser exactly as it was.
struct XMLEscapingTests {
    static let hostile = [
        "<script>alert('x')</script>", "Tom & \"Jerry\"", "a ]]> b", "line one\nline two\r\n\tend",
        "&amp; is not an entity here", "Привіт, світ — שלום", "",
    ]

    @Test(arguments: hostile)
    func textAndAttributesReadBackUnchanged(_ value: String) throws {
        let xml = "<a b=\(XMLEscaping.quotedAttribute(value))>\(XMLEscaping.text(value))</a>"
        let loaded = HardenedXMLLoader.load(bytes: Array(xml.utf8), schema: nil)
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        let root = try #require(loaded.root)
        #expect(root.attribute("b")?.value == value)
        // A parser reads a CR LF in text as LF (XML 1.0, 2.11); nothing else changes.
        #expect(root.text == value.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    @Test func onlyMarkupCharactersAreReplaced() {
        #expect(XMLEscaping.text("a < b > c & d \"e\"") == "a &lt; b &gt; c &amp; d \"e\"")
        #expect(XMLEscaping.quotedAttribute("say \"hi\"\n") == "\"say &quot;hi&quot;&#10;\"")
    }
}
