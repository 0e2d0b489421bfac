import Foundation
import PackXML
import Testing

@testable import LessonPack

/// libxml2's schema messages reworded, each from the message a real broken pack gives.
@Suite struct SchemaMessageTests {
    /// MinimalPack with `edits` made (each must apply).
    static func broken(_ edits: [(String, String)]) -> String {
        var xml = MinimalPack.xml
        for (old, new) in edits {
            precondition(xml.contains(old), "the minimal pack has no \(old)")
            xml = xml.replacingOccurrences(of: old, with: new, options: [], range: xml.range(of: old))
        }
        return xml
    }

    static let hintAndFeedback = (
        "      <hint><t lang=\"en\">B…</t><t lang=\"uk\">Б…</t></hint>\n"
            + "      <feedback when=\"correct\"><t lang=\"en\">Yes.</t><t lang=\"uk\">Так.</t></feedback>",
        "      <feedback when=\"correct\"><t lang=\"en\">Yes.</t><t lang=\"uk\">Так.</t></feedback>\n"
            + "      <hint><t lang=\"en\">B…</t><t lang=\"uk\">Б…</t></hint>"
    )

    /// The schema diagnostics of `xml`.
    static func schemaDiagnostics(_ xml: String) -> [Diagnostic] {
        MinimalPack.validate(xml).diagnostics.filter { $0.code == .schemaViolation }
    }

    /// The one schema diagnostic of MinimalPack with `edits`.
    static func only(_ edits: [(String, String)]) throws -> Diagnostic {
        let found = schemaDiagnostics(broken(edits))
        try #require(found.count == 1, "\(found.map(\.formatted))")
        return found[0]
    }

    @Test("a pack with five mistakes in four content models reports all five in one run")
    func fourMistakesInOneRun() throws {
        let xml = Self.broken([
            // The lesson's first step is misspelt: libxml2 skips the rest of the lesson.
            ("<text id=\"intro\" contacts=\"ua-line\">", "<txt id=\"intro\" contacts=\"ua-line\">"),
            ("</body>\n    </text>", "</body>\n    </txt>"),
            // Later in the same lesson: a hint after the feedback, and True in capitals.
            Self.hintAndFeedback,
            ("<option id=\"a\" correct=\"true\"><label><t lang=\"en\">Block</t><t lang=\"uk\">Блок</t></label></option>\n      <option id=\"b\" correct=\"true\">",
             "<option id=\"a\" correct=\"True\"><label><t lang=\"en\">Block</t><t lang=\"uk\">Блок</t></label></option>\n      <option id=\"b\" correct=\"true\">"),
            // The pack's summary before its title: libxml2 skips the rest of the pack.
            ("<title><t lang=\"en\">Minimal</t><t lang=\"uk\">Мінімальний</t></title>\n  <summary><t lang=\"en\">A test pack.</t><t lang=\"uk\">Тестовий набір.</t></summary>",
             "<summary><t lang=\"en\">A test pack.</t><t lang=\"uk\">Тестовий набір.</t></summary>\n  <title><t lang=\"en\">Minimal</t><t lang=\"uk\">Мінімальний</t></title>"),
            // After it, in a contact: the country in lower case.
            ("country=\"UA\"", "country=\"ua\""),
        ])
        let before = HardenedXMLLoader.load(bytes: Array(xml.utf8), schema: try CompiledSchema(xsd: PackageResources.pack_1_xsd))
        #expect(before.problems.count == 1, "libxml2 alone finds only the first")

        let found = Self.schemaDiagnostics(xml)
        let expected: [(String, String, String, String)] = [
            ("<summary>", "<summary> is out of order in <pack>", "move <summary> after <title>", "<summary>"),
            ("country=\"ua\"", "'country' cannot be 'ua'", "write the country code in capitals: UA", "country="),
            ("<txt", "<txt> is not an element of <lesson> here", "did you mean <text>?", "<txt"),
            ("correct=\"True\"", "'correct' cannot be 'True'", "use true or false, in lower case: true", "correct=\"True\""),
            ("<hint>", "<hint> is out of order in <short-answer>", "move <hint> before <feedback>", "<hint>"),
        ]
        #expect(found.count == expected.count, "\(found.map(\.formatted))")
        for (index, (needle, message, fix, at)) in expected.enumerated() where index < found.count {
            #expect(found[index].message == message)
            #expect(found[index].suggestion == fix)
            #expect(found[index].position == MinimalPack.position(of: at, in: xml), "\(needle)")
            #expect(found[index].detail?.isEmpty == false)
        }
    }

