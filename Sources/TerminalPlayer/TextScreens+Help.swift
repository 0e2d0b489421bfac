import LessonEngine
import LessonPack

extension TextScreens {
    /// Help: that talking to a trusted adult is always OK; the pack's contacts for the
    /// learner's country (matched without regard to case; every country's, marked, when
    /// the country is not known), then the international ones,
    /// each as name — phones and addresses — hours — purpose; when the country has none,
    /// a kind line saying so before the international ones. Then what `?`, `s` and `q`
    /// do, and that Enter goes back to the same place.
    public func help(pack: Pack, country: String?, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        var screen = ScreenText(style: style)
        screen.wrap(words.word(.helpIsHere), .bold)
        screen.gap()
        screen.wrap(words.word(.helpAlwaysOK))
        let country = country.map { $0.uppercased() }
        // A learner whose country is not known sees every country's contacts, each
        // marked with its country, rather than none.
        let local =
            country.map { country in pack.contacts.filter { $0.country?.uppercased() == country } }
            ?? pack.contacts.filter { !$0.isInternational }
        let international = pack.contacts.filter(\.isInternational)
        screen.gap()
        if !local.isEmpty {
            screen.wrap(words.word(.helpContacts))
            for contact in local {
                screen.add(Self.contact(contact, words: words, style: style, showsCountry: country == nil))
            }
            if !international.isEmpty {
                screen.gap()
                screen.wrap(words.word(.helpAnywhere))
            }
        } else if country != nil {
            screen.wrap(words.word(.helpNoneForCountry))
            if !international.isEmpty {
                screen.gap()
                screen.wrap(words.word(.helpAnywhere))
            }
        } else if !international.isEmpty {
            screen.wrap(words.word(.helpContacts))
        }
        for contact in international { screen.add(Self.contact(contact, words: words, style: style)) }
        screen.gap()
        for key in [PlayerWords.Key.helpHint, .helpSkip, .helpQuit] {
            screen.add(Self.item(marker: "", text: words.word(key), width: style.width, hang: "  "))
        }
        screen.gap()
        screen.wrap(words.word(.helpBackToPlace), .dim)
        return screen.text()
    }
}
