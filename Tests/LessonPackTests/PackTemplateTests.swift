import Foundation
import Testing

@testable import LessonPack

/// `oberih new pack`'s starter pack: valid as written, with only `template-placeholder`
/// warnings, and showing every step kind the format has.
@Suite struct PackTemplateTests {
    static let today = Date(timeIntervalSince1970: 1_796_000_000)

    static func validate(_ template: PackTemplate) -> PackValidation {
        PackValidator(today: today).validate(bytes: Array(template.xml().utf8), file: "\(template.id).xml")
    }

    static let combinations: [(AgeRange, [String])] = [
        (AgeRange(minimum: 13, maximum: 16), ["en"]),
        (AgeRange(minimum: 10, maximum: 12), ["en", "uk"]),
        (AgeRange(minimum: 10, maximum: 18), ["uk", "ru", "en"]),
        (AgeRange(minimum: 15, maximum: 15), ["ru"]),
        (AgeRange(minimum: 11, maximum: 14), ["en", "pt-BR"]),
    ]

    @Test(arguments: combinations.indices)
    func theTemplateValidatesWithOnlyPlaceholderWarnings(_ index: Int) throws {
        let (ages, languages) = Self.combinations[index]
        let result = Self.validate(PackTemplate(id: "my-pack", ages: ages, languages: languages, today: Self.today))
        let pack = try #require(result.pack)
        #expect(pack.ageRange == ages && pack.languages == languages && pack.id == "my-pack")
        #expect(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error }.map(\.formatted))")
        let others = result.diagnostics.filter { $0.code != .templatePlaceholder }
        #expect(others.isEmpty, "\(others.map(\.formatted))")
        #expect(result.hasTemplatePlaceholders)
        // Every placeholder is shown: none past the per-code cap.
        #expect(result.diagnostics.count < PackChecker.reportsPerCode)
        #expect(result.diagnostics.allSatisfy { $0.position != nil })
    }

    @Test func everyPlaceholderIsReportedOnce() {
        let template = PackTemplate(id: "my-pack", ages: AgeRange(minimum: 13, maximum: 16), languages: ["en", "uk"], today: Self.today)
        let xml = template.xml()
        let result = Self.validate(template)
        let reportedLines = Set(result.diagnostics.compactMap { $0.position?.line })
        // Each line holding TODO: outside a comment is reported (the <t> lines, contact lines, strings).
        var inComment = false
        var missed: [Int] = []
        for (index, line) in xml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.contains("<!--") { inComment = true }
            let todo = !inComment && line.contains("TODO:")
            if line.contains("-->") { inComment = false }
            guard todo else { continue }
            // A text element is reported at its first placeholder (the default language);
            // the contact at its start tag; the others on their own line.
            // the pack's authors and licence at the pack, having no place of their own.
            let isLaterTranslation = line.contains("<t lang=\"uk\">") || line.contains("<accept lang=\"uk\">")
            let isContactPart = line.contains("source=\"TODO") || line.contains("<phone>")
            let isPackString = line.contains("<author>") || line.contains("<licence>")
            if !isLaterTranslation && !isContactPart && !isPackString && !reportedLines.contains(index + 1) {
                missed.append(index + 1)
            }
        }
        #expect(missed.isEmpty, "lines with TODO: not reported: \(missed)")
        #expect(result.diagnostics.contains { $0.message.contains("support contact 'help-1'") })
        #expect(result.diagnostics.contains { $0.message.contains("authors or licence") })
    }

    @Test func theTemplateShowsEveryStepKind() throws {
        let result = Self.validate(
            PackTemplate(id: "my-pack", ages: AgeRange(minimum: 13, maximum: 16), languages: ["en"], today: Self.today))
        let pack = try #require(result.pack)
        let lesson = try #require(pack.lessons.first { $0.kind == .lesson })
        let lessonKinds = Set(lesson.steps.map(\.kind))
        let shown = Set(pack.lessons.flatMap { $0.steps.map(\.kind) })
        #expect(shown == Set(StepKind.allCases), "not in the template: \(Set(StepKind.allCases).subtracting(shown))")
        #expect(lessonKinds == Set(StepKind.allCases).subtracting([.likert]), "the lesson shows all but likert")
        #expect(Set(PackTemplate.shownKinds) == Set(StepKind.allCases))
        #expect(Set(pack.lessons.map(\.kind)) == [.lesson, .preTest, .postTest, .survey])
    }

    @Test func theTemplateNamesItsSchemaAndTellsTheAuthorWhatToDo() {
        let xml = PackTemplate(id: "x1", ages: AgeRange(minimum: 13, maximum: 16), languages: ["en", "uk"], today: Self.today).xml()
        #expect(xml.contains("xsi:schemaLocation=\"urn:oberih:pack:1 schema/pack-1.xsd\""))
        #expect(xml.contains("<!-- A starter pack written by `oberih new pack`"))
        #expect(xml.contains("<t lang=\"uk\">TODO: the pack's title, a few words (uk)</t>"))
        // The ground rule "you may pass" is written in the languages Oberih knows.
        #expect(xml.contains("Ти можеш пропустити будь-яке питання"))
    }

    @Test func aContactPlaceholderNeverLooksLikeANumber() throws {
        let xml = PackTemplate(id: "x1", ages: AgeRange(minimum: 13, maximum: 16), languages: ["en"], today: Self.today).xml()
        let phones = xml.components(separatedBy: "<phone>").dropFirst().map { $0.components(separatedBy: "</phone>")[0] }
        #expect(!phones.isEmpty)
        #expect(phones.allSatisfy { TemplatePlaceholder.isPlaceholder($0) && !$0.contains(where: \.isNumber) })
    }
}
