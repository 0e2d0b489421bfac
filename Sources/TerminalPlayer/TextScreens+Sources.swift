import LessonEngine
import LessonPack

extension TextScreens {
    /// "Where this comes from": the step's sources in the order it names them, each its
    /// citation (as the pack writes it) with its address under it, then that Enter goes
    /// back to the same place. An id the pack does not have is left out (validate
    /// reports it). Plain mode: no bullets.
    public func sources(_ presented: PresentedStep, pack: Pack, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        var screen = ScreenText(style: style)
        screen.wrap(words.word(.sourcesHeading), .bold)
        for source in Self.sourceNotes(of: presented.step, in: pack) {
            screen.gap()
            screen.add(Self.item(marker: style.isPlain ? "" : "• ", text: source.citation, width: style.width, hang: "  "))
            if let url = source.url {
                screen.add(Self.item(marker: "  ", text: url, width: style.width, hang: "  "))
            }
        }
        screen.gap()
        screen.wrap(words.word(.helpBackToPlace), .dim)
        return screen.text()
    }

    /// The pack's sources that `step` names, once each, in the step's order.
    static func sourceNotes(of step: Step, in pack: Pack) -> [SourceNote] {
        var seen: Set<String> = []
        return step.sources.compactMap { reference in
            guard seen.insert(reference.id).inserted else { return nil }
            return pack.sources.first { $0.id == reference.id }
        }
    }
}
