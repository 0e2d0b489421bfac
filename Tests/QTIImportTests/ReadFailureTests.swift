import QTIImport
import Testing

/// Files that are not QTI 2.1 items are refused with a message naming the file, the line
/// and what to do.
struct ReadFailureTests {
    func failure(_ xml: String) -> ItemReadFailure? {
        do {
            _ = try QTIItemReader.read(bytes: Array(xml.utf8), file: "in.xml")
            return nil
        } catch {
            return error
        }
    }

    @Test func otherVersionsAndDocumentsAreNamed() throws {
        let cases: [(String, String)] = [
            (#"<questestinterop><item ident="1"/></questestinterop>"#, "this is an IMS QTI 1.2 file (<questestinterop>)"),
            (#"<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p2" identifier="a"/>"#, "this assessmentItem is QTI 2.2"),
            (#"<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p0" identifier="a"/>"#, "this assessmentItem is QTI 2.0"),
            (#"<assessmentItem identifier="a"/>"#, "this assessmentItem is in no namespace, and import-qti reads QTI 2.1"),
            (#"<assessmentTest xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"/>"#, "this is a QTI assessment test"),
            (#"<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"/>"#, "this is a content package manifest"),
            (#"<pack xmlns="urn:oberih:pack:1"/>"#, "this is already an Oberih lesson pack"),
            ("\n\n<html><body/></html>", "the root element is <html> in no namespace, so this is not a QTI 2.1 item"),
        ]
        for (xml, message) in cases {
            let refused = try #require(failure(xml), "\(xml)")
            #expect(refused.message.hasPrefix(message), "\(refused)")
            #expect(refused.description.hasPrefix("in.xml:"))
            #expect(!refused.suggestion.isEmpty)
        }
        #expect(failure("\n\n<html><body/></html>")?.line == 3)
    }

    @Test func malformedXMLAndDoctypeNameTheLine() throws {
        let malformed = try #require(failure("<assessmentItem>\n  <p>\n</assessmentItem>"))
        #expect(malformed.line == 3, "\(malformed)")
        let doctype = try #require(failure("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"y\">]>\n<a>&x;</a>"))
        #expect(doctype.suggestion.hasPrefix("remove the DOCTYPE"))
        #expect(doctype.line == 2)
        let empty = try #require(failure("   "))
        #expect(empty.message == "the file is empty")
    }

    @Test func anItemWithoutItemBodyIsSkippedNotRefused() throws {
        let result = try QTIItemReader.read(
            bytes: Array(#"<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="a"/>"#.utf8),
            file: "in.xml")
        #expect(result.question == nil)
        #expect(result.notes.map(\.description) == ["in.xml:1: item 'a': item skipped: the item has no itemBody; nothing to import"])
    }
}
