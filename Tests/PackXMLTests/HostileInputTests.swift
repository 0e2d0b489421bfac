import Foundation
import TestSupport
import Testing

@testable import PackXML

/// Untrusted lesson packs: each hostile input must be refused with the right kind of
/// problem, without a crash, without reading any other file or the network, and without
/// building a huge tree. Nothing here measures time: "bounded" means the load returns a
/// refusal rather than an expanded document.
@Suite("Hostile XML input")
struct HostileInputTests {

    // MARK: - DOCTYPE and entities

    @Test("an external general entity naming a file:// URL is refused and not read")
    func externalFileEntity() throws {
        let folder = try SecretFolder()
        let path = try folder.write(
            "pack.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE pack [
              <!ENTITY xxe SYSTEM "\(folder.secretFileURL)">
            ]>
            <pack id="p">&xxe;<title t="&xxe;">&xxe;</title></pack>
            """)
        let document = HardenedXMLLoader.load(fileAtPath: path, schema: nil)
        expectRefusedAsDoctype(document, line: 2)
        expectNoSecret(folder.marker, in: document)
    }

    @Test("an external entity given as a plain relative path is refused and not read")
    func externalRelativeEntity() throws {
        let folder = try SecretFolder()
        let path = try folder.write(
            "pack.xml",
            """
            <!DOCTYPE pack [<!ENTITY xxe SYSTEM "secret.txt">]>
            <pack>&xxe;</pack>
            """)
        let document = HardenedXMLLoader.load(fileAtPath: path, schema: nil)
        expectRefusedAsDoctype(document, line: 1)
        expectNoSecret(folder.marker, in: document)
    }

    @Test("an external entity and an external DTD on http:// are refused without a connection")
    func externalHTTPEntity() throws {
        let folder = try SecretFolder()
        let trap = try ConnectionTrap()
        let base = "http://127.0.0.1:\(trap.port)"
        let cases = [
            """
            <?xml version="1.0"?>
            <!DOCTYPE pack [<!ENTITY xxe SYSTEM "\(base)/entity.txt">]>
            <pack>&xxe;</pack>
            """,
            """
            <?xml version="1.0"?>
            <!DOCTYPE pack SYSTEM "\(base)/pack.dtd">
            <pack>&xxe;</pack>
            """,
            """
            <?xml version="1.0"?>
            <!DOCTYPE pack PUBLIC "-//Oberih//Hostile//EN" "\(base)/public.dtd">
            <pack/>
            """,
        ]
        for (index, text) in cases.enumerated() {
            let path = try folder.write("pack-\(index).xml", text)
            let document = HardenedXMLLoader.load(fileAtPath: path, schema: nil)
            expectRefusedAsDoctype(document, line: 2)
        }
        #expect(!trap.wasContacted, "the parser opened a network connection")
    }

    @Test("control: the connection trap notices a connection")
    func connectionTrapWorks() throws {
        let trap = try ConnectionTrap()
        #expect(!trap.wasContacted)
        try trap.knock()
        #expect(trap.wasContacted)
    }

    @Test("a parameter entity pulling in an external DTD is refused and not read")
    func parameterEntity() throws {
        let folder = try SecretFolder()
        let dtd = try folder.write(
            "secret.dtd", "<!ENTITY leak \"\(folder.marker)\">\n<!ATTLIST pack leak CDATA \"\(folder.marker)\">\n")
        let path = try folder.write(
            "pack.xml",
            """
            <?xml version="1.0"?>
            <!DOCTYPE pack [
              <!ENTITY % remote SYSTEM "\(URL(fileURLWithPath: dtd).absoluteString)">
              %remote;
            ]>
            <pack>&leak;</pack>
            """)
        let document = HardenedXMLLoader.load(fileAtPath: path, schema: nil)
        expectRefusedAsDoctype(document, line: 2)
        expectNoSecret(folder.marker, in: document)
    }

    @Test("an internal parameter entity that declares a general entity is refused")
    func internalParameterEntity() throws {
        let document = loadText(
            """
            <!DOCTYPE pack [
              <!ENTITY % declare "<!ENTITY inner 'expanded'>">
              %declare;
            ]>
            <pack>&inner;</pack>
            """)
        expectRefusedAsDoctype(document, line: 1)
    }

    @Test("billion laughs is refused before any expansion")
    func billionLaughs() {
        var declarations = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += "<!ENTITY lol\(level) \"\(previous)\">\n"
        }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE pack [
            \(declarations)]>
            <pack a="&lol9;">&lol9;</pack>
            """
        let document = loadText(text)
        expectRefusedAsDoctype(document, line: 2)
        expectBounded(document)
    }

