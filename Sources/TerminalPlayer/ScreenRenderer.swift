import LessonEngine
import LessonPack

/// How the player looks to the learner: every screen as text, for a given width and
/// style. `TextScreens` is the one implementation; the play loop only calls this.
public protocol ScreenRenderer: Sendable {
    /// The current step: a progress line (lesson, step n of m, a small bar), its text,
    /// its options numbered or lettered, and the command line (`? hint · h help …`).
    func step(_ presented: PresentedStep, lesson: Lesson, pack: Pack, style: ScreenStyle) -> String
    /// What an input came to: verdict, points, feedback that says why, attempts left.
    func outcome(_ outcome: StepOutcome, presented: PresentedStep, pack: Pack, style: ScreenStyle) -> String
    /// The end of a lesson: score, passed or not, objectives, what to try next.
    func summary(_ result: LessonResult, lesson: Lesson, pack: Pack, style: ScreenStyle) -> String
    /// Help: the pack's support contacts for the learner's country, then the
    /// international ones, with hours; then how to go back.
    func help(pack: Pack, country: String?, style: ScreenStyle) -> String
    /// One line for an input that does not fit (`PlayerWords`), already in the language.
    func invalid(_ message: String, style: ScreenStyle) -> String
}

/// How to draw: width in display columns, language, colour, and plain mode for screen
/// readers (no colour, no box drawing, no redraws, one idea per line).
public struct ScreenStyle: Sendable, Hashable {
    public var width: Int
    public var language: String
    public var usesColor: Bool
    public var isPlain: Bool

    public init(width: Int, language: String, usesColor: Bool, isPlain: Bool) {
        self.width = width
        self.language = language
        self.usesColor = usesColor
        self.isPlain = isPlain
    }
}