    @Test("element order: before, after, missing, one too many, unknown")
    func elementOrder() throws {
        let hint = try Self.only([Self.hintAndFeedback])
        #expect(hint.message == "<hint> is out of order in <short-answer>")
        #expect(hint.suggestion == "move <hint> before <feedback>")
        #expect(hint.detail == "element 'hint': this element is not expected. Expected is ( feedback )")

        let licence = try Self.only([
            ("<authors><author>Oberih tests</author></authors>\n  <licence>CC-BY-SA-4.0</licence>",
             "<licence>CC-BY-SA-4.0</licence>\n  <authors><author>Oberih tests</author></authors>")
        ])
        #expect(licence.suggestion == "move <licence> after <authors>")

        let authors = try Self.only([
            ("<licence>CC-BY-SA-4.0</licence>", "<licence>CC-BY-SA-4.0</licence><authors><author>x</author></authors>")
        ])
        // A second <authors> (the pack has one before <licence>): moving it would not help.
        #expect(authors.message == "<pack> has another <authors> before this one, and may have only one")

        let title = try Self.only([("<title><t lang=\"en\">First</t><t lang=\"uk\">Перший</t></title>\n    <text", "<text")])
        #expect(title.message == "<title> is missing before <text>")
        #expect(title.suggestion == "add <title> before <text>")

        let second = "<title><t lang=\"en\">Second</t><t lang=\"uk\">Другий</t></title>"
        let twice = try Self.only([(second, second + second)])
        #expect(twice.message == "<lesson> has another <title> before this one, and may have only one")

        // A second one further down is not out of order: moving it would not help.
        let packTitle = "<title><t lang=\"en\">Minimal</t><t lang=\"uk\">Мінімальний</t></title>"
        let summary = "<summary><t lang=\"en\">A test pack.</t><t lang=\"uk\">Тестовий набір.</t></summary>"
        let late = try Self.only([(summary, summary + packTitle)])
        #expect(late.message == "<pack> has another <title> before this one, and may have only one")
        #expect(late.suggestion == "remove this <title>, or merge the two")
        let prompt = "<prompt><t lang=\"en\">Pick one</t><t lang=\"uk\">Оберіть одне</t></prompt>"
        let secondPrompt = try Self.only([("</single-choice>", prompt + "</single-choice>")])
        #expect(secondPrompt.message == "<single-choice> has another <prompt> before this one, and may have only one")
        // Options may come many times: one after the hint is out of order, not a second one.
        let outline = SchemaOutline.pack
        #expect(outline.shapes["single-choice"]?.repeatableChildren.contains("option") == true)
        #expect(outline.shapes["single-choice"]?.repeatableChildren.contains("prompt") == false)
        #expect(outline.shapes["lesson"]?.repeatableChildren.contains("text") == true)

        let extra = try Self.only([("</role-play>", "<extra/></role-play>")])
        #expect(extra.message == "<extra> is not an element of <role-play> here")
        #expect(extra.suggestion == "remove it, or write one of <role>, <facilitator-note>")

        let missing = try Self.only([("<purpose><t lang=\"en\">Support</t><t lang=\"uk\">Підтримка</t></purpose>", "")])
        #expect(missing.message == "<contact> has no <purpose>, which it needs")
        #expect(missing.suggestion == "add <purpose> after <phone>")

        // Fewer than it needs: not "has no <option>" when it has one.
        let no = "<option id=\"no\"><label><t lang=\"en\">No</t><t lang=\"uk\">Ні</t></label></option>"
        let oneOption = try Self.only([(no, "")])
        #expect(oneOption.message == "<vote> has too few <option>")
        #expect(oneOption.suggestion == "add another <option> after <option>")
        let a = "<option id=\"a\" correct=\"true\"><label><t lang=\"en\">Block</t><t lang=\"uk\">Блок</t></label></option>"
        let beforeEnd = try Self.only([(a, "")])
        #expect(beforeEnd.message == "<single-choice> has too few <option>", "\(beforeEnd.detail ?? "")")

        // A lesson with a title only needs a step; a <summary> (optional) would not do.
        let steps = try Self.only([("<lesson id=\"second\" requires=\"first\">", "<lesson id=\"third\"><title><t lang=\"en\">T</t><t lang=\"uk\">Т</t></title></lesson><lesson id=\"second\" requires=\"first\">")])
        #expect(steps.message == "<lesson> ends before it has what it needs")
        #expect(steps.suggestion.hasPrefix("add one of <text>, <single-choice>"), "\(steps.suggestion)")
        // Every step, though libxml2's list stops after ten.
        #expect(steps.suggestion.hasSuffix("<vote>, <discussion>, <role-play>"), "\(steps.suggestion)")
        #expect(SchemaOutline.pack.shapes["lesson"]?.optionalChildren == ["summary"])
    }

