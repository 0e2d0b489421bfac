import LessonEngine
import LessonPack

extension TextScreens {
    /// The pack's title, its content note and its ground rules (SAFEGUARDING.md: a
    /// sensitive pack opens with both), then how to begin. Empty when the pack has neither.
    /// A learner alone is not shown the rules written for a group, nor a group those
    /// written for a learner alone.
    public func opening(pack: Pack, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        let note = pack.contentNote.map(words.text) ?? ""
        let rules = pack.groundRules.filter { $0.audience.includes(group: style.audience == .facilitator) }
            .map { words.text($0.text) }.filter { !TextWrapper.paragraphs(of: $0).isEmpty }
        guard !TextWrapper.paragraphs(of: note).isEmpty || !rules.isEmpty else { return "" }
        var screen = ScreenText(style: style)
        screen.wrap(words.text(pack.title), .bold)
        screen.gap()
        if !TextWrapper.paragraphs(of: note).isEmpty {
            screen.wrap(words.word(.beforeWeStart), .bold)
            screen.wrap(note)
            screen.gap()
        }
        if !rules.isEmpty {
            screen.wrap(words.word(.groundRules))
            for rule in rules {
                screen.add(Self.item(marker: style.isPlain ? "" : "• ", text: rule, width: style.width, hang: "  "))
            }
            screen.gap()
        }
        var commands = words.word(.pressEnterToBegin).components(separatedBy: " · ")
        if style.audience == .facilitator {
            commands.append(FacilitatorWords.text(.commandDisclosure, language: words.playerLanguage))
        }
        screen.add(Self.joinFitting(commands, width: style.width), .dim)
        return screen.text()
    }
}
