import LessonPack

/// One line of a menu: a pack or a lesson, with a short note (`done`, `after: …`) and
/// whether it can be chosen.
public struct MenuEntry: Sendable, Hashable {
    public var label: String
    public var note: String?
    public var isOpen: Bool

    public init(label: String, note: String? = nil, isOpen: Bool = true) {
        self.label = label
        self.note = note
        self.isOpen = isOpen
    }
}

/// The questions asked on a terminal before a lesson: the learner's code (or their age,
/// for a first time), then a pack and a lesson from numbered menus. Each question is
/// asked until it gets an answer that fits; `h` shows help, `q` stops, and the end of
/// input stops too.
public struct Menu {
    public enum Choice: Sendable, Hashable {
        case chosen(Int)
        case quit
        case endOfInput
    }

    public enum Learner: Sendable, Hashable {
        /// A known learner's code, as the store keeps it.
        case code(String)
        /// Someone new, of this age.
        case newLearner(age: Int)
        case quit
        case endOfInput
    }

    public var renderer: any ScreenRenderer
    public var style: ScreenStyle
    /// For the help screen: its contacts.
    public var pack: Pack?
    /// Before a pack is chosen: a pack with the contacts of every pack there is to choose,
    /// made when help is asked for.
    public var packForHelp: (() -> Pack?)?
    public var country: String?

    public init(renderer: any ScreenRenderer, style: ScreenStyle, pack: Pack? = nil, country: String? = nil) {
        self.renderer = renderer
        self.style = style
        self.pack = pack
        self.country = country
    }

    /// Asks for a code; `find` gives the stored code of a learner for what was typed, or
    /// `nil`. Enter alone means someone new, who is asked their age (`AgeRange.supported`).
    public func askLearner(io: any LineIO, find: (String) -> String?) -> Learner {
        while true {
            ask(word(.typeYourCode), io)
            guard let line = io.readLine() else { return .endOfInput }
            let typed = line.trimmingCharacters(in: .whitespaces)
            switch CommandKey.typed(typed) {
            case "q": return .quit
            case "h": if !showHelp(io) { return .endOfInput }
            case "": return askAge(io: io)
            default:
                if let code = find(typed) { return .code(code) }
                io.write(renderer.invalid(word(.codeNotFound, String(typed.prefix(20))), style: style))
            }
        }
    }

    private func askAge(io: any LineIO) -> Learner {
        while true {
            let ages = AgeRange.supported
            ask(word(.howOldAreYou, String(ages.minimum), String(ages.maximum)), io)
            guard let line = io.readLine() else { return .endOfInput }
            let typed = CommandKey.typed(line)
            if typed == "q" { return .quit }
            if typed == "h" {
                if !showHelp(io) { return .endOfInput }
                continue
            }
            if let age = Int(typed), ages.contains(age: age) { return .newLearner(age: age) }
            io.write(renderer.invalid(word(.ageOutsideRange, String(ages.minimum), String(ages.maximum)), style: style))
        }
    }

    /// Shows `entries` numbered under `title` and reads a number; Enter takes `suggested`.
    public func choose(_ title: String, entries: [MenuEntry], suggested: Int?, io: any LineIO) -> Choice {
        io.write(renderer.menu(title, entries: entries, suggested: suggested, style: style))
        while true {
            ask(word(.yourAnswer), io)
            guard let line = io.readLine() else { return .endOfInput }
            let typed = CommandKey.typed(line)
            switch typed {
            case "q": return .quit
            case "h":
                if !showHelp(io) { return .endOfInput }
                io.write(renderer.menu(title, entries: entries, suggested: suggested, style: style))
                continue
            case "":
                if let suggested { return .chosen(suggested) }
            default:
                if let number = Int(typed), entries.indices.contains(number - 1) {
                    let entry = entries[number - 1]
                    if entry.isOpen { return .chosen(number - 1) }
                    io.write(renderer.invalid(entry.label + (entry.note.map { ": " + $0 } ?? ""), style: style))
                    continue
                }
            }
            io.write(renderer.invalid(word(.chooseNumberInRange, "1", String(entries.count)), style: style))
        }
    }

    /// A question wrapped to the width, the answer typed after its last line.
    /// `question` wrapped so that its last line leaves room for the answer (a code, an
    /// age, a number) on the same line: the typed answer never wraps onto the next one.
    private func ask(_ question: String, _ io: any LineIO) {
        let room = 10
        var lines = TextWrapper.wrap(question, width: style.width)
        if let last = lines.last, DisplayWidth.columns(of: last) + room > style.width, style.width > room * 2 {
            lines = TextWrapper.wrap(question, width: style.width - room)
        }
        io.write(lines.map { $0 + "\n" }.dropLast().joined() + (lines.last ?? "") + " ")
    }

    /// Help, a page at a time, then Enter back; `false` at the end of input.
    private func showHelp(_ io: any LineIO) -> Bool {
        if let pack = pack ?? packForHelp?() {
            switch Pager.show(renderer.help(pack: pack, country: country, style: style), io: io, renderer: renderer, style: style) {
            case .stopped: return true
            case .endOfInput: return false
            case .shown: break
            }
        } else {
            io.write(renderer.invalid(word(.helpAlwaysOK), style: style) + "\n")
            io.write(renderer.invalid(word(.helpBackToPlace), style: style))
        }
        return io.readLine() != nil
    }

    private func word(_ key: PlayerWords.Key, _ values: String...) -> String {
        PlayerWords.text(key, language: style.language, values: values)
    }
}
