import Foundation
import Testing

/// The authors' toolkit through the built binary: `new pack` then `validate`, exit
/// statuses of mistyped commands, and bash running the generated completion script
/// (plain bash: the script needs no bash-completion package).
@Suite struct AuthoringEndToEndTests {
    /// What bash's completion of `words` (the last one being completed) offers.
    static func bashCompletions(_ words: [String], environment: [String: String], folder: URL) throws -> [String] {
        let script = try OberihProcess.run(["--generate-completion-script", "bash"], environment: environment)
        let scriptFile = folder.appendingPathComponent("oberih.bash")
        try script.standardOutput.write(to: scriptFile, atomically: true, encoding: .utf8)
        let quoted = ([OberihProcess.binaryURL.path] + words).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let driver = """
            source \(scriptFile.path)
            COMP_WORDS=(\(quoted.joined(separator: " ")))
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE="${COMP_WORDS[*]}"
            COMP_POINT=${#COMP_LINE}
            COMPREPLY=()
            _oberih "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = ["--norc", "--noprofile", "-c", driver]
        bash.environment = environment
        bash.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        bash.standardOutput = output
        bash.standardError = errors
        try bash.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        bash.waitUntilExit()
        #expect(errorText.isEmpty, "completion wrote to stderr: \(errorText)")
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func bashCompletesCohortsPacksLanguagesAndFormats() throws {
        let folder = try TestFolder.make("completion")
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = TestFolder.pipedEnvironment(folder)
        let store = folder.appendingPathComponent("s.sqlite").path
        // No store yet: nothing offered, nothing said, no store made.
        #expect(try Self.bashCompletions(["report", "--store", store, "--cohort", ""], environment: environment, folder: folder) == [])
        #expect(!FileManager.default.fileExists(atPath: store))
        for name in ["class-7a", "class-7b", "year-9"] {
            #expect(try OberihProcess.run(["cohort", "create", name, "--store", store], environment: environment).exitCode == 0)
        }
        environment["OBERIH_STORE"] = store
        #expect(try Self.bashCompletions(["report", "--cohort", "class"], environment: environment, folder: folder) == ["class-7a", "class-7b"])
        let curriculum = OberihProcess.packageRoot.appendingPathComponent("Curriculum").path
        let packs = try Self.bashCompletions(["play", "--curriculum", curriculum, "being"], environment: environment, folder: folder)
        #expect(packs == ["being-kind-online"])
        #expect(try Self.bashCompletions(["simulate", "--language", ""], environment: environment, folder: folder) == ["en", "uk", "ru"])
        #expect(try Self.bashCompletions(["export", "--format", ""], environment: environment, folder: folder) == ["json", "xapi", "csv", "bundle"])
        #expect(try Self.bashCompletions(["ne"], environment: environment, folder: folder) == ["new"])
    }

    /// Where a file is expected, files are offered: pack files and folders beside pack ids,
    /// `.xml` files for validate and import-qti, `.po` files for translate import.
    @Test func bashCompletesFilesWhereAFileIsExpected() throws {
        let folder = try TestFolder.make("completion-files")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = TestFolder.pipedEnvironment(folder)
        for name in ["lesson-one.xml", "lesson-notes.txt", "lesson.kk.po"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lessons"), withIntermediateDirectories: true)
        let played = try Self.bashCompletions(["play", "less"], environment: environment, folder: folder)
        #expect(played == ["lesson-one.xml", "lessons/"], "\(played)")
        let validated = try Self.bashCompletions(["validate", "lesson-"], environment: environment, folder: folder)
        #expect(validated.contains("lesson-one.xml") && !validated.contains("lesson-notes.txt"), "\(validated)")
        let imported = try Self.bashCompletions(["import-qti", "lesson-"], environment: environment, folder: folder)
        #expect(imported.contains("lesson-one.xml"), "\(imported)")
        let po = try Self.bashCompletions(["translate", "import", "lesson-one.xml", "lesson"], environment: environment, folder: folder)
        #expect(po.contains("lesson.kk.po") && !po.contains("lesson-notes.txt"), "\(po)")
    }

    @Test func aNewPackValidatesAndATypoExitsWithStatus2() throws {
        let folder = try TestFolder.make("new-pack")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = TestFolder.pipedEnvironment(folder)
        let made = try OberihProcess.run(["new", "pack", "first", "--age", "13-16", "--lang", "en,uk"], environment: environment, currentDirectory: folder)
        #expect(made.exitCode == 0 && made.standardError.contains("wrote first.xml"))
        let again = try OberihProcess.run(["new", "pack", "first", "--age", "13-16"], environment: environment, currentDirectory: folder)
        #expect(again.exitCode == 2 && again.standardError.contains("already exists; give --force"))
        let checked = try OberihProcess.run(["validate", "first.xml"], environment: environment, currentDirectory: folder)
        #expect(checked.exitCode == 0 && checked.standardError.contains("0 errors"))
        #expect(checked.standardError.contains("[template-placeholder]"))
        let typo = try OberihProcess.run(["valdate"], environment: environment)
        #expect(typo.exitCode == 2)
        #expect(typo.standardError == "error: unknown command 'valdate'; did you mean 'validate'? (`oberih --help` lists the commands)\n")
        let topic = try OberihProcess.run(["help", "codes"], environment: environment)
        #expect(topic.exitCode == 0 && topic.standardOutput.contains("template-placeholder"))
        let help = try OberihProcess.run(["export", "--help"], environment: environment)
        #expect(help.exitCode == 0 && help.standardOutput.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
