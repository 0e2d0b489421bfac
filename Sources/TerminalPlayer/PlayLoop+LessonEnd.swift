import LessonPack

extension PlayLoop {
    /// After a learner's summary, `screen` (`TextScreens.lessonEnd`) until a line other
    /// than `h`: `h` (or `help`) shows help, and Enter there comes back to `screen`. Any
    /// other line, or the end of input, ends the lesson; nothing is recorded (the lesson
    /// is already saved), so a piped script may stop at the summary or give one more line.
    public func lessonEnd(_ pack: Pack, screen: String, io: any LineIO) {
        while true {
            io.write(screen)
            guard let line = io.readLine() else { return }
            switch CommandKey.typed(line) {
            case "h", "help":
                io.write(renderer.help(pack: pack, country: country, style: style))
                guard io.readLine() != nil else { return }
            default:
                return
            }
        }
    }
}