    @Test("attributes: unknown, missing, enumerations")
    func attributes() throws {
        let typo = try Self.only([("<vote id=\"v1\">", "<vote id=\"v1\" skipable=\"true\">")])
        #expect(typo.message == "attribute 'skipable' is not allowed on <vote>")
        #expect(typo.suggestion == "did you mean 'skippable'?")
        #expect(typo.detail == "element 'vote', attribute 'skipable': the attribute 'skipable' is not allowed")

        let unknown = try Self.only([("<vote id=\"v1\">", "<vote id=\"v1\" colour=\"red\">")])
        #expect(unknown.suggestion == "remove it (it takes audience, id, objectives, skippable, sources)")

        let country = try Self.only([("<contact id=\"ua-line\" country=\"UA\"", "<contact id=\"ua-line\"")])
        #expect(country.message == "<contact> needs the attribute 'country'")
        #expect(country.suggestion == "add country=\"…\" (a country code in capitals such as UA, or international)")

        let risk = try Self.only([("risk=\"contact\"", "risk=\"contcat\"")])
        #expect(risk.message == "'risk' cannot be 'contcat'")
        #expect(risk.suggestion == "did you mean 'contact'? (allowed: content, contact, conduct, contract)")

        // A list type: the item's message only, not libxml2's second one about the list.
        let service = try Self.only([("for=\"talk\"", "for=\"tlak\"")])
        #expect(service.suggestion.hasPrefix("did you mean 'talk'?"))
    }

    @Test("values: patterns by the attribute's type, booleans, numbers, dates, lengths")
    func values() throws {
        let cases: [(String, String, String)] = [
            ("country=\"UA\"", "country=\"ua\"", "write the country code in capitals: UA"),
            ("country=\"UA\"", "country=\"International\"", "write international in lower case"),
            ("<text id=\"intro\"", "<text id=\"Intro\"", "an id has lower-case letters, digits, '-' and '_', and starts with a letter or digit: intro"),
            ("objectives=\"obj-block\" pass-mark", "objectives=\"Obj-block\" pass-mark", "an id has lower-case letters, digits, '-' and '_', and starts with a letter or digit: obj-block"),
            ("default-lang=\"en\"", "default-lang=\"EN\"", "write a language tag such as en, uk or pt-BR, its language in lower case: en"),
            ("version=\"1.0.0\"", "version=\"1.0\"", "write the version as three numbers, MAJOR.MINOR.PATCH: 1.0.0"),
            ("shuffle=\"true\"", "shuffle=\"False\"", "use true or false, in lower case: false"),
            ("shuffle=\"true\"", "shuffle=\"yes\"", "use true or false, in lower case"),
            ("age-min=\"12\"", "age-min=\"twelve\"", "write a whole number in digits, such as 12"),
            ("minutes=\"20\"", "minutes=\"0\"", "write a whole number greater than 0, in digits, such as 10"),
            ("points=\"2\"", "points=\"2,5\"", "write the number with a full stop: 2.5"),
            ("verified=\"2026-11-01\"", "verified=\"2026-13-01\"", "write a real date as YYYY-MM-DD, such as 2026-11-01"),
            ("construct=\"aware\">", "construct=\"aware\" scale=\"9\">", "use a number of at most 7"),
            ("construct=\"aware\">", "construct=\"aware\" scale=\"2\">", "use a number of at least 3"),
            ("<text id=\"intro\"", "<text id=\"\(String(repeating: "a", count: 70))\"", "shorten it to 64 characters or fewer"),
            ("<phone>116 111</phone>", "<phone>116 111</phone>stray", "remove the text, or put it inside the element it belongs to (texts go in <t lang=\"…\">)"),
        ]
        for (old, new, fix) in cases {
            let found = try Self.only([(old, new)])
            #expect(found.suggestion == fix, "\(new)")
            #expect(found.detail != nil && found.detail != found.message, "\(new)")
        }
        let scale = try Self.only([("construct=\"aware\">", "construct=\"aware\" scale=\"9\">")])
        #expect(scale.message == "'scale' is 9, more than 7")
    }

