import LessonEngine
import LessonPack

extension TextScreens {
    /// Help: that talking to a trusted adult is always OK; then the pack's contacts for the
    /// learner's country (matched without regard to case; every country's, marked, when
    /// the country is not known) and the international ones, grouped by what they are for
    /// (`contactGroups`); when the country has none, a kind line saying so before the
    /// international ones. Then what `?`, `s` and `q` do, and that Enter goes back to the
    /// same place.
    public func help(pack: Pack, country: String?, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        var screen = ScreenText(style: style)
        screen.wrap(words.word(.helpIsHere), .bold)
        screen.gap()
        screen.wrap(words.word(.helpAlwaysOK))
        let country = country.map { $0.uppercased() }
        if let country, !pack.contacts.contains(where: { $0.country?.uppercased() == country }) {
            screen.gap()
            screen.wrap(words.word(.helpNoneForCountry))
        }
        Self.addContactGroups(
            pack: pack, country: country, heading: words.word(.helpContacts), words: words, style: style, to: &screen)
        screen.gap()
        for key in [PlayerWords.Key.helpHint, .helpSkip, .helpQuit] {
            screen.add(Self.item(marker: "", text: words.word(key), width: style.width, hang: "  "))
        }
        screen.gap()
        screen.wrap(words.word(.helpBackToPlace), .dim)
        return screen.text()
    }

    /// The contacts a learner in `country` can reach: the country's own, then the
    /// international ones. A learner whose country is not known sees every country's, each
    /// marked with its country, rather than none.
    static func reachableContacts(in pack: Pack, country: String?) -> [SupportContact] {
        let local =
            country.map { country in pack.contacts.filter { $0.country?.uppercased() == country } }
            ?? pack.contacts.filter { !$0.isInternational }
        return local + pack.contacts.filter(\.isInternational)
    }

    /// `heading`, then the contacts reachable from `country` (matched without regard to
    /// case) under a heading for each purpose, in `ContactGroup` order; a contact goes under
    /// its main (first) purpose, one that says none under "other help". Nothing when no
    /// contact is reachable. `forAnAdult`: the disclosure card, read by the facilitator.
    static func addContactGroups(
        pack: Pack, country: String?, heading: String, words: ScreenWords, style: ScreenStyle,
        forAnAdult: Bool = false, to screen: inout ScreenText
    ) {
        let country = country?.uppercased()
        let contacts = reachableContacts(in: pack, country: country)
        guard !contacts.isEmpty else { return }
        screen.gap()
        screen.wrap(heading)
        let groups = Dictionary(grouping: contacts, by: ContactGroup.init(of:))
        for group in ContactGroup.allCases {
            guard let members = groups[group] else { continue }
            screen.gap()
            screen.wrap(words.word(group.heading), .bold)
            for contact in members {
                screen.add(
                    Self.contact(
                        contact, words: words, style: style, showsCountry: country == nil, showsStatus: true,
                        forAnAdult: forAnAdult))
            }
        }
    }
}

/// The headings of the help screen, in the order a child in trouble needs them.
enum ContactGroup: CaseIterable, Hashable {
    case talk, police, reportImage, removeImage, other

    init(of contact: SupportContact) {
        switch contact.services.first {
        case .talk: self = .talk
        case .reportCrime, .emergency: self = .police
        case .reportImageLink: self = .reportImage
        case .removeImage: self = .removeImage
        case nil: self = .other
        }
    }

    var heading: PlayerWords.Key {
        switch self {
        case .talk: return .helpGroupTalk
        case .police: return .helpGroupPolice
        case .reportImage: return .helpGroupReportImage
        case .removeImage: return .helpGroupRemoveImage
        case .other: return .helpGroupOther
        }
    }
}
