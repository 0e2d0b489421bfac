import Foundation

/// A starter pack (`oberih new pack`): valid as written, with every step kind, a pre/post
/// test pair, surveys and a support contact, and `TODO:` wherever the author writes
/// (rule `template-placeholder` lists each place). Comments say what goes where.
public struct PackTemplate: Sendable {
    public var id: String
    public var ages: AgeRange
    /// The pack's languages, the default first.
    public var languages: [String]
    /// The day written as the contact's `verified` until the author checks it.
    public var today: Date
    /// Where the comments say the documents are (`docs`, or where they are installed).
    public var documents: String

    public init(id: String, ages: AgeRange, languages: [String], today: Date, documents: String = "docs") {
        self.id = id
        self.ages = ages
        self.languages = languages
        self.today = today
        self.documents = documents
    }

    /// The step kinds the template's lesson and surveys show, one step each (likert in
    /// the surveys); a test checks this covers `StepKind.allCases`.
    public static let shownKinds: [StepKind] = [
        .text, .singleChoice, .multipleChoice, .trueFalse, .ordering, .matching, .shortAnswer, .scenario, .vote,
        .discussion, .rolePlay, .likert,
    ]

    /// The pack file's text.
    public func xml() -> String {
        var out = TemplateWriter(languages: languages)
        out.header(self)
        out.packTexts()
        out.contacts(verified: Self.day(today))
        out.lesson(ages: ages)
        out.tests()
        out.surveys()
        out.line(0, "</pack>")
        return out.text
    }

    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
