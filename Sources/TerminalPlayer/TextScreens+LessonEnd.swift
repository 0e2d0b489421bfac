import LessonEngine
import LessonPack

extension TextScreens {
    /// Under a learner's summary: their code and the command to come back (`command`,
    /// broken only between its words, as `TextWrapper.command` does), how to finish (Enter), and that `h` still shows help.
    /// Help from here comes back to this screen (`PlayLoop.lessonEnd`).
    public func lessonEnd(pack: Pack, code: String, command: String, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        var screen = ScreenText(style: style)
        screen.add(TextWrapper.wrap(words.word(.comeBackWithCode, code, "{command}"), placing: command, width: style.width))
        screen.add(Self.joinFitting(words.word(.pressEnterToFinish).components(separatedBy: " · "), width: style.width), .dim)
        return screen.text(leadingGap: false).replacingOccurrences(of: "\u{A0}", with: " ")
    }
}
