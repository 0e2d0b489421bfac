import ArgumentParser
import LessonPack

/// Words for a mistyped command or option, in place of ArgumentParser's: with
/// `defaultSubcommand: StatusCommand`, `oberih valdate` would otherwise get the usage of
/// `status`.
enum CommandTypos {
    /// "unknown command 'valdate'; did you mean 'validate'? …", "unknown option
    /// '--cohrt' …", or nil when the parser's own message says it better.
    static func message(for arguments: [String], parserMessage: String) -> String? {
        var path = ["oberih"]
        var children = subcommands(of: OberihCommand.self)
        var defaulted = defaultSubcommand(of: OberihCommand.self)
        var current: any ParsableCommand.Type = OberihCommand.self
        for word in arguments {
            guard !word.hasPrefix("-"), word != "help", !children.isEmpty else { break }
            let names = children.map(name(of:))
            guard let index = names.firstIndex(of: word) else {
                return unknown("command", word, among: names, listedBy: path)
            }
            current = children[index]
            path.append(word)
            children = subcommands(of: current)
            defaulted = defaultSubcommand(of: current)
        }
        if let defaulted {
            current = defaulted
            path.append(name(of: defaulted))
        }
        let known = optionNames(of: current)
        // The parser names an unknown option only when nothing else failed first (a
        // missing --cohort is reported before a mistyped --cohrt), so look for one too.
        let typed = unknownOption(in: parserMessage) ?? arguments.prefix { $0 != "--" }.first { word in
            word.hasPrefix("--") && !known.contains(String(word.split(separator: "=", maxSplits: 1)[0]))
        }
        guard let typed else { return nil }
        let option = String(typed.split(separator: "=", maxSplits: 1).first ?? Substring(typed))
        return unknown("option", option, among: known, listedBy: path)
    }

    /// "unknown command 'valdate'; did you mean 'validate'? (`oberih --help` lists the commands)".
    static func unknown(_ what: String, _ typed: String, among names: [String], listedBy path: [String]) -> String {
        let listing = "`\(path.joined(separator: " ")) --help` lists the \(what)s"
        if let guess = NameGuess.closest(to: typed, among: names) {
            return "unknown \(what) '\(typed)'; did you mean '\(guess)'? (\(listing))"
        }
        return "unknown \(what) '\(typed)'; \(listing)"
    }

    static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? ""
    }

    static func subcommands(of command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
        command.configuration.subcommands
    }

    static func defaultSubcommand(of command: any ParsableCommand.Type) -> (any ParsableCommand.Type)? {
        command.configuration.defaultSubcommand
    }

    /// The option ArgumentParser's message names ("Unknown option '--cohrt'").
    static func unknownOption(in message: String) -> String? {
        guard let start = message.range(of: "Unknown option '") else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }

    /// The long options a command's help lists, `--help` among them.
    static func optionNames(of command: any ParsableCommand.Type) -> [String] {
        let help = OberihCommand.helpMessage(for: command, includeHidden: true, columns: 10_000)
        var names: [String] = []
        var rest = Substring(help)
        while let start = rest.range(of: "--") {
            let tail = rest[start.upperBound...]
            let name = tail.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            if let first = name.first, first.isLetter, !names.contains("--" + name) { names.append("--" + name) }
            rest = tail.dropFirst(name.count)
        }
        return names
    }
}
