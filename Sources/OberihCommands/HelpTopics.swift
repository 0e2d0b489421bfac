import Foundation
import LessonPack
import TerminalPlayer

/// `oberih help TOPIC`: what is not one command's help. `oberih help` alone and
/// `oberih help COMMAND` stay ArgumentParser's.
enum HelpTopic: String, CaseIterable {
    case format, codes, keys, exitStatus = "exit-status", files

    var summary: String {
        switch self {
        case .format: "the lesson-pack format, in short, and where it is described"
        case .codes: "every diagnostic code of `oberih validate`, with its meaning"
        case .keys: "the keys of the player (`oberih play`, `oberih facilitate`)"
        case .exitStatus: "what each exit status means"
        case .files: "where the store and the curriculum are, and the environment"
        }
    }

    /// The answer to `oberih help WORD ...` when WORD is a topic (text, status 0) or
    /// neither a topic nor a command (the topics, status 2); nil for ArgumentParser.
    static func answer(_ arguments: [String], environment: [String: String]) -> (text: String, status: Int32)? {
        guard arguments.count >= 2, arguments[0] == "help" else { return nil }
        let word = arguments[1]
        if let topic = HelpTopic(rawValue: word) { return (topic.text(environment: environment), 0) }
        let commands = CommandTypos.subcommands(of: OberihCommand.self).map(CommandTypos.name(of:))
        guard !commands.contains(word), !word.hasPrefix("-") else { return nil }
        let known = allCases.map(\.rawValue) + commands
        return ("error: no help topic or command '\(word)'\(NameGuess.suffix(for: word, among: known))\n" + list, 2)
    }

    /// The topics, one a line, for `oberih help` and a word that is none.
    static var list: String {
        "Help topics (`oberih help TOPIC`):\n"
            + allCases.map { "  " + $0.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0) + $0.summary + "\n" }
            .joined() + "Commands: `oberih help COMMAND`, or `oberih COMMAND --help`.\n"
    }

    func text(environment: [String: String]) -> String {
        switch self {
        case .format: Self.formatText
        case .codes: Self.codesText
        case .keys: Self.keysText
        case .exitStatus: Self.exitText
        case .files: Self.filesText(environment: environment)
        }
    }
}
