import LessonEngine
import LessonPack

extension TextScreens {
    /// Under a learner's summary: their code and the command to come back (`command`,
    /// never broken across lines), how to finish (Enter), and that `h` still shows help.
    /// Help from here comes back to this screen (`PlayLoop.lessonEnd`).
    public func lessonEnd(pack: Pack, code: String, command: String, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        var screen = ScreenText(style: style)
        let unbroken = command.replacingOccurrences(of: " ", with: "\u{A0}")
        screen.wrap(words.word(.comeBackWithCode, code, unbroken))
        screen.add(Self.joinFitting(words.word(.pressEnterToFinish).components(separatedBy: " · "), width: style.width), .dim)
        return screen.text(leadingGap: false).replacingOccurrences(of: "\u{A0}", with: " ")
    }
}