    @Test("quadratic blowup (a large entity referenced many times) is refused")
    func quadraticBlowup() {
        let entityLength = 100_000
        let references = 200_000
        let body = String(repeating: "&big;", count: references)
        let text =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE pack [<!ENTITY big \""
            + String(repeating: "x", count: entityLength) + "\">]>\n<pack>" + body + "</pack>\n"
        let bytes = Array(text.utf8)
        // ~1.1 MB on disk, 20 GB if expanded; well under the 16 MiB cap.
        #expect(bytes.count < 2 * 1024 * 1024)
        let document = HardenedXMLLoader.load(bytes: bytes, schema: nil)
        expectRefusedAsDoctype(document, line: 2)
        expectBounded(document)
    }

    @Test("a DOCTYPE without entities is still refused, at its line")
    func harmlessDoctype() {
        let document = loadText("<?xml version=\"1.0\"?>\n<!-- a comment -->\n\n<!DOCTYPE pack>\n<pack/>\n")
        expectRefusedAsDoctype(document, line: 4)
    }

    @Test("an undeclared entity reference without a DOCTYPE is malformed")
    func undeclaredEntity() {
        let document = loadText("<pack>\n  <title>&xxe;</title>\n</pack>\n")
        #expect(document.root == nil, "\(describe(document))")
        let problem = document.problems.first
        #expect(problem?.kind == .malformed)
        #expect(problem?.message.contains("xxe") == true, "\(describe(document))")
        #expect(problem?.position?.line == 2, "\(describe(document))")
    }

    // MARK: - XInclude and schema locations

    @Test(
        "XInclude of a secret file is reported and nothing is included",
        arguments: [
            (HardenedXMLLoader.xincludeNamespace, "text", true),
            (HardenedXMLLoader.xincludeNamespace, "xml", true),
            (HardenedXMLLoader.xincludeNamespace, "text", false),
            (HardenedXMLLoader.xinclude1999Namespace, "text", true),
        ])
    func xinclude(namespace: String, parse: String, absolute: Bool) throws {
        let folder = try SecretFolder()
        let href = absolute ? folder.secretFileURL : "secret.txt"
        let path = try folder.write(
            "pack.xml",
            """
            <?xml version="1.0"?>
            <pack xmlns:xi="\(namespace)">
              <title>
                <xi:include href="\(href)" parse="\(parse)"><xi:fallback>none</xi:fallback></xi:include>
              </title>
            </pack>
            """)
        let document = HardenedXMLLoader.load(fileAtPath: path, schema: nil)
        let xincludes = document.problems.filter { $0.kind == .xinclude }
        #expect(!xincludes.isEmpty, "\(describe(document))")
        // Both xi:include and xi:fallback are XInclude elements; the first is on line 4.
        #expect(xincludes.first?.position == SourcePosition(line: 4, column: 5), "\(describe(document))")
        #expect(xincludes.allSatisfy { $0.message.contains("XInclude") })
        expectNoSecret(folder.marker, in: document)
        let include = document.root?.child(named: "title")?.child(named: "include")
        #expect(include?.children.map(\.name) == ["fallback"], "nothing may replace the include")
    }

    @Test("xsi:schemaLocation and noNamespaceSchemaLocation are never loaded")
    func schemaLocationIsIgnored() throws {
        let folder = try SecretFolder()
        let trap = try ConnectionTrap()
        // A schema that, if libxml2 ever used it, would put the marker into an error message.
        let secretSchema = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                       targetNamespace="urn:oberih:pack:1" elementFormDefault="qualified">
              <xs:element name="pack" type="xs:string" fixed="\(folder.marker)"/>
            </xs:schema>
            """
        let secretNoNamespace = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="note" type="xs:string" fixed="\(folder.marker)"/>
            </xs:schema>
            """
        let secretXSD = try folder.write("secret.xsd", secretSchema)
        try folder.write("secret-nons.xsd", secretNoNamespace)
        let text = """
            <?xml version="1.0"?>
            <pack xmlns="urn:oberih:pack:1"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  xsi:schemaLocation="urn:oberih:pack:1 \(URL(fileURLWithPath: secretXSD).absoluteString) urn:other http://127.0.0.1:\(trap.port)/other.xsd">
              <note xmlns="" xsi:noNamespaceSchemaLocation="secret-nons.xsd">hello</note>
            </pack>
            """
        let path = try folder.write("pack.xml", text)

        // Control: the secret schema really does leak the marker when it is used.
        let control = HardenedXMLLoader.load(
            fileAtPath: path, schema: try CompiledSchema(xsd: Array(secretSchema.utf8)))
        #expect(
            everyString(in: control).contains { $0.contains(folder.marker) },
            "the control should prove the marker would show: \(describe(control))")

        let withoutSchema = HardenedXMLLoader.load(fileAtPath: path, schema: nil)
        #expect(withoutSchema.problems.isEmpty, "\(describe(withoutSchema))")
        expectNoSecret(folder.marker, in: withoutSchema)

        let permissive = try CompiledSchema(xsd: Array(Self.permissiveSchema.utf8))
        let withSchema = HardenedXMLLoader.load(fileAtPath: path, schema: permissive)
        #expect(withSchema.root?.name == "pack")
        #expect(withSchema.problems.isEmpty, "\(describe(withSchema))")
        expectNoSecret(folder.marker, in: withSchema)
        #expect(!trap.wasContacted, "the validator opened a network connection")
    }

