import ArgumentParser
import Foundation
import LessonPack
import Testing

@testable import OberihCommands

/// Help as a person reads it: every command's fits 80 columns, paragraphs wrap evenly,
/// and `oberih help TOPIC` answers what no one command's help does.
@Suite struct HelpTextTests {
    /// Every command, the root first, with its words (`["cohort", "show"]`).
    static func everyCommand() -> [(words: [String], type: any ParsableCommand.Type)] {
        var found: [(words: [String], type: any ParsableCommand.Type)] = []
        func visit(_ type: any ParsableCommand.Type, _ words: [String]) {
            found.append((words, type))
            for child in CommandTypos.subcommands(of: type) { visit(child, words + [CommandTypos.name(of: child)]) }
        }
        visit(OberihCommand.self, [])
        return found
    }

    /// The help `oberih WORDS --help` prints at `columns`.
    static func help(_ type: any ParsableCommand.Type, columns: Int) -> String {
        UsageWrapping.wrapped(OberihCommand.helpMessage(for: type, columns: columns), columns: columns)
    }

    @Test func noHelpLineIsWiderThan80Columns() {
        let commands = Self.everyCommand()
        #expect(commands.count > 20)
        for (words, type) in commands {
            let wide = Self.help(type, columns: 80).split(separator: "\n").filter { $0.count > 80 }
            #expect(wide.isEmpty, "oberih \(words.joined(separator: " ")) --help: \(wide)")
        }
    }

    /// A paragraph is ragged when a line ends early though the next one's first word fits.
    @Test(arguments: [80, 120])
    func discussionsWrapEvenly(_ columns: Int) {
        for (words, type) in Self.everyCommand() {
            let text = Self.help(type, columns: columns)
            let prose = text.components(separatedBy: "\nUSAGE:")[0].split(separator: "\n", omittingEmptySubsequences: false)
            for (line, next) in zip(prose, prose.dropFirst()) where !line.isEmpty && !next.isEmpty {
                let nextWord = next.split(separator: " ").first ?? ""
                #expect(
                    line.count + 1 + nextWord.count > columns - 1,  // ArgumentParser keeps the last column free
                    "oberih \(words.joined(separator: " ")) --help at \(columns) columns: '\(line)' could take '\(nextWord)'")
            }
        }
    }

    @Test func theUsageLineWrapsOutsideBrackets() {
        let line = "USAGE: oberih export --cohort <cohort> [--format <format>] [--output <file>] [--curriculum <dir> ...] [--store <path>]"
        let wrapped = UsageWrapping.wrapped(line, columns: 60).split(separator: "\n")
        #expect(wrapped.count == 3 && wrapped.allSatisfy { $0.count <= 60 })
        #expect(wrapped[1] == "       [--output <file>] [--curriculum <dir> ...]")
        #expect(wrapped.allSatisfy { $0.filter { $0 == "[" }.count == $0.filter { $0 == "]" }.count })
    }

    @Test func codesListsEveryDiagnosticCode() {
        let text = HelpTopic.codes.text(environment: [:])
        for code in DiagnosticCode.allCases {
            #expect(text.contains("  \(code.rawValue) ") && text.contains(code.summary), "\(code.rawValue)")
        }
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    /// Topics are printed as written: each line fits 80 columns (the folders of `files`
    /// are paths of this machine, so they are left out; `codes` is a table, a code a line).
    @Test(arguments: HelpTopic.allCases.filter { $0 != .codes })
    func topicLinesFit80Columns(_ topic: HelpTopic) {
        let environment = ["HOME": "/home/t", "OBERIH_STORE": "/srv/class.sqlite"]
        let wide = topic.text(environment: environment).split(separator: "\n")
            .filter { $0.count > 80 && !$0.hasPrefix("  /") && !$0.hasPrefix("  ~") && !$0.hasPrefix("  .") }
        #expect(wide.isEmpty, "oberih help \(topic.rawValue): \(wide)")
    }

    @Test func keysListsThePlayersKeys() {
        let text = HelpTopic.keys.text(environment: [:])
        for key in ["?", "h or help", "i", "s or skip", "q or quit", "Enter", "р is h", "disclosure card", "the s key types і"] {
            #expect(text.contains(key), "\(key)")
        }
    }

    @Test func filesNamesTheStoreOfThisEnvironment() {
        let text = HelpTopic.files.text(environment: ["OBERIH_STORE": "/srv/class.sqlite", "HOME": "/home/t"])
        #expect(text.contains("Here: /srv/class.sqlite"))
        #expect(text.contains("./Curriculum"))
    }

    @Test func helpTopicsAnswerAndCommandsFallThrough() {
        #expect(HelpTopic.answer(["help", "codes"], environment: [:])?.status == 0)
        #expect(HelpTopic.answer(["help", "exit-status"], environment: [:])?.text.contains("130") == true)
        #expect(HelpTopic.answer(["help"], environment: [:]) == nil, "help alone is ArgumentParser's")
        #expect(HelpTopic.answer(["help", "validate"], environment: [:]) == nil, "help COMMAND is ArgumentParser's")
        #expect(HelpTopic.answer(["validate", "codes"], environment: [:]) == nil)
        let unknown = HelpTopic.answer(["help", "kyes"], environment: [:])
        #expect(unknown?.status == 2)
        #expect(unknown?.text.hasPrefix("error: no help topic or command 'kyes'; did you mean 'keys'?") == true)
        #expect(unknown?.text.contains("exit-status") == true)
    }

    /// The man pages are made from this help; scripts/install.sh installs docs/ beside them.
    @Test func everyDocumentTheHelpNamesExists() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var named = Set<String>()
        for (_, type) in Self.everyCommand() {
            let help = OberihCommand.helpMessage(for: type, columns: 10_000)
            var rest = Substring(help)
            while let start = rest.range(of: "docs/") {
                let name = rest[start.upperBound...].prefix { $0.isLetter || $0.isNumber || "._-".contains($0) }
                named.insert(String(name.reversed().drop { !($0.isLetter || $0.isNumber) }.reversed()))
                rest = rest[start.upperBound...]
            }
        }
        named.remove("")
        #expect(named.contains("pack-format.md"))
        for name in named {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("docs/\(name)").path), "docs/\(name)")
        }
    }

    @Test func theTopLevelHelpNamesTheTopics() {
        let text = Self.help(OberihCommand.self, columns: 80)
        #expect(text.contains("oberih help TOPIC"))
        #expect(text.contains("new"))
    }
}