    @Test("a message not recognised keeps libxml2's words")
    func unknownMessage() {
        #expect(SchemaMessage.parse("Element 'x': Something new happened.") == nil)
        #expect(SchemaMessage.parse("No matching global declaration available for the validation root.") == nil)
    }

    @Test("the outline knows the format's attributes and child order")
    func outline() throws {
        let outline = SchemaOutline.pack
        let answer = try #require(outline.shapes["short-answer"])
        #expect(try #require(answer.childRanks["hint"]) < #require(answer.childRanks["feedback"]))
        #expect(outline.shapes["contact"]?.attributes["country"] == "Country")
        #expect(outline.shapes["single-choice"]?.attributes["shuffle"] == "xs:boolean")
        #expect(outline.shapes["contact"]?.requiredChildren == ["name", "purpose"])
        // Every step of a lesson shares one place: steps come in any order.
        let lesson = try #require(outline.shapes["lesson"])
        #expect(Set(StepKind.allCases.map { lesson.childRanks[$0.rawValue] }).count == 1)
    }

    @Test("every step kind, lesson, assessment and contact is validated on its own")
    func subtreesCoverTheFormat() {
        let elements = Set(PackSchema.independentSubtrees.map(\.element))
        #expect(elements.isSuperset(of: StepKind.allCases.map(\.rawValue)))
        #expect(elements.isSuperset(of: ["lesson", "assessment", "contact"]))
    }

    @Test("10,000 broken steps: two passes, and each element validated a bounded number of times")
    func boundedPasses() throws {
        let step = """
                <true-false id="tf-ID" answer="False">
                  <prompt><t lang="en">x</t><t lang="uk">x</t></prompt>
                  <feedback when="correct"><t lang="en">x</t><t lang="uk">x</t></feedback>
                  <hint><t lang="en">x</t><t lang="uk">x</t></hint>
                </true-false>

            """
        let count = 10_000
        let steps = (0..<count).map { step.replacingOccurrences(of: "ID", with: String($0)) }.joined()
        let xml = MinimalPack.xml.replacingOccurrences(
            of: "<lesson id=\"second\" requires=\"first\">\n    <title><t lang=\"en\">Second</t><t lang=\"uk\">Другий</t></title>\n",
            with: "<lesson id=\"second\" requires=\"first\">\n    <title><t lang=\"en\">Second</t><t lang=\"uk\">Другий</t></title>\n" + steps)
        #expect(xml != MinimalPack.xml)
        let loaded = HardenedXMLLoader.load(bytes: Array(xml.utf8), schema: PackSchema.compiled)
        let work = loaded.schemaWork
        #expect(work.documentPasses == 2)
        // Pass 1: the document's validator; pass 2: it again, the lesson's, and the step's.
        #expect(work.elementVisits <= 4 * work.elements, "\(work)")
        #expect(work.subtreeValidations < work.elements)
        #expect(loaded.problems.last?.message == "\(2 * count - 200) more problems of this kind are not shown")
    }
}
