import Foundation
import ProgressStore
import TestSupport
import Testing

@testable import OberihCommands

/// The values the shell completions offer, computed in process.
@Suite struct CompletionTests {
    @Test func languagesCompleteAfterACommaToo() {
        #expect(Completions.languageValues("") == ["en", "uk", "ru"])
        #expect(Completions.languageValues("u") == ["uk"])
        #expect(Completions.languageValues("en,") == ["en,uk", "en,ru"])
        #expect(Completions.languageValues("en,r") == ["en,ru"])
    }

    @Test func packIdsComeFromTheCurriculumSearch() throws {
        let ids = Completions.packIds(folders: [OberihCommandsTestFolders.curriculum])
        #expect(ids.contains("being-kind-online"))
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        // A --curriculum on the command line is searched first.
        try TemporaryFolder.with { folder in
            try NewPackCommandTests.run(["zz-draft", "--age", "13", "--output", folder.appendingPathComponent("d.xml").path])
            let words = ["oberih", "play", "--curriculum", folder.path, ""]
            #expect(Completions.packIds(folders: Completions.curriculumFolders(words)).contains("zz-draft"))
        }
        #expect(Completions.packIds(folders: ["/no/such/folder"]).isEmpty)
    }

    @Test func packPathsAreXMLFilesAndFoldersOfThePathTyped() throws {
        try TemporaryFolder.with { folder in
            for name in ["a.xml", "b.txt", ".hidden.xml"] {
                try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
            let base = folder.path + "/"
            #expect(Completions.xmlPaths(base) == [base + "a.xml", base + "sub/"])
            #expect(Completions.xmlPaths(base + ".") == [base + ".hidden.xml"])
            #expect(Completions.xmlPaths(base + "no-such/").isEmpty)
        }
    }

    @Test func cohortsComeFromTheStoreWhichIsNeverCreated() throws {
        try TemporaryFolder.with { folder in
            let path = folder.appendingPathComponent("s.sqlite").path
            #expect(Completions.cohortNames(store: path).isEmpty)
            #expect(!FileManager.default.fileExists(atPath: path), "completion never creates a store")
            #expect(Completions.cohortNames(store: folder.path).isEmpty, "a folder is no store")
            let store = try ProgressStore(path: path, access: .readWrite)
            _ = try store.createCohort(name: "class-7a", organisation: nil, at: Date())
            _ = try store.createCohort(name: "class-7b", organisation: nil, at: Date())
            _ = store
            #expect(Completions.cohortNames(store: path) == ["class-7a", "class-7b"])
            #expect(Completions.storePath(["oberih", "report", "--store", path, "--cohort", ""]) == path)
            #expect(Completions.storePath(["oberih", "report", "--store=\(path)"]) == path)
            let garbage = folder.appendingPathComponent("not.sqlite").path
            try "not a database".write(toFile: garbage, atomically: true, encoding: .utf8)
            #expect(Completions.cohortNames(store: garbage).isEmpty)
            #expect(try String(contentsOfFile: garbage, encoding: .utf8) == "not a database")
        }
    }

    @Test func thePackIdIsReadFromTheRootElementNotAComment() throws {
        try TemporaryFolder.with { folder in
            let file = folder.appendingPathComponent("p.xml").path
            try "<?xml version=\"1.0\"?>\n<!-- <pack id=\"wrong\"> -->\n<pack xmlns=\"urn:oberih:pack:1\"\n  id=\"right-one\">"
                .write(toFile: file, atomically: true, encoding: .utf8)
            #expect(Completions.declaredPackId(file) == "right-one")
        }
    }
}
