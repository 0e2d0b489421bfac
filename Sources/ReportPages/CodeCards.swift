import LessonPack

/// Printable cards that hand learners their codes: a self-contained HTML page of cut-out
/// cards on A4, ten to a sheet (two columns, five rows, dashed cut lines), each with the
/// code in large monospace type, the pack's title, the command that starts the pack and
/// the help lines for the learner's country. Nothing on a card names a learner: a card
/// is made from a code, a language and a country only.
public enum CodeCards {
    /// Cards on one A4 sheet.
    public static let cardsPerSheet = 10

    /// One learner's card.
    public struct Card: Sendable, Hashable {
        /// The learner code as it is handed out, such as `K7M-4QX`.
        public var code: String
        /// The card's language: `en`, `uk` or `ru` (another tag is written in English,
        /// and marked as English).
        public var language: String
        /// The pack's title in that language; `nil` leaves the pack line out.
        public var packTitle: String?
        /// The pack's id, for the command that starts it; `nil`: `oberih play --code …`.
        public var packId: String?
        /// The help lines, most needed first (`HelpLine.choose`).
        public var help: [HelpLine]

        public init(code: String, language: String, packTitle: String?, packId: String?, help: [HelpLine]) {
            self.code = code
            self.language = language
            self.packTitle = packTitle
            self.packId = packId
            self.help = help
        }

        /// The card's language where the cards have words for it, else English.
        public var shownLanguage: String { Words.languages.contains(language) ? language : "en" }

        /// What the learner types to start: `oberih play PACK --code CODE`.
        public var startCommand: String {
            (["oberih", "play"] + (packId.map { [$0] } ?? []) + ["--code", code]).joined(separator: " ")
        }
    }

    /// A support contact as a card shows it: its name and how to reach it.
    public struct HelpLine: Sendable, Hashable {
        public var name: String
        /// Phone numbers, then web addresses, as the pack writes them.
        public var reach: [String]
        /// The pack marks it unverified: the card says so (SAFEGUARDING.md).
        public var isUnverified: Bool

        /// The ways to reach it that its name does not already give ("116 111: children's
        /// helplines in Europe" needs no number before it), compared without spaces.
        public var shownReach: [String] {
            let name = String(self.name.unicodeScalars.filter { !$0.properties.isWhitespace })
            return reach.filter { way in
                let bare = String(way.unicodeScalars.filter { !$0.properties.isWhitespace })
                return bare.isEmpty || !name.contains(bare)
            }
        }

        public init(name: String, reach: [String], isUnverified: Bool) {
            self.name = name
            self.reach = reach
            self.isUnverified = isUnverified
        }

        /// The help lines for a learner in `country` (an ISO 3166 alpha-2 code, any case;
        /// `nil` when not known): someone to talk to, then the emergency number. Each is
        /// the country's own contact for that service, else the pack's international one
        /// (a learner whose country is not known gets the international ones only); one
        /// the pack marks unverified comes after a checked one. A contact with neither a
        /// phone nor an address is not shown. Names in `language`, else the pack's
        /// `fallbackLanguage`. Nothing when the pack has no such contact: a card never
        /// shows a number that is not in the pack.
        public static func choose(
            from contacts: [SupportContact], country: String?, language: String, fallbackLanguage: String
        ) -> [HelpLine] {
            let reachable = contacts.filter { !$0.phones.isEmpty || !$0.urls.isEmpty }
            let country = country?.uppercased()
            let own = country.map { country in reachable.filter { $0.country?.uppercased() == country } } ?? []
            let international = reachable.filter(\.isInternational)
            func best(_ fits: (SupportContact) -> Bool) -> SupportContact? {
                for group in [own, international] {
                    let fitting = group.filter(fits)
                    if let found = fitting.first(where: { $0.status != .unverified }) ?? fitting.first { return found }
                }
                return nil
            }
            let talk = best { $0.services.first == .talk }
            let emergency = best { $0.services.contains(.emergency) && $0.id != talk?.id }
            return [talk, emergency].compactMap { $0 }.map { contact in
                HelpLine(
                    name: contact.name.text(in: language, fallback: fallbackLanguage), reach: contact.phones + contact.urls,
                    isUnverified: contact.status == .unverified)
            }
        }
    }

    /// The whole page: the cards in the order given, ten to an A4 sheet. `cohort` names
    /// the cards' group in small type on each card and in the page's title (it is the
    /// trainer's name for the group, never a learner's). The page's language is the one
    /// most cards have; each card carries its own.
    public static func page(cards: [Card], cohort: String) -> String {
        let language = mostCommonLanguage(of: cards)
        let sheets = stride(from: 0, to: cards.count, by: cardsPerSheet).map { start in
            Markup.el(
                "section", [("class", "sheet")],
                cards[start..<min(start + cardsPerSheet, cards.count)].map { card(for: $0, cohort: cohort) })
        }
        return HTMLPage.document(
            title: Words.word(.pageTitle, in: language) + " · " + cohort, language: language, style: style,
            body: [.el("main", [], sheets)])
    }