    @Test("a stylesheet processing instruction naming a secret file is not followed")
    func processingInstruction() throws {
        let folder = try SecretFolder()
        let path = try folder.write(
            "pack.xml",
            "<?xml-stylesheet type=\"text/xsl\" href=\"\(folder.secretFileURL)\"?>\n<pack/>\n")
        let document = HardenedXMLLoader.load(fileAtPath: path, schema: nil)
        #expect(document.root?.name == "pack")
        #expect(document.problems.isEmpty, "\(describe(document))")
        expectNoSecret(folder.marker, in: document)
    }

    // MARK: - Size and depth

    @Test("nesting 100,000 deep is refused as malformed, not converted")
    func deepNesting() {
        let depth = 100_000
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let document = loadText(text)
        #expect(document.root == nil, "a 100,000-deep tree must not be built")
        let problem = document.problems.first
        #expect(problem?.kind == .malformed, "\(describe(document))")
        #expect(problem?.message.contains("nested more than 256 levels deep") == true, "\(describe(document))")
        #expect(problem?.suggestion?.contains("never closed") == true, "an author's advice, not libxml2's option")
        #expect(!document.problems.contains { $0.message.contains("XML_PARSE_HUGE") })
        expectBounded(document)
    }

    @Test("nesting 200 deep is within libxml2's limit and converts completely")
    func allowedNesting() throws {
        let depth = 200
        let text = String(repeating: "<a>", count: depth) + "deep" + String(repeating: "</a>", count: depth)
        let document = loadText(text)
        #expect(document.problems.isEmpty, "\(describe(document))")
        let root = try #require(document.root)
        #expect(PackXMLTests.depth(of: root) == depth)
    }

    @Test("a 20 MB attribute exceeds the default 16 MiB limit, in memory and on disk")
    func twentyMegabyteAttribute() throws {
        let bytes = Self.fileWithAttribute(ofLength: 20 * 1000 * 1000)
        let inMemory = HardenedXMLLoader.load(bytes: bytes, schema: nil)
        expectTooLarge(inMemory)

        let folder = try SecretFolder()
        let path = try folder.write("big.xml", bytes)
        let onDisk = HardenedXMLLoader.load(fileAtPath: path, schema: nil)
        expectTooLarge(onDisk)
    }

    @Test("a file one byte over the limit is too large; one exactly at the limit is parsed")
    func limitBoundary() {
        let limits = XMLLoadLimits(maximumBytes: 1024 * 1024, markup: Self.longValuesAllowed)
        let atLimit = Self.fileWithAttribute(ofLength: 1024 * 1024 - 12)
        #expect(atLimit.count == limits.maximumBytes)
        let accepted = HardenedXMLLoader.load(bytes: atLimit, schema: nil, limits: limits)
        #expect(accepted.root?.name == "pack", "\(describe(accepted))")
        #expect(accepted.problems.isEmpty, "\(describe(accepted))")

        let overLimit = Self.fileWithAttribute(ofLength: 1024 * 1024 - 11)
        let refused = HardenedXMLLoader.load(bytes: overLimit, schema: nil, limits: limits)
        #expect(refused.root == nil)
        #expect(refused.problems.map(\.kind) == [.tooLarge], "\(describe(refused))")
        #expect(refused.problems.first?.message.contains("1 MiB") == true, "\(describe(refused))")
    }

    /// Markup limits that let a long attribute value through, to test the limits behind them.
    static var longValuesAllowed: MarkupLimits {
        var limits = MarkupLimits()
        limits.attributeValueBytes = .max
        limits.textBytes = .max
        return limits
    }

