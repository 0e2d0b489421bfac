import Testing

@testable import PackTranslation

/// The PO writer and reader: escapes, multi-line strings, flags, comments, errors.
@Suite struct POFileTests {
    func sample() -> POCatalog {
        var catalog = POCatalog(
            header: [("Language", "kk"), ("Content-Type", "text/plain; charset=UTF-8")],
            entries: [])
        var plain = POEntry(context: "lesson/step/prompt", id: "Who may know your password?", translation: "")
        plain.extractedComments = ["Shown to the facilitator only.", "source-hash: 0123456789abcdef"]
        plain.references = ["pack.xml:12"]
        var hostile = POEntry(
            context: "a/b/option:c/label", id: "Say \"no\"\tand\\or <leave> & go\n\nSecond paragraph",
            translation: "Айт \"жоқ\"\n\nЕкінші\u{1B}")
        hostile.flags = ["fuzzy"]
        hostile.previousID = "Old\ntext"
        hostile.translatorComments = ["checked by A."]
        catalog.entries = [plain, hostile]
        return catalog
    }

    @Test func writesAndReadsBackEveryPart() throws {
        let catalog = sample()
        let text = POWriter.write(catalog)
        var read = try POReader.read(text)
        #expect(read.headerValue("language") == "kk")
        #expect(read.entries.map(\.line) == [9, 18])
        read.entries = read.entries.map { var entry = $0; entry.line = 0; return entry }
        #expect(read == catalog)
        #expect(read.entries[1].isFuzzy)
        #expect(!read.entries[0].isFuzzy)
        #expect(read.entries[0].extractedValue("source-hash") == "0123456789abcdef")
    }

    /// A PO saved on Windows (CR LF) or with a byte-order mark reads as the same catalog,
    /// with the same line numbers.
    @Test func windowsLineEndingsAndAByteOrderMarkReadTheSame() throws {
        let text = POWriter.write(sample())
        let plain = try POReader.read(text)
        let windows = try POReader.read(text.replacingOccurrences(of: "\n", with: "\r\n"))
        let marked = try POReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(windows == plain)
        #expect(marked == plain)
        #expect(windows.entries.map(\.line) == [9, 18])
    }

    @Test func splitsMultiLineStringsAfterEachLineBreak() {
        let text = POWriter.write(sample())
        #expect(text.contains("msgid \"\"\n\"Say \\\"no\\\"\\tand\\\\or <leave> & go\\n\"\n\"\\n\"\n\"Second paragraph\"\n"))
        #expect(text.contains("#| msgid \"\"\n#| \"Old\\n\"\n#| \"text\"\n"))
        #expect(text.contains("\\033"))
        #expect(text.contains("#, fuzzy\n"))
    }

    @Test func readsWhatOtherToolsWrite() throws {
        let text = """
            # Translator comment
            msgid ""
            msgstr ""
            "Language: pt_BR\\n"
            "Plural-Forms: nplurals=2; plural=(n > 1);\\n"

            #. source-hash: 1
            #: a.xml:1 a.xml:2
            #, fuzzy, c-format
            #| msgctxt "old"
            #| msgid "Old"
            msgctxt "ctx"
            msgid "One"
            msgstr "Um"
            "\\101\\x"

            #~ msgid "obsolete"
            #~ msgstr "obsoleto"
            msgctxt "ctx2"
            msgid "Two"
            msgstr ""
            """
        do {
            _ = try POReader.read(text)
            Issue.record("\\x is not an escape and must be refused")
        } catch {
            #expect(error.line == 15)
        }
        let fixed = try POReader.read(text.replacingOccurrences(of: "\\101\\x", with: "\\101"))
        #expect(fixed.headerComments == ["Translator comment"])
        #expect(fixed.entries.count == 2)
        #expect(fixed.entries[0].translation == "UmA")
        #expect(fixed.entries[0].flags == ["fuzzy", "c-format"])
        #expect(fixed.entries[0].references == ["a.xml:1", "a.xml:2"])
        #expect(fixed.entries[0].previousContext == "old")
        #expect(fixed.entries[1].context == "ctx2")
        #expect(fixed.entries[1].line == 19)
    }

    @Test(arguments: [
        ("msgid \"a\"\nmsgstr \"b", 2, "double quotes"),
        ("msgid \"a\"\n", 1, "no msgstr"),
        ("msgstr \"b\"\n", 1, "without a msgid"),
        ("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"\n", 2, "plural"),
        ("msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"a\"\nmsgstr \"c\"\n", 4, "repeats the one at line 1"),
        ("msgid \"a\"\nmsgstr \"b\"\nhello\n", 3, "not PO syntax"),
        ("msgid \"a \"b\"\nmsgstr \"\"\n", 1, "not escaped"),
    ])
    func namesTheLineOfAnError(text: String, line: Int, words: String) {
        do {
            _ = try POReader.read(text)
            Issue.record("\(text) should be refused")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(words) || error.suggestion.contains(words), "\(error)")
            #expect(!error.suggestion.isEmpty)
        }
    }

    @Test func refusesBytesThatAreNotUTF8WithTheirLine() {
        let bytes = Array("msgid \"a\"\nmsgstr \"".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8)
        do {
            _ = try POReader.read(bytes: bytes)
            Issue.record("not UTF-8")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func foldsTextAsThePlayerShowsIt() {
        #expect(ShownText.folded("  One\n    two  three\n\n\n   Four\u{A0}5 ") == "One two three\n\nFour\u{A0}5")
        #expect(ShownText.folded(" \n ") == "")
        #expect(ShownText.fingerprint("a") == ShownText.fingerprint("a"))
        #expect(ShownText.fingerprint("a") != ShownText.fingerprint("b"))
        #expect(ShownText.fingerprint("").count == 16)
    }
}
