import LessonEngine
import LessonPack

/// The player's screens as plain text for a terminal: the one `ScreenRenderer`.
///
/// - Every line fits `style.width` display columns (`DisplayWidth`); text is wrapped
///   with `TextWrapper`, lists hang their continuation lines under the text.
/// - Pack texts are in `style.language`, else the pack's default language. The player's
///   own words (`PlayerWords`) are in `style.language` when the player speaks it, else
///   in the pack's default language, else English.
/// - Colour (ANSI bold and dim) only when `style.usesColor` and not `style.isPlain`,
///   and only as emphasis: every line says what it means in words.
/// - Plain mode (screen readers): no colour, no bars or bullets, one idea per line.
/// - Screens after an input (step, outcome, summary, help) start with an empty line, so
///   they stand apart from what was typed; every screen ends with a line end.
///
/// Pure: the same input gives the same text.
public struct TextScreens: ScreenRenderer {
    public init() {}

    public func invalid(_ message: String, style: ScreenStyle) -> String {
        var screen = ScreenText(style: style)
        screen.add(TextScreens.item(marker: style.isPlain ? "" : "↳ ", text: message, width: style.width))
        return screen.text(leadingGap: false)
    }

    // MARK: - Shared pieces

    /// The cells of a progress or mastery bar.
    static let barCells = 10

    /// A bar of `barCells` cells (`▓▓▓░░░░░░░`) for a share of 0-1, at most `width` wide.
    static func bar(_ share: Double, width: Int) -> String {
        let filled = min(barCells, max(0, Int((share * Double(barCells)).rounded())))
        let bar = String(repeating: "▓", count: filled) + String(repeating: "░", count: barCells - filled)
        return TextWrapper.truncate(bar, to: width)
    }

