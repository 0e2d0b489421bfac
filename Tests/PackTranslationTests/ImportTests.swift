import Foundation
import LessonPack
import Testing
import TestSupport

@testable import PackTranslation

/// Importing translations: a language put back, a new one, stale, fuzzy and hostile entries.
@Suite struct ImportTests {
    /// `bytes` without every `<t lang>` and `<accept lang>` in `language` (and its line).
    static func removing(_ language: String, from bytes: [UInt8]) throws -> [UInt8] {
        var text = String(decoding: bytes, as: UTF8.self)
        for pattern in ["\\n[ \\t]*<t lang=\"\(language)\">[^<]*</t>", "\\n[ \\t]*<accept lang=\"\(language)\">[^<]*</accept>"] {
            let expression = try NSRegularExpression(pattern: pattern)
            text = expression.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        }
        return Array(text.utf8)
    }

    /// The day the shipped contacts were last checked, so no test fails when they age.
    static let validator = PackValidator(today: ISO8601DateFormatter().date(from: "2026-12-07T00:00:00Z")!)

    static func texts(_ source: PackSource, _ language: String) -> [String: String] {
        Dictionary(source.texts.units.map { ($0.context, $0.text(in: language)) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: RoundTripTests.packFiles)
    func aRemovedLanguageComesBackFromItsPO(name: String) throws {
        let shipped = try RoundTripTests.source(name)
        let stripped = try PackSource(bytes: try Self.removing("uk", from: shipped.bytes), file: "stripped.xml")
        #expect(stripped.texts.units.allSatisfy { !$0.hasText(in: "uk") })
        let validator = Self.validator
        #expect(validator.validate(bytes: stripped.bytes, file: "stripped.xml").hasErrors)

        let po = try RoundTripTests.throughFile(try TranslationExport.catalog(of: shipped, language: "uk"))
        let outcome = try TranslationImport.apply(po, file: "uk.po", to: stripped)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.added == po.entries.count)
        #expect(outcome.stillMissing == 0)
        let result = try PackSource(bytes: outcome.bytes, file: "result.xml")
        #expect(Self.texts(result, "uk") == Self.texts(shipped, "uk"))
        #expect(Self.texts(result, "en") == Self.texts(shipped, "en"))
        let validation = validator.validate(bytes: outcome.bytes, file: "result.xml")
        #expect(!validation.hasErrors, "\(validation.diagnostics.filter { $0.severity == .error }.prefix(3).map(\.formatted))")
        // The decoded packs agree too, as the player reads them.
        let decoded = try #require(validation.pack)
        let original = try #require(validator.validate(bytes: shipped.bytes, file: "shipped.xml").pack)
        func uk(_ pack: Pack) -> [String] {
            var texts = [pack.title, pack.summary] + (pack.contentNote.map { [$0] } ?? [])
            texts += pack.groundRules.map(\.text) + pack.objectives.map(\.text) + pack.constructs.map(\.text)
            texts += pack.contacts.flatMap { [$0.name, $0.purpose] + ($0.hours.map { [$0] } ?? []) }
            texts += pack.lessons.flatMap { [$0.title] + ($0.summary.map { [$0] } ?? []) }
            return texts.map { ShownText.folded($0.text(exactly: "uk") ?? "") }
        }
        #expect(uk(decoded) == uk(original))
        #expect(!uk(decoded).contains(""))
    }

    /// A new language, every text translated: declared, valid, and nothing else changed.
    @Test func aNewLanguageIsSplicedInAndDeclared() throws {
        let shipped = try RoundTripTests.source("being-kind-online")
        var po = try TranslationExport.catalog(of: shipped, language: "kk")
        let hostile = "<script>alert(\"x\")</script> & 'q' ]]> \"dq\"\n\nSecond\u{A0}paragraph"
        for index in po.entries.indices {
            po.entries[index].translation = index == 3 ? hostile : "KK " + po.entries[index].id
        }
        let outcome = try TranslationImport.apply(try RoundTripTests.throughFile(po), file: "kk.po", to: shipped)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.added == po.entries.count)
        #expect(outcome.isDeclared && !outcome.wasDeclaredBefore)

        let text = String(decoding: outcome.bytes, as: UTF8.self)
        #expect(text.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'q' ]]&gt;"))
        #expect(!text.contains("<script>"))
        #expect(text.contains("langs=\"en uk ru kk\""))

        let result = try PackSource(bytes: outcome.bytes, file: "kk.xml")
        let kk = Self.texts(result, "kk")
        let context = po.entries[3].context!
        #expect(kk[context] == ShownText.folded(hostile))
        for entry in po.entries where entry.context != context {
            #expect(kk[entry.context!] == TranslationImport.normalized("KK " + entry.id, kind: .text)
                || result.texts.units.first { $0.context == entry.context }?.kind == .acceptedAnswers)
        }
        // Each new <t> has the indentation of the <t> before it.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where line.contains("<t lang=\"kk\">") {
            let previous = lines[index - 1]
            let indent = { (s: Substring) in s.prefix { $0 == " " } }
            if previous.contains("<t lang=\"ru\">") {
                #expect(indent(line) == indent(previous))
            }
        }
        // Without the new elements and the new language, the file is the shipped one, byte for byte.
        var back = try Self.removing("kk", from: outcome.bytes)
        back = Array(String(decoding: back, as: UTF8.self).replacingOccurrences(of: "langs=\"en uk ru kk\"", with: "langs=\"en uk ru\"").utf8)
        #expect(back == shipped.bytes)

        let validation = Self.validator
            .validate(bytes: outcome.bytes, file: "kk.xml")
        #expect(!validation.hasErrors, "\(validation.diagnostics.filter { $0.severity == .error }.prefix(3).map(\.formatted))")
        #expect(validation.pack?.languages == ["en", "uk", "ru", "kk"])
    }

    /// Half a language: written, but not declared, so the pack stays valid.
    /// A pack saved with Windows line endings gets CR LF on every line it is given.
    @Test func aWindowsPackKeepsItsLineEndings() throws {
        let shipped = try RoundTripTests.source("being-kind-online")
        let windowsText = String(decoding: shipped.bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
        let windows = try PackSource(bytes: Array(windowsText.utf8), file: "crlf.xml")
        var po = try TranslationExport.catalog(of: windows, language: "kk")
        for index in po.entries.indices { po.entries[index].translation = "KK " + po.entries[index].id }
        let outcome = try TranslationImport.apply(po, file: "kk.po", to: windows)
        #expect(outcome.problems.isEmpty && outcome.isDeclared)
        let bytes = outcome.bytes
        let loneLineFeeds = bytes.indices.filter { bytes[$0] == 0x0A && ($0 == 0 || bytes[$0 - 1] != 0x0D) }
        #expect(loneLineFeeds.isEmpty, "\(loneLineFeeds.count) lines end in LF alone")
        let crs = bytes.indices.filter { bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A) }
        #expect(crs.isEmpty, "\(crs.count) CRs without LF")
    }

    @Test func aPartialLanguageIsNotDeclared() throws {
        let shipped = try RoundTripTests.source("upstanders")
        var po = try TranslationExport.catalog(of: shipped, language: "kk")
        for index in po.entries.indices where index % 2 == 0 { po.entries[index].translation = "KK " + po.entries[index].id }
        let outcome = try TranslationImport.apply(po, file: "kk.po", to: shipped)
        #expect(!outcome.isDeclared)
        #expect(outcome.stillMissing == po.entries.count / 2)
        #expect(outcome.untranslated == po.entries.count / 2)
        let validation = Self.validator
            .validate(bytes: outcome.bytes, file: "kk.xml")
        #expect(!validation.hasErrors)
        #expect(validation.diagnostics.contains { $0.code == .undeclaredLanguage })

        // The next import, with the rest translated, declares the language.
        let partial = try PackSource(bytes: outcome.bytes, file: "kk.xml")
        for index in po.entries.indices { po.entries[index].translation = "KK " + po.entries[index].id }
        let rest = try TranslationImport.apply(po, file: "kk.po", to: partial)
        #expect(rest.unchanged == po.entries.count - po.entries.count / 2)
        #expect(rest.added == po.entries.count / 2)
        #expect(rest.isDeclared && rest.stillMissing == 0)
        let complete = Self.validator.validate(bytes: rest.bytes, file: "kk.xml")
        #expect(!complete.hasErrors)
        #expect(!complete.diagnostics.contains { $0.code == .undeclaredLanguage })
    }

    @Test func staleFuzzyAndUnknownEntriesAreCountedAndNamed() throws {
        let shipped = try RoundTripTests.source("being-kind-online")
        var po = try TranslationExport.catalog(of: shipped, language: "kk")
        for index in po.entries.indices { po.entries[index].translation = "KK" }
        po.entries[0].id = "An older title"  // the source changed since the export
        po.entries[1].flags = ["fuzzy"]
        po.entries[2].context = "gone/step/prompt"
        po.entries[3].extractedComments = ["source-hash: 0000000000000000"]  // msgid edited
        po.entries[4].context = nil
        po.entries[5].translation = "bell\u{7}"
        let read = try RoundTripTests.throughFile(po)
        let outcome = try TranslationImport.apply(read, file: "kk.po", to: shipped)
        #expect(outcome.fuzzy == 1)
        let kinds = outcome.problems.map(\.kind)
        #expect(kinds.count == 5)
        #expect(kinds[0] == .stale(was: "An older title", now: shipped.texts.units[0].text(in: "en")))
        #expect(kinds[1] == .unknownContext)
        #expect(kinds[2] == .editedSource)
        #expect(kinds[3] == .noContext)
        #expect(kinds[4] == .controlCharacter(7))
        #expect(outcome.problems.map(\.line) == [0, 2, 3, 4, 5].map { read.entries[$0].line })
        #expect(outcome.added == po.entries.count - 6)
        #expect(!outcome.isDeclared)

        let status = try TranslationStatus.compare(read, file: "kk.po", with: shipped)
        #expect(status.stale == [read.entries[0].line, read.entries[3].line])
        #expect(status.unknown == [read.entries[2].line, read.entries[4].line])
        #expect(status.fuzzy == 1)
        #expect(status.notInPO == 2)
    }

    @Test func aTranslationThatChangesReplacesTheOldOne() throws {
        let shipped = try RoundTripTests.source("real-and-fake")
        var po = try TranslationExport.catalog(of: shipped, language: "uk")
        po.entries[0].translation = "Новий заголовок"
        let outcome = try TranslationImport.apply(po, file: "uk.po", to: shipped)
        #expect(outcome.replaced == 1)
        #expect(outcome.unchanged == po.entries.count - 1)
        let result = try PackSource(bytes: outcome.bytes, file: "r.xml")
        #expect(result.texts.units[0].text(in: "uk") == "Новий заголовок")
        #expect(result.texts.units[0].pieces.filter { $0.language == "uk" }.count == 1)
        #expect(result.texts.units[0].pieces.map(\.language) == ["en", "ru", "uk"])
    }

    /// A prefixed namespace and everything on one line: the new element is written the same way.
    @Test func aPrefixedOneLinePackGetsPrefixedElements() throws {
        let xml = "<p:pack xmlns:p=\"urn:oberih:pack:1\" id=\"x\" default-lang=\"en\" langs='en'><p:title><p:t lang=\"en\">Hi &amp; bye</p:t></p:title></p:pack>"
        let source = try PackSource(bytes: Array(xml.utf8), file: "x.xml")
        var po = try TranslationExport.catalog(of: source, language: "kk")
        #expect(po.entries.map(\.id) == ["Hi & bye"])
        po.entries[0].translation = "Сәлем & сау бол"
        let outcome = try TranslationImport.apply(po, file: "kk.po", to: source)
        #expect(outcome.isDeclared)
        #expect(String(decoding: outcome.bytes, as: UTF8.self)
            == "<p:pack xmlns:p=\"urn:oberih:pack:1\" id=\"x\" default-lang=\"en\" langs='en kk'><p:title><p:t lang=\"en\">Hi &amp; bye</p:t><p:t lang=\"kk\">Сәлем &amp; сау бол</p:t></p:title></p:pack>")
    }

    @Test func statusCountsTranslatedAndMissing() throws {
        let shipped = try RoundTripTests.source("being-kind-online")
        let counts = TranslationStatus.counts(of: shipped)
        #expect(counts.map(\.language) == ["en", "uk", "ru"])
        #expect(counts.allSatisfy { $0.missing == 0 && $0.texts == shipped.texts.units.count })
        let stripped = try PackSource(bytes: try Self.removing("ru", from: shipped.bytes), file: "s.xml")
        #expect(TranslationStatus.counts(of: stripped).last?.translated == 0)
    }
}
