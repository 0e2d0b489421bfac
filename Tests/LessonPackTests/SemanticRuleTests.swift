import Foundation
import Testing

@testable import LessonPack

@Suite struct SemanticRuleTests {
    @Test func minimalPackIsValidWithoutWarnings() {
        let result = MinimalPack.validate(MinimalPack.xml)
        #expect(result.diagnostics.map(\.formatted) == [])
        #expect(result.pack?.lessons.count == 5)
    }

    @Test(arguments: RuleCase.all)
    func brokenPackReportsCodeAtLine(_ rule: RuleCase) throws {
        let xml = rule.brokenXML
        let expected = try #require(MinimalPack.position(of: rule.lineOf, in: xml))
        let result = MinimalPack.validate(xml)
        let hits = result.diagnostics.filter { $0.code == rule.code }
        #expect(!hits.isEmpty, "no \(rule.code.rawValue) in \(result.diagnostics.map(\.formatted))")
        #expect(hits.contains { $0.position == expected }, "expected \(expected): \(hits.map(\.formatted))")
        let others = result.diagnostics.filter { $0.code != rule.code && !rule.alsoExpected.contains($0.code) }
        #expect(others.isEmpty, "other rules fired too: \(others.map(\.formatted))")
        #expect(hits.allSatisfy { $0.severity == rule.code.defaultSeverity })
        #expect(hits.allSatisfy { !$0.suggestion.isEmpty && !$0.message.isEmpty })
    }

    @Test func everyPackLevelCodeHasABrokenPack() {
        // Codes about reading the file are covered by the PackXML and end-to-end tests.
        let fileLevel: Set<DiagnosticCode> = [
            .fileUnreadable, .fileTooLarge, .fileEmpty, .xmlMalformed, .xmlDoctype, .xmlXInclude, .xmlEncoding,
            .xmlTooManyAttributes, .xmlTooManyNamespaces, .xmlNameTooLong, .xmlValueTooLong, .xmlTextTooLong,
            .schemaWarning, .duplicatePackId,
        ]
        let covered = Set(RuleCase.all.map(\.code))
        let uncovered = Set(DiagnosticCode.allCases).subtracting(fileLevel).subtracting(covered)
        #expect(uncovered.isEmpty, "no test breaks a pack for \(uncovered.map(\.rawValue).sorted())")
    }

    @Test func multipleChoiceWithoutCorrectOptionIsReported() throws {
        let xml = MinimalPack.xml.replacingOccurrences(
            of: "<option id=\"b\" correct=\"true\"><label><t lang=\"en\">Report",
            with: "<option id=\"b\"><label><t lang=\"en\">Report"
        ).replacingOccurrences(
            of: "<multiple-choice id=\"q-multi\" objectives=\"obj-block\">\n      <prompt><t lang=\"en\">Pick some</t><t lang=\"uk\">Оберіть кілька</t></prompt>\n      <option id=\"a\" correct=\"true\">",
            with: "<multiple-choice id=\"q-multi\" objectives=\"obj-block\">\n      <prompt><t lang=\"en\">Pick some</t><t lang=\"uk\">Оберіть кілька</t></prompt>\n      <option id=\"a\">")
        let result = MinimalPack.validate(xml)
        let hit = try #require(result.diagnostics.first { $0.code == .correctAnswerCount })
        #expect(hit.position?.line == MinimalPack.line(of: "<multiple-choice id=\"q-multi\"", in: xml))
        #expect(hit.message.contains("no option marked correct"))
    }

    @Test func contentNoteSatisfiesSexualHarmTopic() {
        let xml = MinimalPack.xml.replacingOccurrences(of: "topic=\"privacy\"", with: "topic=\"grooming\"")
            .replacingOccurrences(
                of: "<licence>CC-BY-SA-4.0</licence>",
                with: "<licence>CC-BY-SA-4.0</licence>\n<content-note><t lang=\"en\">This pack talks about grooming.</t><t lang=\"uk\">Цей набір говорить про грумінг.</t></content-note>")
        #expect(MinimalPack.validate(xml).diagnostics.map(\.code) == [.contactCoverage, .contactCoverage])
        // With a content note, each country's contacts and the international ones together
        // need someone to talk to, the police or an emergency number, and a place for images.
        let covered = xml.replacingOccurrences(of: "for=\"talk\"", with: "for=\"talk emergency remove-image\"")
            .replacingOccurrences(of: "country=\"UA\"", with: "country=\"international\"")
        #expect(MinimalPack.validate(covered).diagnostics.map(\.formatted) == [])
        let international = MinimalPack.validate(xml).diagnostics.last?.message ?? ""
        #expect(international.contains("a learner from another country (the international contacts alone) cannot reach someone to talk to"))
    }