    /// `text` wrapped to `width` with `marker` before its first line and the following
    /// lines indented under the text (or by `hang` where given). A marker too wide for the
    /// line is put before the text and wrapped with it instead.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    static func item(marker: String, text: String, width: Int, hang: String? = nil) -> [String] {
        let markerWidth = DisplayWidth.columns(of: marker)
        let indent = hang ?? String(repeating: " ", count: markerWidth)
        let indentWidth = DisplayWidth.columns(of: indent)
        guard markerWidth <= indentWidth, indentWidth * 2 <= width else {
            return TextWrapper.wrap(marker + text, width: width)
        }
        var lines = TextWrapper.wrap(text, width: width, indent: indent)
        guard !lines.isEmpty else { return marker.isEmpty ? [] : TextWrapper.wrap(marker, width: width) }
        lines[0] = marker + lines[0].dropFirst(indent.count)
        return lines
    }

    /// `parts` joined with `separator` on as few lines of `width` as they fill, never
    /// breaking inside a part that fits a line (a wider part is wrapped on its own).
    ///
    /// - Complexity: O(*n*) in the total length of `parts`.
    static func joinFitting(_ parts: [String], separator: String = " · ", width: Int) -> [String] {
        let separatorWidth = DisplayWidth.columns(of: separator)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for part in parts where !part.isEmpty {
            let partWidth = DisplayWidth.columns(of: part)
            if !line.isEmpty && lineWidth + separatorWidth + partWidth <= width {
                line += separator + part
                lineWidth += separatorWidth + partWidth
                continue
            }
            if !line.isEmpty { lines.append(line) }
            if partWidth <= width {
                line = part
                lineWidth = partWidth
            } else {
                let wrapped = TextWrapper.wrap(part, width: width)
                lines += wrapped.dropLast()
                line = wrapped.last ?? ""
                lineWidth = DisplayWidth.columns(of: line)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// `lines` with `tail` after the last one (two spaces apart) when it fits there, else
    /// on a line of its own.
    static func appending(_ tail: String, to lines: [String], width: Int) -> [String] {
        var lines = lines
        if let last = lines.last,
            DisplayWidth.columns(of: last) + 2 + DisplayWidth.columns(of: tail) <= width
        {
            lines[lines.count - 1] = last + "  " + tail
        } else {
            lines.append(TextWrapper.truncate(tail, to: width))
        }
        return lines
    }

    /// A support contact in one item: name — phones and addresses — hours — purpose; the
    /// name after its country (`UA · `) where `showsCountry` (the help screen of a learner
    /// whose country is not known, and the contacts a text or an ending lists). Under it, how far it has been
    /// checked: always when it is unverified, else where `showsStatus` (the help screen),
    /// worded for the facilitator where `forAnAdult` (the disclosure card).
    /// Phone numbers are not broken at their spaces. The no-break spaces that hold them
    /// together are plain spaces again in the lines (the same width).
    static func contact(
        _ contact: SupportContact, words: ScreenWords, style: ScreenStyle, showsCountry: Bool = false,
        showsStatus: Bool = false, forAnAdult: Bool = false
    ) -> [String] {
        let phones = contact.phones.map { String($0.map { $0 == " " ? "\u{A0}" : $0 }) }
        let reach = (phones + contact.urls).joined(separator: ", ")
        let name = (showsCountry ? contact.country.map { $0.uppercased() + "\u{A0}· " } ?? "" : "") + words.text(contact.name)
        // Hours matter for a phone line; a web form is open at any time.
        let hours = contact.hours.map(words.text) ?? (phones.isEmpty ? "" : words.word(.contactHoursUnknown))
        let parts = [name, reach, hours, words.text(contact.purpose)]
        let lines = item(marker: style.isPlain ? "" : "• ", text: dashed(parts), width: style.width, hang: "  ")
        let status = showsStatus || contact.status == .unverified ? contactStatus(contact, words: words, forAnAdult: forAnAdult) : ""
        let statusLines = status.isEmpty ? [] : item(marker: "  ", text: status, width: style.width, hang: "  ")
        return (lines + statusLines).map(plainSpaces)
    }

    /// How far the contact has been checked, in words, with the day it was checked.
    static func contactStatus(_ contact: SupportContact, words: ScreenWords, forAnAdult: Bool = false) -> String {
        let day = contact.verifiedText ?? ""
        switch contact.status {
        case .checkedWithOperator: return words.word(.contactCheckedWithOperator, day)
        case .published: return words.word(.contactSeenInSource, day)
        case .unverified:
            return forAnAdult
                ? FacilitatorWords.text(.contactUnverified, language: words.playerLanguage)
                : words.word(.contactUnverified)
        case nil: return ""
        }
    }

    /// The parts that are not blank, joined with " — " whose first space does not break,
    /// so that a dash ends a line rather than starts one.
    static func dashed(_ parts: [String]) -> String {
        parts.filter { !TextWrapper.paragraphs(of: $0).isEmpty }.joined(separator: "\u{A0}— ")
    }

    /// `line` with its no-break spaces as plain spaces (the same width), once wrapped.
    static func plainSpaces(_ line: String) -> String {
        String(line.map { $0 == "\u{A0}" ? " " : $0 })
    }
}

/// The language of one screen: pack texts and the player's words.
struct ScreenWords {
    /// For pack texts.
    let language: String
    let fallback: String
    /// For `PlayerWords`: the screen's language if the player speaks it, else the pack's.
    let playerLanguage: String
    let showsWholePoints: Bool

    init(style: ScreenStyle, pack: Pack) {
        language = style.language
        showsWholePoints = style.showsWholePoints
        fallback = pack.defaultLanguage
        let speaks = PlayerWords.languages.contains(PlayerWords.baseLanguage(style.language))
        playerLanguage = speaks ? style.language : pack.defaultLanguage
    }

    func text(_ text: LocalizedText) -> String {
        text.text(in: language, fallback: fallback)
    }

    func word(_ key: PlayerWords.Key, _ values: String...) -> String {
        PlayerWords.text(key, language: playerLanguage, values: values)
    }

    /// `value` with at most two decimals, trailing zeros dropped, and the decimal comma
    /// in Ukrainian and Russian: `1.5`, `1,5`, `0,75`, `10`.
    func number(_ value: Double) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        var result = (value < 0 && hundredths > 0 ? "-" : "") + String(hundredths / 100)
        var fraction = hundredths % 100
        if fraction != 0 {
            var digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
            if fraction % 10 == 0 {
                fraction /= 10
                digits = "\(fraction)"
            }
            let base = PlayerWords.baseLanguage(playerLanguage)
            result += (base == "uk" || base == "ru" ? "," : ".") + digits
        }
        return result
    }

    /// Points as `number` writes them, or for a learner under 13
    /// (`ScreenStyle.showsWholePoints`) in whole points and halves ("4", "1½", "½", not
    /// "4.04"): to the nearest half, but never up to `maximum` when short of it, nor down
    /// to 0 when above it, so "8 of 8" always means full marks.
    /// A maximum under one point, where "½ of ½" could be short of full marks, keeps its
    /// decimals.
    func points(_ value: Double, of maximum: Double) -> String {
        guard showsWholePoints, maximum >= 1 else { return number(value) }
        var halves = (value * 2).rounded()
        if value < maximum - 1e-9 { halves = min(halves, (maximum * 2).rounded() - 1) }
        if value > 1e-9 { halves = max(halves, 1) }
        let count = Int(max(0, halves))
        let whole = count / 2
        guard count % 2 == 1 else { return String(whole) }
        return whole == 0 ? "½" : "\(whole)½"
    }

    /// A share of 0-1 as whole percent, rounded down, so that 59.6% never shows as the
    /// pass mark of 60.
    func percent(_ share: Double) -> String {
        String(Int((share * 100 + 1e-9).rounded(.down)))
    }
}

/// The lines of one screen, with emphasis where colour is on.
struct ScreenText {
    enum Look {
        case normal, bold, dim
    }

    let style: ScreenStyle
    private(set) var lines: [String] = []

    init(style: ScreenStyle) {
        self.style = style
    }

    private var usesColor: Bool { style.usesColor && !style.isPlain }

    /// Lines are kept with plain spaces: a no-break space in a text (`116 111`, `1 500`)
    /// only keeps its words on one line when wrapping. In plain mode no line is indented
    /// (a screen reader reads the spaces of a hanging indent as noise).
    mutating func add(_ newLines: [String], _ look: Look = .normal) {
        let unindented = style.isPlain ? newLines.map { String($0.drop { $0 == " " || $0 == "\u{A0}" }) } : newLines
        for line in unindented.map(TextScreens.plainSpaces) {
            guard usesColor, !line.isEmpty else {
                lines.append(line)
                continue
            }
            switch look {
            case .normal: lines.append(line)
            case .bold: lines.append("\u{1B}[1m" + line + "\u{1B}[0m")
            case .dim: lines.append("\u{1B}[2m" + line + "\u{1B}[0m")
            }
        }
    }

    /// `text` wrapped to the screen's width.
    mutating func wrap(_ text: String, _ look: Look = .normal) {
        add(TextWrapper.wrap(text, width: style.width), look)
    }

    /// An empty line between two parts; none at the start or after another.
    mutating func gap() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    /// The screen: an empty line first if `leadingGap`, trailing empty lines dropped, a
    /// line end after every line; "" when there is nothing to show.
    func text(leadingGap: Bool = true) -> String {
        var lines = lines
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard !lines.isEmpty else { return "" }
        return (leadingGap ? "\n" : "") + lines.map { $0 + "\n" }.joined()
    }
}