    static func mostCommonLanguage(of cards: [Card]) -> String {
        var counts: [String: Int] = [:]
        for card in cards { counts[card.shownLanguage, default: 0] += 1 }
        // Ties: the language of the first card among them.
        let most = counts.values.max() ?? 0
        return cards.first { counts[$0.shownLanguage] == most }?.shownLanguage ?? "en"
    }

    static func card(for card: Card, cohort: String) -> Markup {
        let language = card.shownLanguage
        func word(_ key: Words.Key) -> String { Words.word(key, in: language) }
        var parts: [Markup] = [.el("p", [("class", "cohort")], text: cohort)]
        if let title = card.packTitle { parts.append(.el("p", [("class", "pack")], text: title)) }
        parts.append(.el("p", [("class", "label")], text: word(.yourCode)))
        parts.append(.el("p", [("class", "code")], text: card.code))
        // The command on a line of its own, broken only between its words: a break at a
        // hyphen would read as part of what to type.
        var command: [Markup] = []
        for (index, part) in card.startCommand.split(separator: " ").enumerated() {
            if index > 0 { command.append(.text(" ")) }
            command.append(.el("span", [("class", "word")], text: String(part)))
        }
        parts.append(.el("p", [("class", "start")], [.text(word(.toStart)), .el("code", [], command)]))
        if !card.help.isEmpty {
            let lines = card.help.map { line -> Markup in
                var reach: [Markup] = []
                for (index, way) in line.shownReach.enumerated() {
                    if index > 0 { reach.append(.text(", ")) }
                    reach.append(.el("span", [("class", "reach")], text: way))
                }
                var item: [Markup] = reach.isEmpty ? [.text(line.name)] : [.el("strong", [], reach), .text(" " + line.name)]
                if line.isUnverified { item.append(.text(" " + word(.notVerified))) }
                return .el("li", [], item)
            }
            parts.append(.el("p", [("class", "help-label")], text: word(.needHelp)))
            parts.append(.el("ul", [("class", "help")], lines))
        }
        parts.append(.el("p", [("class", "adult")], text: word(.trustedAdult)))
        return .el("article", [("class", "card"), ("lang", language)], parts)
    }

    /// On a screen the cards flow in as many columns as fit; printed, each sheet is two
    /// columns of five cards of 95 × 55 mm inside a 10 mm margin, with dashed cut lines.
    /// Every text wraps anywhere rather than overflow.
    static let style: StaticString = """
        @page { size: A4; margin: 10mm }
        * { box-sizing: border-box }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100% }
        body { margin: 0; padding: 8px; font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #111; background: #fff }
        main { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
          border-top: 1px dashed #777; border-left: 1px dashed #777 }
        .sheet { display: contents }
        .card { min-width: 0; padding: 2.5mm 4mm; border-right: 1px dashed #777; border-bottom: 1px dashed #777;
          break-inside: avoid; page-break-inside: avoid; overflow-wrap: anywhere; word-break: break-word;
          font-size: 8.5pt; line-height: 1.25 }
        .card p, .card ul { margin: 0 }
        .cohort { float: right; max-width: 40%; margin-left: 2mm; font-size: 7pt; color: #555; text-align: right;
          max-height: 2.6em; overflow: hidden }
        .pack { font-weight: bold; font-size: 9.5pt; max-height: 2.6em; overflow: hidden }
        .label { margin-top: 1mm; font-size: 7.5pt; color: #333 }
        .code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", monospace; font-size: 24pt;
          font-weight: bold; letter-spacing: 0.08em; line-height: 1.1; white-space: nowrap }
        .start code { display: block; font-family: "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", monospace;
          font-size: 8pt; font-weight: bold }
        .start .word { white-space: nowrap }
        .help-label { margin-top: 1mm; font-weight: bold }
        .help { padding: 0; list-style: none }
        .reach { white-space: nowrap }
        .adult { margin-top: 0.5mm; color: #333 }
        @media print {
          body { padding: 0 }
          main { display: block; border: 0 }
          .sheet { display: grid; grid-template-columns: 95mm 95mm; grid-auto-rows: 55mm; width: 190mm;
            border-top: 1px dashed #777; border-left: 1px dashed #777; break-after: page; page-break-after: always }
          .card { font-size: 8.5pt; line-height: 1.2 }
          .code { font-size: 26pt }
          .sheet:last-child { break-after: auto; page-break-after: auto }
          .card { overflow: hidden }
        }
        """
}