    @Test func aTextAboutGroomingMayNotSendTheChildToAnImageLinkHotlineAlone() {
        let xml = MinimalPack.xml
            .replacingOccurrences(of: "for=\"talk\"", with: "for=\"report-image-link\"")
            .replacingOccurrences(of: "<text id=\"intro\" contacts=\"ua-line\"", with: "<text id=\"intro\" harm=\"grooming\" contacts=\"ua-line\"")
        let hit = MinimalPack.validate(xml).diagnostics.first { $0.code == .contactPurposeMismatch }
        #expect(hit?.message.contains("is about grooming but lists support contact 'ua-line', which is for report-image-link only") == true)
        #expect(hit?.severity == .error)
        // The same hotline fits a text about an image that was shared, and a helpline fits grooming.
        let image = xml.replacingOccurrences(of: "harm=\"grooming\"", with: "harm=\"image-abuse\"")
        #expect(!MinimalPack.validate(image).diagnostics.contains { $0.code == .contactPurposeMismatch })
        let talk = xml.replacingOccurrences(of: "for=\"report-image-link\"", with: "for=\"report-image-link talk\"")
        #expect(!MinimalPack.validate(talk).diagnostics.contains { $0.code == .contactPurposeMismatch })
    }

    @Test func victimBlamingIsFoundInUkrainianAndRussianToo() {
        let xml = MinimalPack.xml.replacingOccurrences(
            of: "Відповідь продовжує контакт.", with: "Ти сам винен, що відповів.")
        let hits = MinimalPack.validate(xml).diagnostics.filter { $0.code == .victimBlaming }
        #expect(hits.count == 1)
        #expect(hits.first?.message.contains("сам винен") == true)
        #expect(VictimBlamingPhrases.matches(in: "Она сама виновата", language: "ru") == ["сама виновата"])
        #expect(VictimBlamingPhrases.matches(in: "Nobody is to blame but the sender", language: "en") == [])
    }

    @Test func decimalsTooLargeToUseAreReportedNotDefaulted() throws {
        let huge = "1" + String(repeating: "0", count: 400)
        let xml = MinimalPack.xml.replacingOccurrences(of: "points=\"2\"", with: "points=\"\(huge)\"")
            .replacingOccurrences(of: "pass-mark=\"50\"", with: "pass-mark=\"-\(huge)\"")
        let hits = MinimalPack.validate(xml).diagnostics.filter { $0.code == .numberOutOfRange }
        #expect(hits.map(\.position) == [
            MinimalPack.position(of: "pass-mark=", in: xml), MinimalPack.position(of: "points=\"1000", in: xml),
        ])
    }

    @Test func verificationDatesAreRealDays() {
        #expect(PackDecoder.parseDate("2026-11-20") != nil)
        #expect(PackDecoder.parseDate("2026-11-20Z") == PackDecoder.parseDate("2026-11-20"))
        #expect(PackDecoder.parseDate("2026-11-20+02:00") != nil)
        #expect(PackDecoder.parseDate("2026-13-01") == nil)
        #expect(PackDecoder.parseDate("2026-02-30") == nil)
        #expect(PackDecoder.parseDate("20261120") == nil)
        #expect(PackDecoder.parseDate("2026-11-20junk") == nil)
    }

    @Test func staleAgeIsMeasuredFromToday() {
        let xml = MinimalPack.xml.replacingOccurrences(of: "verified=\"2026-11-01\"", with: "verified=\"2025-12-07\"")
        #expect(MinimalPack.validate(xml).diagnostics.isEmpty, "less than a year before 2026-12-06")
    }

    @Test func duplicatePackIdsAcrossFilesAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oberih-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.xml", "b.xml"] {
            try MinimalPack.xml.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let files = PackFiles.expand([folder.path]).files
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.xml", "b.xml"])
        let results = PackValidator(today: MinimalPack.today).validate(filesAtPaths: files)
        #expect(results[0].diagnostics.isEmpty)
        let duplicate = try #require(results[1].diagnostics.first)
        #expect(duplicate.code == .duplicatePackId)
        #expect(duplicate.position?.line == 2)
    }

    @Test func columnsPointAtTheAttribute() throws {
        let xml = RuleCase.all.first { $0.code == .unknownPrerequisite }!.brokenXML
        let hit = try #require(MinimalPack.validate(xml).diagnostics.first)
        let line = xml.split(separator: "\n", omittingEmptySubsequences: false)[hit.position!.line - 1]
        let column = line.distance(from: line.startIndex, to: line.range(of: "requires=")!.lowerBound) + 1
        #expect(hit.position?.column == column)
    }
}

