extension TextScreens {
    /// A menu: its title, then the entries numbered from 1, each with its note after a
    /// dash, then how to choose (Enter takes the suggested entry).
    public func menu(_ title: String, entries: [MenuEntry], suggested: Int?, style: ScreenStyle) -> String {
        var screen = ScreenText(style: style)
        screen.wrap(title, .bold)
        screen.gap()
        for (position, entry) in entries.enumerated() {
            let text = Self.dashed([entry.label, entry.note ?? ""])
            let lines = Self.item(marker: "\(position + 1). ", text: text, width: style.width).map(Self.plainSpaces)
            screen.add(lines, entry.isOpen ? .normal : .dim)
        }
        screen.gap()
        let commands: String
        if let suggested {
            commands = PlayerWords.text(.pressEnterForSuggested, language: style.language, values: [String(suggested + 1)])
        } else {
            commands = [PlayerWords.Key.commandHelp, .commandQuit]
                .map { PlayerWords.text($0, language: style.language) }.joined(separator: " · ")
        }
        screen.add(Self.joinFitting(commands.components(separatedBy: " · "), width: style.width), .dim)
        return screen.text()
    }
}
