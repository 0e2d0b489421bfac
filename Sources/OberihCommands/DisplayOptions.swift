import ArgumentParser
import Foundation
import LessonPack
import TerminalPlayer

/// How the player shows itself, shared by `play` and `facilitate`: language, colour,
/// plain mode, and the terminal's width.
struct DisplayOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("Language: en, uk or ru (default: LC_ALL or LANG, else the pack's).", valueName: "lang"),
        completion: Completions.languages)
    var lang: String?

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "For screen readers: no colour, no drawing, one idea per line (also ACCESSIBLE=1).")
    var plain = false

    init() {}

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// --lang, else `remembered` (the language a returning learner last played in), else
    /// LC_ALL, else LANG, when the pack has it; else the pack's default. A --lang the pack
    /// lacks is said on stderr, with the language used instead. (A pack may be in any
    /// language; the player's own words are in en, uk and ru, and fall back to the pack's
    /// default language, then English.)
    func language(for pack: Pack, remembered: String? = nil) -> String {
        let chosen =
            Self.language(flag: lang, remembered: remembered, environment: environment, languages: pack.languages)
            ?? pack.defaultLanguage
        if let lang, !pack.languages.contains(PlayerWords.baseLanguage(lang)) {
            StoreOutput.message(
                "oberih: \(pack.id) has no '\(lang)' text (it has \(pack.languages.joined(separator: ", "))); "
                    + "using \(chosen)")
        }
        return chosen
    }

    /// --lang, else `remembered`, else LC_ALL, else LANG, when it is one of `languages`.
    static func language(
        flag: String?, remembered: String? = nil, environment: [String: String], languages: [String]
    ) -> String? {
        for candidate in [flag, remembered, environment["LC_ALL"], environment["LANG"]].compactMap({ $0 }) {
            let code = String(candidate.prefix { $0.isLetter }).lowercased()
            if languages.contains(code) { return code }
        }
        return nil
    }

    var isPlain: Bool {
        plain || environment["ACCESSIBLE"].map { !$0.isEmpty && $0 != "0" } == true
    }

    func style(language: String, audience: ScreenStyle.Audience) -> ScreenStyle {
        var style = ScreenStyle(
            width: Self.terminalWidth(environment), language: language,
            usesColor: !isPlain && color.isEnabled(forFileDescriptor: STDOUT_FILENO, environment: environment),
            isPlain: isPlain, audience: audience)
        style.height = isPlain ? nil : Self.terminalRows()
        return style
    }

    /// On a terminal, its size at each call, so a loop re-measures before each screen.
    var terminalSize: (() -> (width: Int, height: Int?))? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        let environment = environment
        let isPlain = isPlain
        return { (Self.terminalWidth(environment), isPlain ? nil : Self.terminalRows()) }
    }

    /// The terminal's rows when both input and output are a terminal (paging reads the
    /// keyboard), else `nil`.
    static func terminalRows() -> Int? {
        var size = winsize()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
            ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0
        else { return nil }
        return Int(size.ws_row)
    }

    /// Writes `text` to stderr wrapped to the terminal's width. `command`, a command to
    /// type, is put in place of `{command}`, broken only between its words
    /// (`TextWrapper.wrap(_:placing:width:)`).
    func say(_ text: String, command: String? = nil) {
        StoreOutput.messageAsWrapped(wrapped(text, command: command))
    }

    /// `text` as `say` writes it, for a message written later (on Ctrl-C).
    func wrapped(_ text: String, command: String? = nil) -> String {
        let width = Self.terminalWidth(environment)
        let lines =
            command.map { TextWrapper.wrap(text, placing: $0, width: width) } ?? TextWrapper.wrap(text, width: width)
        // In plain mode no line is indented (a command's continuation lines neither).
        let shown = isPlain ? lines.map { String($0.drop { $0 == " " || $0 == "\u{A0}" }) } : lines
        return shown.joined(separator: "\n").replacingOccurrences(of: "\u{A0}", with: " ")
    }

    /// The terminal's columns, else $COLUMNS (at least 20), else 80.
    static func terminalWidth(_ environment: [String: String]) -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return environment["COLUMNS"].flatMap(Int.init).map { max($0, 20) } ?? 80
    }
}