/// A language under way (texts written, not declared) is one warning, not one per text.
@Suite struct UndeclaredLanguageTests {
    /// The minimal pack with a 'de' text beside each of its first `count` uk texts.
    static func withGerman(first count: Int) -> String {
        var xml = MinimalPack.xml
        var from = xml.startIndex
        for _ in 0..<count {
            guard let open = xml.range(of: "<t lang=\"uk\">", range: from..<xml.endIndex),
                let close = xml.range(of: "</t>", range: open.upperBound..<xml.endIndex)
            else { break }
            xml.insert(contentsOf: "<t lang=\"de\">Hallo.</t>", at: close.upperBound)
            from = close.upperBound
        }
        return xml
    }

    @Test func aPartlyWrittenLanguageIsOneWarningNamingWhatLacksIt() throws {
        let result = MinimalPack.validate(Self.withGerman(first: 5))
        let warnings = result.diagnostics.filter { $0.code == .undeclaredLanguage }
        #expect(warnings.count == 1, "\(warnings.map(\.formatted))")
        let warning = try #require(warnings.first)
        #expect(warning.message.contains("'de' is not among the pack's langs"))
        #expect(warning.message.contains("5 of "), "\(warning.message)")
        #expect(warning.message.contains("still lack one: "), "\(warning.message)")
        #expect(warning.suggestion.contains("keep the texts written so far"))
        #expect(!warning.suggestion.contains("remove"))
        #expect(result.diagnostics.allSatisfy { $0.code == .undeclaredLanguage })
    }

    @Test func aFullyWrittenLanguageOnlyNeedsDeclaring() throws {
        let result = MinimalPack.validate(Self.withGerman(first: .max))
        let warning = try #require(result.diagnostics.first { $0.code == .undeclaredLanguage })
        #expect(result.diagnostics.count == 1)
        #expect(!warning.message.contains("lack"))
        #expect(warning.suggestion == "add 'de' to the pack's langs")
    }
}

/// A language tag in capitals is one schema error, not a missing text for every text.
@Suite struct LanguageTagCaseTests {
    @Test func aCapitalisedLanguageIsReportedOnceByTheSchema() {
        for edit in [("langs=\"en uk\"", "langs=\"en UK\""), ("<t lang=\"uk\">Привіт.</t>", "<t lang=\"UK\">Привіт.</t>")] {
            let xml = MinimalPack.xml.replacingOccurrences(of: edit.0, with: edit.1)
            #expect(xml != MinimalPack.xml)
            let result = MinimalPack.validate(xml)
            let codes = result.diagnostics.map(\.code)
            #expect(codes == [.schemaViolation], "\(result.diagnostics.map(\.formatted))")
        }
    }

    @Test func onlyThePrimarySubtagIsLowerCased() {
        #expect(PackDecoder.languageTag("RU") == "ru")
        #expect(PackDecoder.languageTag("EN-GB") == "en-GB")
        #expect(PackDecoder.languageTag("pt-BR") == "pt-BR")
        #expect(PackDecoder.languageTag("") == "")
    }
}
