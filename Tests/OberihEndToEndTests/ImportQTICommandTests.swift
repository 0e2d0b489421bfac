import Foundation
import Testing

/// `oberih import-qti` as a user runs it: the built binary, its streams, exit status and file.
@Suite final class ImportQTICommandTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("oberih-qti-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    static let samples = OberihProcess.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/testdata/qti21-items")

    static let cleanItem = """
        <?xml version="1.0" encoding="UTF-8"?>
        <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="Block_1" title="Block"
            adaptive="false" timeDependent="false" xml:lang="en-GB">
          <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
            <correctResponse><value>B</value></correctResponse>
          </responseDeclaration>
          <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
          <itemBody>
            <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
              <prompt>Someone you do not know keeps sending you messages. What can you do?</prompt>
              <simpleChoice identifier="A">Answer every message</simpleChoice>
              <simpleChoice identifier="B">Block them and tell an adult</simpleChoice>
            </choiceInteraction>
          </itemBody>
          <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
        </assessmentItem>
        """

    func write(_ text: String, named name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func aCleanItemImportsWithStatusZeroAndTheFileValidates() throws {
        let item = try write(Self.cleanItem, named: "block.xml")
        let output = folder.appendingPathComponent("My Quiz.xml").path
        let run = try OberihProcess.run(["import-qti", item, "--output", output, "--age", "11-14"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains("wrote \(output): 1 question from 1 item, 5 validation warnings; write each TODO:"), "\(run.standardError)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let mode = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
        // The child runs under this process's umask: the mode a new file gets (0644 under 022), not 0600.
        #expect(mode == 0o644 & ~AuthorToolkitTests.umaskOfThisProcess())
        #expect(text.contains(#"id="my-quiz""#))
        #expect(text.contains(#"default-lang="en-GB""#))
        #expect(text.contains(#"age-min="11" age-max="14""#))
        #expect(text.contains(#"<single-choice id="block_1">"#))
        // What the author must still write is a TODO: that validate lists and play refuses.
        let validate = try OberihProcess.run(["validate", "--as-of", "2026-12-07", output])
        #expect(validate.exitCode == 0, "\(validate.standardError)")
        #expect(validate.standardError.contains("0 errors, 5 warnings"), "\(validate.standardError)")
        #expect(validate.standardError.contains("the pack's title is still the template's placeholder"))
        let play = try OberihProcess.run(
            ["play", output, "--age", "12", "--store", folder.appendingPathComponent("store.sqlite").path])
        #expect(play.exitCode == 2)
        #expect(play.standardError.contains("still has text to write where the template says TODO:"), "\(play.standardError)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: samples.path)))
    func samplesReportEachSkipOnItsOwnLineAndExitOne() throws {
        let names = ["choice.xml", "drawing.xml", "text_entry.xml", "upload_composite.xml"]
        let output = folder.appendingPathComponent("samples.xml").path
        let run = try OberihProcess.run(
            ["import-qti"] + names.map { Self.samples.appendingPathComponent($0).path } + ["--output", output])
        #expect(run.exitCode == 1, "\(run.standardError)")
        let lines = run.standardError.split(separator: "\n").map(String.init)
        let drawing = Self.samples.appendingPathComponent("drawing.xml").path
        #expect(lines.contains("\(drawing):11: item 'drawing': skipped: drawingInteraction (drawing on a picture): the pack has no such question"))
        #expect(lines.contains { $0.hasPrefix("\(drawing):2: item 'drawing': item skipped: nothing importable") })
        #expect(lines.filter { $0.contains("upload_composite.xml") && $0.contains(": skipped: ") }.count == 2)
        #expect(lines.last?.hasPrefix("wrote \(output): 2 questions from 4 items, 2 items skipped") == true, "\(lines)")
        let validate = try OberihProcess.run(["validate", "--as-of", "2026-12-07", output])
        #expect(validate.exitCode == 0, "\(validate.standardError)")
        #expect(validate.standardError.contains("0 errors, "), "\(validate.standardError)")
        #expect(!validate.standardError.contains("warning:") || validate.standardError.split(separator: "\n")
            .filter { $0.contains("warning:") }.allSatisfy { $0.hasSuffix("[template-placeholder]") }, "\(validate.standardError)")
    }

    @Test func anExistingOutputIsKeptWithoutForce() throws {
        let item = try write(Self.cleanItem, named: "block.xml")
        let output = try write("keep me", named: "pack.xml")
        let run = try OberihProcess.run(["import-qti", item, "--output", output])
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("\(output) exists; add --force to replace it"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep me")
        let forced = try OberihProcess.run(["import-qti", item, "--output", output, "--force"])
        #expect(forced.exitCode == 0, "\(forced.standardError)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("<?xml"))
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["block.xml", "pack.xml"])
    }

    @Test func anItemIsNeverReplacedByThePackEvenWithForce() throws {
        let item = try write(Self.cleanItem, named: "block.xml")
        // The same file under another spelling of its path.
        let sameFile = folder.appendingPathComponent("./block.xml").path
        for force in [[], ["--force"]] {
            let run = try OberihProcess.run(["import-qti", item, "--output", sameFile] + force)
            #expect(run.exitCode == 2, "\(run.standardError)")
            #expect(run.standardError.contains("is also an item to import"), "\(run.standardError)")
        }
        #expect(try String(contentsOfFile: item, encoding: .utf8) == Self.cleanItem)
    }

    @Test func aFolderAsOutputIsNamedWithoutSuggestingARedirect() throws {
        let item = try write(Self.cleanItem, named: "block.xml")
        for force in [[], ["--force"]] {
            let run = try OberihProcess.run(["import-qti", item, "--output", folder.path] + force)
            #expect(run.exitCode == 2, "\(run.standardError)")
            #expect(
                run.standardError.contains("\(folder.path) is a folder; give --output the path of the pack file to write"),
                "\(run.standardError)")
            #expect(!run.standardError.contains("redirect"))
        }
    }

    @Test func onlyAnItemInAnotherLanguageIsReportedWithItsLine() throws {
        let british = try write(Self.cleanItem, named: "british.xml")
        let english = try write(Self.cleanItem.replacingOccurrences(of: "en-GB", with: "en"), named: "english.xml")
        let ukrainian = try write(Self.cleanItem.replacingOccurrences(of: "en-GB", with: "uk"), named: "ukrainian.xml")
        let output = folder.appendingPathComponent("languages.xml").path
        let run = try OberihProcess.run(["import-qti", british, english, ukrainian, "--output", output, "--lang", "en"])
        #expect(run.exitCode == 1, "\(run.standardError)")
        let lines = run.standardError.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains("the item is in") } == [
            "\(ukrainian):2: item 'Block_1': lost: the item is in 'uk' but the pack is in 'en', so its text is marked as "
                + "'en'; give --lang, or import the items of each language into a pack of their own"
        ], "\(lines)")
        #expect(lines.last?.contains("3 questions from 3 items, 1 thing lost or skipped (above)") == true, "\(lines)")
    }

    @Test func itemsWithoutALanguageTakeLangWithANote() throws {
        let item = try write(Self.cleanItem.replacingOccurrences(of: #" xml:lang="en-GB""#, with: ""), named: "plain.xml")
        let output = folder.appendingPathComponent("uk.xml").path
        let run = try OberihProcess.run(["import-qti", item, "--output", output, "--lang", "uk"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardError.contains(
            "note: 1 of the items declare no language (xml:lang), so their texts are marked as 'uk' because --lang uk says so"),
            "\(run.standardError)")
        let quiet = try OberihProcess.run(["import-qti", item, "--output", output, "--force"])
        #expect(!quiet.standardError.contains("declare no language"), "\(quiet.standardError)")
    }

    @Test func aFileGivenTwiceIsImportedOnce() throws {
        let item = try write(Self.cleanItem, named: "block.xml")
        let again = folder.appendingPathComponent("./block.xml").path
        let output = folder.appendingPathComponent("twice.xml").path
        let run = try OberihProcess.run(["import-qti", item, again, "--output", output])
        #expect(run.exitCode == 1, "\(run.standardError)")
        #expect(run.standardError.contains("\(again):1: item skipped: the same file as \(item), given twice; imported once"), "\(run.standardError)")
        #expect(run.standardError.contains("wrote \(output): 1 question from 2 items, 1 item skipped"), "\(run.standardError)")
    }

    @Test func notQTIIsRefusedWithStatusTwoAndNothingWritten() throws {
        let item = try write(Self.cleanItem, named: "block.xml")
        let old = try write("<questestinterop><item ident=\"q1\"/></questestinterop>", named: "old.xml")
        let pack = OberihProcess.packageRoot.appendingPathComponent("Curriculum/being-kind-online.xml").path
        let doctype = try write("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>", named: "dtd.xml")
        let output = folder.appendingPathComponent("out.xml").path
        let run = try OberihProcess.run(["import-qti", item, old, pack, doctype, "--output", output])
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("error: \(old):1: this is an IMS QTI 1.2 file (<questestinterop>)"), "\(run.standardError)")
        #expect(run.standardError.contains("error: \(pack):"))
        #expect(run.standardError.contains("this is already an Oberih lesson pack"))
        #expect(run.standardError.contains("error: \(doctype):1: "))
        #expect(run.standardError.contains("remove the DOCTYPE"))
        #expect(run.standardError.contains("error: nothing written: 3 of 4 files could not be imported"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func usageErrorsExitTwo() throws {
        let item = try write(Self.cleanItem, named: "block.xml")
        let output = folder.appendingPathComponent("out.xml").path
        for arguments in [["--age", "9-12"], ["--id", "Bad Id"], ["--lang", "English"], []] {
            let run = try OberihProcess.run(["import-qti"] + (arguments.isEmpty ? [] : [item]) + arguments + ["--output", output])
            #expect(run.exitCode == 2, "\(arguments): \(run.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
