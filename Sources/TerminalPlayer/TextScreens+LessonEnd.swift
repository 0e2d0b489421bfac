import LessonEngine
import LessonPack

extension TextScreens {
    /// Under a learner's summary: how to finish (Enter) and that `h` still shows help.
    /// Help from here comes back to this line (`PlayLoop.lessonEnd`).
    public func lessonEnd(pack: Pack, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        var screen = ScreenText(style: style)
        screen.add(Self.joinFitting(words.word(.pressEnterToFinish).components(separatedBy: " · "), width: style.width), .dim)
        return screen.text(leadingGap: false)
    }
}
