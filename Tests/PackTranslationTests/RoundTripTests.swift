import Foundation
import LessonPack
import Testing
import TestSupport

@testable import PackTranslation

/// Export then import on the shipped packs: nothing changes that was not translated.
@Suite struct RoundTripTests {
    static let packFiles = ["being-kind-online", "consent-to-share", "pressure-and-threats", "real-and-fake",
        "upstanders", "who-is-really-there"]

    static func source(_ name: String) throws -> PackSource {
        let path = ProjectFolder.curriculumFile(name + ".xml")
        return try PackSource(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
    }

    /// Through the PO text, as a translator's tool would read it.
    static func throughFile(_ catalog: POCatalog) throws -> POCatalog {
        try POReader.read(POWriter.write(catalog))
    }

    @Test(arguments: packFiles)
    func exportThenImportChangesNoByte(name: String) throws {
        let source = try Self.source(name)
        #expect(source.texts.units.count > 100)
        #expect(source.texts.repeatedContexts.isEmpty)
        for language in ["uk", "ru", "kk"] {
            let catalog = try Self.throughFile(try TranslationExport.catalog(of: source, language: language))
            let outcome = try TranslationImport.apply(catalog, file: "\(name).\(language).po", to: source)
            #expect(outcome.bytes == source.bytes, "\(name) \(language)")
            #expect(outcome.problems.isEmpty)
            #expect(outcome.added == 0 && outcome.replaced == 0)
            if language == "kk" {
                #expect(outcome.untranslated == catalog.entries.count)
                #expect(!outcome.isDeclared)
            } else {
                #expect(outcome.unchanged == catalog.entries.count)
                #expect(outcome.stillMissing == 0)
            }
        }
    }

    @Test(arguments: packFiles)
    func everyElementRangeCoversItsTag(name: String) throws {
        let source = try Self.source(name)
        for unit in source.texts.units {
            for piece in unit.pieces {
                let range = try #require(piece.range, "\(unit.context)")
                let text = String(decoding: source.bytes[range], as: UTF8.self)
                let tag = unit.kind == .text ? "t" : "accept"
                #expect(text.hasPrefix("<\(tag) lang=\"\(piece.language)\">") && text.hasSuffix("</\(tag)>"), "\(text)")
            }
        }
    }

    @Test func contextsAreBuiltFromIds() throws {
        let contexts = Set(try Self.source("being-kind-online").texts.units.map(\.context))
        for expected in ["title", "summary", "ground-rules/rule", "ground-rules/rule#2"] {
            #expect(contexts.contains(expected), "\(expected)")
        }
        #expect(contexts.contains { $0.contains("/option:") && $0.hasSuffix("/label") })
        #expect(contexts.contains { $0.hasSuffix("/feedback:correct") })
        #expect(contexts.contains { $0.hasSuffix("/facilitator-note") })
        #expect(contexts.contains { $0.hasSuffix("/accept") })
        #expect(contexts.contains { $0.hasPrefix("contact:") && $0.hasSuffix("/purpose") })
        #expect(contexts.contains { $0.contains("/node:") && $0.contains("/choice:") })
    }

    @Test func aCommentJustBeforeATextIsTheAuthorsNote() throws {
        let xml = """
            <pack xmlns="urn:oberih:pack:1" id="x" default-lang="en" langs="en">
              <!-- Keep it short: it is a button. -->
              <title><t lang="en">Go</t></title>
              <!-- ============ -->
              <summary><t lang="en">Summary</t></summary>
              <!-- Not before a text element. --><authors><author>A</author></authors>
            </pack>
            """
        let source = try PackSource(bytes: Array(xml.utf8), file: "x.xml")
        let catalog = try TranslationExport.catalog(of: source, language: "kk")
        #expect(catalog.entries.map(\.context) == ["title", "summary"])
        #expect(catalog.entries[0].extractedComments.first == "Author's note: Keep it short: it is a button.")
        #expect(!catalog.entries[1].extractedComments.contains { $0.hasPrefix("Author's note") })
    }

    @Test func facilitatorNotesAreMarked() throws {
        let source = try Self.source("being-kind-online")
        let catalog = try TranslationExport.catalog(of: source, language: "kk")
        let notes = catalog.entries.filter { $0.context!.hasSuffix("facilitator-note") }
        #expect(!notes.isEmpty)
        #expect(notes.allSatisfy { $0.extractedComments.contains("Shown to the facilitator only.") })
        let others = catalog.entries.filter { !$0.context!.hasSuffix("facilitator-note") }
        #expect(others.allSatisfy { !$0.extractedComments.contains("Shown to the facilitator only.") })
        #expect(catalog.headerValue("X-Source-Language") == "en")
        #expect(catalog.headerValue("Language") == "kk")
        #expect(catalog.headerValue("Plural-Forms") == nil)
        #expect(catalog.entries.allSatisfy { $0.references.first?.hasPrefix("being-kind-online.xml:") == true })
    }
}
