import Foundation
import LessonPack
import QTIImport
import TestSupport
import Testing

/// Small QTI items written in the tests, and the IMS sample items beside the project.
enum QTIFixture {
    /// `../shared/testdata/qti21-items` beside the package root.
    static let samplesFolder = ProjectFolder.root.deletingLastPathComponent()
        .appendingPathComponent("shared/testdata/qti21-items")

    static var samplesPresent: Bool {
        FileManager.default.fileExists(atPath: samplesFolder.appendingPathComponent("choice.xml").path)
    }

    static func samplePath(_ name: String) -> String {
        samplesFolder.appendingPathComponent(name).path
    }

    static func sample(_ name: String) throws -> ItemImport {
        try QTIItemReader.read(fileAtPath: samplePath(name), displayName: name)
    }

    /// An assessmentItem around `declarations`, `body` and what follows the body.
    static func item(
        identifier: String = "item1", attributes: String = "", declarations: String, body: String,
        processing: String = #"<responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>"#,
        after: String = ""
    ) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="\(identifier)"
            title="Test item" adaptive="false" timeDependent="false" \(attributes)>
          \(declarations)
          <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
          <itemBody>\(body)</itemBody>
          \(processing)
          \(after)
        </assessmentItem>
        """
    }

    static func read(_ xml: String, file: String = "fixture.xml") throws -> ItemImport {
        try QTIItemReader.read(bytes: Array(xml.utf8), file: file)
    }

    static func question(_ xml: String) throws -> ImportedQuestion {
        try #require(try read(xml).question)
    }

    /// The pack written from `questions`, validated in process.
    static func pack(_ questions: [ImportedQuestion], language: String = "en") -> (text: String, validation: PackValidation) {
        let writer = PackWriter(
            packId: "imported", title: "Imported questions", language: language, ageMinimum: 10, ageMaximum: 18,
            sourceFiles: questions.map(\.sourceFile))
        let text = writer.write(questions)
        let today = ISO8601DateFormatter().date(from: "2026-12-07T12:00:00Z")!
        return (text, PackValidator(today: today).validate(bytes: Array(text.utf8), file: "imported.xml"))
    }

    static let match = #"<responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>"#
    static let mapResponse = #"<responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"/>"#
}

extension ItemImport {
    /// The notes' messages of one kind.
    func messages(_ kind: ImportNote.Kind) -> [String] {
        notes.filter { $0.kind == kind }.map(\.message)
    }
}

extension Step {
    var question: Question? {
        if case .question(let question) = content { return question }
        return nil
    }
}