    @Test("a 12 MB attribute under raised limits is refused by libxml2 itself (no XML_PARSE_HUGE)")
    func twelveMegabyteAttributeWithRaisedLimit() throws {
        let bytes = Self.fileWithAttribute(ofLength: 12 * 1000 * 1000)
        let folder = try SecretFolder()
        let path = try folder.write("big.xml", bytes)
        let limits = XMLLoadLimits(maximumBytes: 32 * 1024 * 1024, markup: Self.longValuesAllowed)
        let document = HardenedXMLLoader.load(fileAtPath: path, schema: nil, limits: limits)
        #expect(document.root == nil, "a 12 MB attribute must not reach the tree")
        let kinds = document.problems.map(\.kind)
        #expect(!kinds.isEmpty && kinds.allSatisfy { $0 == .malformed }, "\(describe(document))")
        #expect(
            document.problems.contains { $0.message.contains("attribute value is longer than 10 MB") },
            "the over-long value is named: \(describe(document))")
        expectBounded(document)
    }

    @Test("reading /dev/zero stops at the limit")
    func endlessDevice() throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/zero"))
        let limits = XMLLoadLimits(maximumBytes: 1024 * 1024)
        let document = HardenedXMLLoader.load(fileAtPath: "/dev/zero", schema: nil, limits: limits)
        #expect(document.root == nil)
        #expect(document.problems.map(\.kind) == [.tooLarge], "\(describe(document))")
    }

    // MARK: - Bytes that are not XML

    @Test(
        "invalid UTF-8 is malformed",
        arguments: [
            ("lone continuation byte", [0x80]),
            ("truncated two-byte sequence", [0xC3, 0x28]),
            ("overlong encoding of '/'", [0xC0, 0xAF]),
            ("UTF-16 surrogate encoded in UTF-8", [0xED, 0xA0, 0x80]),
            ("byte 0xFF", [0xFF]),
            ("code point above U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ] as [(String, [UInt8])])
    func invalidUTF8(label: String, sequence: [UInt8]) {
        let places: [(String, [UInt8])] = [
            ("text", Array("<pack>\n  <t>ab".utf8) + sequence + Array("cd</t>\n</pack>\n".utf8)),
            ("attribute", Array("<pack>\n  <t v=\"ab".utf8) + sequence + Array("\"/>\n</pack>\n".utf8)),
            ("name", Array("<pack>\n  <t".utf8) + sequence + Array("/>\n</pack>\n".utf8)),
        ]
        for (place, bytes) in places {
            let document = HardenedXMLLoader.load(bytes: bytes, schema: nil)
            #expect(document.root == nil, "\(label) in \(place): \(describe(document))")
            let problem = document.problems.first
            #expect(problem?.kind == .malformed, "\(label) in \(place): \(describe(document))")
            #expect(problem?.position?.line == 2, "\(label) in \(place): \(describe(document))")
            let message = problem?.message ?? ""
            #expect(
                message.contains("UTF-8") || message.contains("Char 0x") || message.contains("invalid"),
                "\(label) in \(place): the message should name the encoding problem: \(message)")
        }
    }

    @Test(
        "a NUL byte is refused wherever it stands, at its position",
        arguments: [
            ("in text", "<pack>\n  a\u{0}b</pack>", SourcePosition(line: 2, column: 4)),
            ("in an attribute", "<pack>\n<t v=\"a\u{0}b\"/></pack>", SourcePosition(line: 2, column: 8)),
            ("in a name", "<pack>\n<pa\u{0}ck/></pack>", SourcePosition(line: 2, column: 4)),
            ("before the root", "\n\n\n\n\u{0}<pack/>", SourcePosition(line: 5, column: 1)),
            // libxml2 2.9 on its own takes a NUL after the root for the end of input.
            ("right after the root", "<pack/>\u{0}", SourcePosition(line: 1, column: 8)),
            (
                "after the root, hiding more markup",
                "<pack/>\nПривіт\u{0}<<&& <!DOCTYPE x [<!ENTITY a SYSTEM \"file:///etc/passwd\">]>",
                SourcePosition(line: 2, column: 7)
            ),
            ("in a comment", "<pack><!-- a\u{0}b --></pack>", SourcePosition(line: 1, column: 13)),
            ("in a processing instruction", "<pack><?pi a\u{0}b?></pack>", SourcePosition(line: 1, column: 13)),
            ("in CDATA", "<pack><![CDATA[a\u{0}b]]></pack>", SourcePosition(line: 1, column: 17)),
        ] as [(String, String, SourcePosition)])
    func nulByte(label: String, text: String, position: SourcePosition) {
        let document = loadText(text)
        #expect(document.root == nil, "NUL \(label): \(describe(document))")
        #expect(document.problems.map(\.kind) == [.encoding], "NUL \(label): \(describe(document))")
        #expect(document.problems.first?.message.contains("NUL") == true, "NUL \(label): \(describe(document))")
        #expect(document.problems.first?.position == position, "NUL \(label): \(describe(document))")
    }

    @Test("an empty file is empty, in memory and on disk")
    func emptyFile() throws {
        let inMemory = HardenedXMLLoader.load(bytes: [], schema: nil)
        expectEmpty(inMemory)
        let folder = try SecretFolder()
        let path = try folder.write("empty.xml", [])
        expectEmpty(HardenedXMLLoader.load(fileAtPath: path, schema: nil))
    }

    @Test("a whitespace-only file is empty")
    func whitespaceOnlyFile() {
        expectEmpty(loadText(" \n\t\r\n   \n"))
    }

    @Test("a file holding only a byte-order mark or a comment is refused")
    func nothingButPreamble() {
        for text in ["\u{FEFF}", "\u{FEFF}  \n", "<!-- nothing -->\n", "<?xml version=\"1.0\"?>\n"] {
            let document = loadText(text)
            #expect(document.root == nil, "\(text.debugDescription): \(describe(document))")
            let kinds = Set(document.problems.map(\.kind))
            #expect(
                !kinds.isEmpty && kinds.isSubset(of: [.empty, .malformed]),
                "\(text.debugDescription): \(describe(document))")
        }
    }

    @Test("a truncated file is malformed at the end of the input")
    func truncatedFile() throws {
        let document = loadText("<pack id=\"p\">\n  <title>\n    <t lang=\"en\">Hel")
        #expect(document.root == nil)
        let problem = try #require(document.problems.first)
        #expect(problem.kind == .malformed)
        #expect(problem.position?.line == 3, "\(describe(document))")
        #expect(
            document.problems.contains { $0.message.contains("Premature end") || $0.message.contains("not found") },
            "\(describe(document))")
    }

    @Test("every proper prefix of a valid document is refused")
    func everyPrefixIsRefused() throws {
        let bytes = Array(Self.validDocument.utf8)
        let end = try #require(Self.validDocument.range(of: "</pack>")).upperBound
        let complete = Self.validDocument.utf8.distance(from: Self.validDocument.startIndex, to: end)
        var accepted: [Int] = []
        for length in 0..<complete {
            let document = HardenedXMLLoader.load(
                bytes: Array(bytes[0..<length]), schema: nil)
            if document.root != nil || document.problems.isEmpty { accepted.append(length) }
            let kinds = Set(document.problems.map(\.kind))
            #expect(kinds.isSubset(of: [.empty, .malformed]), "prefix \(length): \(describe(document))")
        }
        #expect(accepted.isEmpty, "prefixes accepted as complete documents: \(accepted)")
    }

    @Test("binary garbage is refused and the problem list stays bounded", arguments: [1, 2, 3, 0x0BE_41])
    func binaryGarbage(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        // Raw garbage holds NUL bytes, which the loader refuses before parsing.
        let raw = generator.bytes(64 * 1024)
        let document = HardenedXMLLoader.load(bytes: raw, schema: nil)
        #expect(raw.contains(0))
        #expect(document.problems.map(\.kind) == [.encoding], "seed \(seed): \(describe(document))")
        expectBounded(document)

        // Without NUL bytes the garbage reaches libxml2, which must call it malformed.
        func withoutNUL(_ bytes: [UInt8]) -> [UInt8] { bytes.map { $0 == 0 ? 1 : $0 } }
        let parsed = [
            withoutNUL(generator.bytes(64 * 1024)),
            Array("<pack>".utf8) + withoutNUL(generator.bytes(64 * 1024)),
            Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pack a=\"".utf8) + withoutNUL(generator.bytes(4096)),
            Array("<pack>\n<![CDATA[".utf8) + withoutNUL(generator.bytes(4096)),
        ]
        for bytes in parsed {
            let document = HardenedXMLLoader.load(bytes: bytes, schema: nil)
            let kinds = document.problems.map(\.kind)
            #expect(
                !kinds.isEmpty && kinds.allSatisfy { $0 == .malformed },
                "seed \(seed), \(bytes.prefix(8)): \(describe(document))")
            expectBounded(document)
        }
    }

    @Test("UTF-16 with a byte-order mark is refused: packs are UTF-8", arguments: [true, false])
    func utf16WithBOM(littleEndian: Bool) throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<pack id=\"p\">\n  Привіт <t lang=\"uk\">Кіт</t>\n</pack>\n"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let pair = [UInt8(truncatingIfNeeded: unit), UInt8(truncatingIfNeeded: unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let document = HardenedXMLLoader.load(bytes: bytes, schema: nil)
        #expect(document.root == nil)
        #expect(document.problems.map(\.kind) == [.encoding], "\(describe(document))")
        #expect(document.problems.first?.suggestion == "save it as UTF-8")
    }

    @Test(
        "a declared encoding other than UTF-8 is refused",
        arguments: ["ISO-8859-1", "latin1", "US-ASCII", "windows-1251"])
    func declaredEncoding(encoding: String) {
        let document = loadText("<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<pack/>\n")
        #expect(document.root == nil, "\(describe(document))")
        #expect(document.problems.map(\.kind) == [.encoding], "\(describe(document))")
        #expect(document.problems.first?.message.contains(encoding) == true, "\(describe(document))")
    }

    @Test("a byte-order mark contradicting the encoding declaration is refused (W3C hst-lhs-007)")
    func conflictingByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<?xml version='1.0' encoding='iso-8859-1'?><pack/>\n".utf8)
        let document = HardenedXMLLoader.load(bytes: bytes, schema: nil)
        #expect(document.root == nil)
        #expect(document.problems.map(\.kind) == [.encoding], "\(describe(document))")
    }

    @Test("thousands of recoverable errors are capped, not all collected")
    func manyErrorsAreCapped() {
        let document = loadText("<pack>" + String(repeating: "<p:a/>", count: 5000) + "</pack>")
        #expect(!document.problems.isEmpty)
        #expect(document.problems.count == 201, "200 kept and one that says how many more")
        #expect(document.problems.last?.message.contains("more problems of this kind are not shown") == true)
        #expect(document.problems.allSatisfy { $0.kind == .malformed })
    }

    // MARK: - Paths that are not readable files

    @Test("a path that does not exist is unreadable")
    func missingPath() {
        let path = "/nonexistent-\(UUID().uuidString)/pack.xml"
        let document = HardenedXMLLoader.load(fileAtPath: path, schema: nil)
        #expect(document.root == nil)
        #expect(document.problems.map(\.kind) == [.unreadable])
        #expect(document.problems.first?.message.contains("no such file") == true, "\(describe(document))")
    }

    @Test("a folder is unreadable")
    func folderPath() throws {
        let folder = try SecretFolder()
        let document = HardenedXMLLoader.load(fileAtPath: folder.url.path, schema: nil)
        #expect(document.root == nil)
        #expect(document.problems.map(\.kind) == [.unreadable])
        #expect(document.problems.first?.message.contains("folder") == true, "\(describe(document))")
    }

    @Test("a file without read permission is unreadable", .enabled(if: getuid() != 0, "root can read any file"))
    func unreadableFile() throws {
        let folder = try SecretFolder()
        let path = try folder.write("locked.xml", "<pack/>")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        let document = HardenedXMLLoader.load(fileAtPath: path, schema: nil)
        #expect(document.root == nil)
        #expect(document.problems.map(\.kind) == [.unreadable], "\(describe(document))")
    }

    // MARK: - Threads

    @Test("concurrent loads keep their problems apart")
    func concurrentLoads() async {
        let inputs: [(String, XMLProblem.Kind?)] = [
            (Self.validDocument, nil),
            ("<!DOCTYPE pack [<!ENTITY a \"b\">]><pack>&a;</pack>", .doctype),
            ("<pack><t></pack>", .malformed),
            ("", .empty),
            ("<pack xmlns:xi=\"\(HardenedXMLLoader.xincludeNamespace)\"><xi:include href=\"x\"/></pack>", .xinclude),
        ]
        let mismatches = await withTaskGroup(of: String?.self) { group in
            for round in 0..<200 {
                let (text, expected) = inputs[round % inputs.count]
                group.addTask {
                    let document = loadText(text)
                    let kinds = Set(document.problems.map(\.kind))
                    let matches = expected.map { kinds == [$0] } ?? kinds.isEmpty
                    return matches ? nil : "round \(round): expected \(String(describing: expected)), got \(describe(document))"
                }
            }
            var found: [String] = []
            for await result in group { if let result { found.append(result) } }
            return found
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    // MARK: - Helpers

    static let permissiveSchema = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   targetNamespace="urn:oberih:pack:1" elementFormDefault="qualified">
          <xs:element name="pack">
            <xs:complexType>
              <xs:sequence>
                <xs:any processContents="lax" namespace="##any" minOccurs="0" maxOccurs="unbounded"/>
              </xs:sequence>
              <xs:anyAttribute processContents="lax" namespace="##any"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    /// A small valid document (also used by the positive tests).
    static let validDocument = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:oberih:pack:1" id="p"><title>Hi</title></pack>

        """

    /// `<pack a="xxx…"/>` whose attribute value has `length` bytes (the file has 12 more).
    static func fileWithAttribute(ofLength length: Int) -> [UInt8] {
        var bytes = Array("<pack a=\"".utf8)
        bytes.reserveCapacity(length + 12)
        bytes += repeatElement(UInt8(ascii: "x"), count: length)
        bytes += Array("\"/>".utf8)
        return bytes
    }
}

// MARK: - Expectations shared by the hostile cases

func expectRefusedAsDoctype(
    _ document: LoadedXMLDocument, line: Int, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(document.root == nil, "a document with a DOCTYPE must not be built", sourceLocation: sourceLocation)
    #expect(
        document.problems.map(\.kind) == [.doctype], "\(describe(document))", sourceLocation: sourceLocation)
    #expect(
        document.problems.first?.message.contains("DOCTYPE") == true, "\(describe(document))",
        sourceLocation: sourceLocation)
    #expect(
        document.problems.first?.position == SourcePosition(line: line, column: 1), "\(describe(document))",
        sourceLocation: sourceLocation)
}

func expectTooLarge(_ document: LoadedXMLDocument, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(document.root == nil, sourceLocation: sourceLocation)
    #expect(document.problems.map(\.kind) == [.tooLarge], "\(describe(document))", sourceLocation: sourceLocation)
    #expect(
        document.problems.first?.message.contains("16 MiB") == true, "\(describe(document))",
        sourceLocation: sourceLocation)
}

func expectEmpty(_ document: LoadedXMLDocument, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(document.root == nil, sourceLocation: sourceLocation)
    #expect(document.problems.map(\.kind) == [.empty], "\(describe(document))", sourceLocation: sourceLocation)
    #expect(
        document.problems.first?.message.contains("empty") == true, "\(describe(document))",
        sourceLocation: sourceLocation)
    #expect(
        document.problems.first?.position == SourcePosition(line: 1, column: 1), sourceLocation: sourceLocation)
}

/// "Bounded" without a clock: the load refused the input instead of building a tree,
/// and what it returned is small (a few problems with short messages).
func expectBounded(_ document: LoadedXMLDocument, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(document.root == nil, "no tree may be built", sourceLocation: sourceLocation)
    #expect(!document.problems.isEmpty, sourceLocation: sourceLocation)
    // At most 200 problems are kept, and one more says how many were not.
    #expect(document.problems.count <= 201, "\(document.problems.count) problems", sourceLocation: sourceLocation)
    let characters = document.problems.reduce(0) { $0 + $1.message.count }
    #expect(characters < 64 * 1024, "messages total \(characters) characters", sourceLocation: sourceLocation)
}

/// The other side of the hostile cases: what a good document gives back, and where.
@Suite("Well-formed input and positions")
struct WellFormedInputTests {
    /// Line 7 holds Cyrillic before `<m:image`: 9 scalars but 15 bytes precede the tag.
    static let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Урок: перевірка -->
        <pack xmlns="urn:oberih:pack:1" xmlns:m="urn:oberih:media"
              id="p-1"
              title="Fish &amp; chips &lt;3">
          <lesson id='l1'>Hello, <![CDATA[<world>]]> &#x41;&#1071;</lesson>
          Привіт <m:image src="a.png"
             m:alt="Кіт &quot;Мурчик&quot;" />
        </pack>

        """

    @Test("names, namespaces, attribute values and text come back as written")
    func contents() throws {
        let loaded = loadText(Self.document)
        #expect(loaded.problems.isEmpty, "\(describe(loaded))")
        let pack = try #require(loaded.root)
        #expect(pack.name == "pack")
        #expect(pack.namespace == "urn:oberih:pack:1")
        // Namespace declarations are not attributes.
        #expect(pack.attributes.map(\.name) == ["id", "title"])
        #expect(pack.attribute("id")?.value == "p-1")
        #expect(pack.attribute("id")?.namespace == nil)
        #expect(pack.attribute("title")?.value == "Fish & chips <3")
        #expect(pack.children.map(\.name) == ["lesson", "image"])

        let lesson = try #require(pack.child(named: "lesson"))
        #expect(lesson.namespace == "urn:oberih:pack:1", "the default namespace is inherited")
        #expect(lesson.attribute("id")?.value == "l1")
        #expect(lesson.text == "Hello, <world> AЯ", "CDATA and character references become text")

        let image = try #require(pack.child(named: "image"))
        #expect(image.namespace == "urn:oberih:media")
        #expect(image.attribute("src")?.value == "a.png")
        #expect(image.attribute("src")?.namespace == nil, "unprefixed attributes have no namespace")
        #expect(image.attribute("alt") == nil, "a prefixed attribute is not found by local name alone")
        let alt = try #require(image.attributes.first { $0.name == "alt" })
        #expect(alt.namespace == "urn:oberih:media")
        #expect(alt.value == "Кіт \"Мурчик\"")
        #expect(image.children.isEmpty && image.text.isEmpty)

        // The comment is dropped; the text around the children is kept as written.
        #expect(pack.text.contains("Привіт "))
        #expect(!pack.text.contains("Урок"))
    }

    @Test("elements and attributes carry 1-based line and column, counted in Unicode scalars")
    func positions() throws {
        let loaded = loadText(Self.document)
        let pack = try #require(loaded.root)
        #expect(pack.position == SourcePosition(line: 3, column: 1))
        #expect(pack.attribute("id")?.position == SourcePosition(line: 4, column: 7))
        #expect(pack.attribute("title")?.position == SourcePosition(line: 5, column: 7))

        let lesson = try #require(pack.child(named: "lesson"))
        #expect(lesson.position == SourcePosition(line: 6, column: 3))
        #expect(lesson.attribute("id")?.position == SourcePosition(line: 6, column: 11))

        let image = try #require(pack.child(named: "image"))
        // "  Привіт " is 9 scalars (15 bytes), so the prefixed tag starts in column 10.
        #expect(image.position == SourcePosition(line: 7, column: 10))
        #expect(image.attribute("src")?.position == SourcePosition(line: 7, column: 19))
        // An attribute on a later line of a multi-line start tag.
        let alt = try #require(image.attributes.first { $0.name == "alt" })
        #expect(alt.position == SourcePosition(line: 8, column: 6))
    }

    @Test("the same document from a file gives the same tree")
    func fromFile() throws {
        let folder = try SecretFolder()
        let path = try folder.write("pack.xml", Self.document)
        let loaded = HardenedXMLLoader.load(fileAtPath: path, schema: nil)
        #expect(loaded.problems.isEmpty, "\(describe(loaded))")
        #expect(loaded.root?.child(named: "image")?.position == SourcePosition(line: 7, column: 10))
    }

    @Test("a UTF-8 byte-order mark is accepted and reported", arguments: ["<pack a=\"1\"/>", "<pack>\n  <t a=\"1\"/></pack>"])
    func utf8ByteOrderMark(text: String) throws {
        let loaded = HardenedXMLLoader.load(
            bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), schema: nil)
        #expect(loaded.problems.isEmpty, "\(describe(loaded))")
        let root = try #require(loaded.root)
        // Editors do not count an invisible BOM, and neither do libxml2's error columns.
        #expect(root.position == SourcePosition(line: 1, column: 1))
        if text.hasPrefix("<pack a") {
            #expect(root.attribute("a")?.position == SourcePosition(line: 1, column: 7))
        }
        if let t = root.child(named: "t") {
            #expect(t.position == SourcePosition(line: 2, column: 3), "lines after the first are unaffected")
        }
    }

    @Test("CRLF line ends count as one line break")
    func carriageReturns() throws {
        let loaded = loadText("<pack>\r\n  <a b=\"1\"\r\n c=\"2\"/></pack>")
        let a = try #require(loaded.root?.child(named: "a"))
        #expect(a.position == SourcePosition(line: 2, column: 3))
        #expect(a.attribute("b")?.position == SourcePosition(line: 2, column: 6))
        #expect(a.attribute("c")?.position == SourcePosition(line: 3, column: 2))
    }

    @Test("a '>' inside an attribute value does not end the start tag for positions")
    func quotedGreaterThan() throws {
        let loaded = loadText("<pack><x a=\"1 > 0 id=2\" id=\"3\"/>\n</pack>\n")
        let x = try #require(loaded.root?.child(named: "x"))
        #expect(x.attribute("id")?.value == "3")
        #expect(x.attribute("id")?.position == SourcePosition(line: 1, column: 25))
    }

    @Test(
        "a tag mentioned in a comment, CDATA or a processing instruction does not shift positions",
        arguments: [
            ("<pack>\n  <!-- <lesson> --><lesson id=\"x\"/>\n</pack>\n", 20),
            ("<pack>\n  <![CDATA[<lesson ]]><lesson id=\"x\"/>\n</pack>\n", 23),
            ("<pack>\n  <?pi <lesson ?>    <lesson id=\"x\"/>\n</pack>\n", 22),
            ("<pack><!-- a comment over two lines\n <lesson id=\"y\"> --><lesson id=\"x\"/>\n</pack>\n", 21),
        ])
    func tagInsideMarkup(text: String, column: Int) throws {
        let loaded = loadText(text)
        #expect(loaded.problems.isEmpty, "\(describe(loaded))")
        let lesson = try #require(loaded.root?.child(named: "lesson"))
        #expect(lesson.position == SourcePosition(line: 2, column: column), "\(text.debugDescription)")
        #expect(
            lesson.attribute("id")?.position == SourcePosition(line: 2, column: column + 8),
            "\(text.debugDescription)")
    }

    @Test("a malformed document reports the line and column of the error")
    func malformedPosition() throws {
        let loaded = loadText("<pack>\n  <lesson id=\"a\">\n  </lessn>\n</pack>\n")
        #expect(loaded.root == nil)
        let problem = try #require(loaded.problems.first)
        #expect(problem.kind == .malformed)
        #expect(problem.message.contains("mismatch"), "\(describe(loaded))")
        let position = try #require(problem.position)
        #expect(position.line == 3)
        // libxml2 points at or just after the bad end tag "  </lessn>" (columns 3...10).
        #expect((3...11).contains(position.column), "\(describe(loaded))")
    }

    @Test("a malformed document's error column counts Unicode scalars, not bytes")
    func malformedColumnAfterCyrillic() throws {
        // "  Привіт " is 9 scalars and 15 bytes; the bad end tag is columns 10...17.
        let loaded = loadText("<pack>\n  Привіт </lessn>\n</pack>\n")
        #expect(loaded.root == nil)
        let problem = try #require(loaded.problems.first)
        #expect(problem.kind == .malformed)
        let position = try #require(problem.position)
        #expect(position.line == 2)
        #expect((10...18).contains(position.column), "\(describe(loaded))")
    }

    @Test("a duplicate attribute and an unquoted value are malformed on their line")
    func malformedAttributes() throws {
        for (text, line) in [
            ("<pack>\n  <lesson id=\"a\" id=\"b\"/>\n</pack>\n", 2),
            ("<pack>\n\n  <lesson id=a/>\n</pack>\n", 3),
        ] {
            let loaded = loadText(text)
            #expect(loaded.root == nil)
            #expect(loaded.problems.first?.kind == .malformed)
            #expect(loaded.problems.first?.position?.line == line, "\(describe(loaded))")
            #expect((loaded.problems.first?.position?.column ?? 0) > 1, "\(describe(loaded))")
        }
    }
}
