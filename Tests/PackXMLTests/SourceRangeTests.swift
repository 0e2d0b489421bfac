import Testing

@testable import PackXML

/// Byte ranges of elements and offsets of attributes, for edits that splice a file.
@Suite struct SourceRangeTests {
    func slice(_ bytes: [UInt8], _ range: Range<Int>?) -> String? {
        range.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test(arguments: ["", "\u{FEFF}"], ["\n", "\r\n"])
    func rangesCoverEachElementExactly(prefix: String, lineEnd: String) throws {
        let text = prefix + [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<!-- <b>not an element</b> -->",
            "<a x=\"1\" y='2'>", "  <b>text é</b><c/>", "  <!-- <b> --><![CDATA[<d>]]><?pi <b>?>",
            "  <e", "    z=\"&amp;&#x3E;\">é<f\n/></e >", "</a>", "",
        ].joined(separator: lineEnd)
        let bytes = Array(text.utf8)
        let root = try #require(HardenedXMLLoader.load(bytes: bytes, schema: nil).root)
        let whole = try #require(root.sourceRange)
        #expect(slice(bytes, whole)?.hasPrefix("<a x=") == true)
        #expect(slice(bytes, whole)?.hasSuffix("</a>") == true)
        let children = root.children
        #expect(children.map { slice(bytes, $0.sourceRange) } == [
            "<b>text é</b>", "<c/>", "<e\(lineEnd)    z=\"&amp;&#x3E;\">é<f\n/></e >",
        ])
        #expect(slice(bytes, children[2].children.first?.sourceRange) == "<f\n/>")
        for attribute in root.attributes + children[2].attributes {
            let offset = try #require(attribute.sourceOffset)
            #expect(String(decoding: bytes[offset..<(offset + attribute.name.count)], as: UTF8.self) == attribute.name)
        }
    }

    /// Past libxml2's input buffer, which it shrinks as it goes: offsets stay exact.
    @Test func rangesStayExactInALargeFile() throws {
        var text = "<root>\n"
        var expected: [String] = []
        for index in 0..<20_000 {
            let element = "<item n=\"\(index)\">Текст \(index) &lt; \(String(repeating: "x", count: index % 50))</item>"
            expected.append(element)
            text += "  " + element + "\n"
        }
        text += "</root>\n"
        let bytes = Array(text.utf8)
        let root = try #require(HardenedXMLLoader.load(bytes: bytes, schema: nil).root)
        let children = root.children
        #expect(children.count == expected.count)
        let mismatches = zip(children, expected).filter { slice(bytes, $0.0.sourceRange) != $0.1 }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(2).map { slice(bytes, $0.0.sourceRange) ?? "nil" })")
    }
}
