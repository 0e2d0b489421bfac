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
    func summary(
        _ result: LessonResult, lesson: Lesson, pack: Pack, passedBefore: Set<String>, learnerAge: Int?,
        style: ScreenStyle
    ) -> String
    /// Help: the pack's support contacts for the learner's country, then the
    /// international ones, with hours; then how to go back.
    func help(pack: Pack, country: String?, style: ScreenStyle) -> String
    /// Where the facts of a step come from: each of its sources (`step/@sources`) with
    /// its citation and address; then how to go back.
    func sources(_ presented: PresentedStep, pack: Pack, style: ScreenStyle) -> String
    /// One line for an input that does not fit (`PlayerWords`), already in the language.
    func invalid(_ message: String, style: ScreenStyle) -> String
    /// Before the first step: the pack's content note and ground rules, and how to
    /// begin; "" when the pack has neither.
    func opening(pack: Pack, style: ScreenStyle) -> String
    /// A facilitator's vote tally as a bar chart drawn with text.
    func tally(_ counts: [String: Int], presented: PresentedStep, pack: Pack, style: ScreenStyle) -> String
    /// Facilitator mode: what to do when a child discloses harm (SAFEGUARDING.md).
    func disclosureCard(pack: Pack, country: String?, style: ScreenStyle) -> String
    /// Facilitator mode: the step's notes for the facilitator, not to be read out, with the
    /// step they belong to; "" when it has none.
    func facilitatorNotes(_ presented: PresentedStep, lesson: Lesson, pack: Pack, style: ScreenStyle) -> String
    /// A numbered menu of packs or lessons; Enter takes `suggested` (0-based).
    func menu(_ title: String, entries: [MenuEntry], suggested: Int?, style: ScreenStyle) -> String
}

/// How to draw: width in display columns, language, colour, plain mode for screen
/// readers (no colour, no box drawing, no redraws, one idea per line), and who reads.
public struct ScreenStyle: Sendable, Hashable {
    /// A learner alone, or a facilitator in front of a group (`oberih facilitate`), who
    /// also has the facilitator notes (`n`), votes as tallies, and the disclosure card key.
    public enum Audience: Sendable, Hashable {
        case learner, facilitator
    }

    public var width: Int
    public var language: String
    public var usesColor: Bool
    public var isPlain: Bool
    public var audience: Audience
    /// The terminal's rows, for paging long screens (`Pager`); `nil` on a pipe or in plain
    /// mode, where a screen is written whole.
    public var height: Int?
    /// A facilitator with a screen of their own for the notes (`facilitate --notes-on`):
    /// the step does not offer `n`.
    public var hasNotesScreen = false
    /// A learner under 13: points are whole numbers ("4 of 8", not "4.04 of 8").
    public var showsWholePoints = false

    public init(width: Int, language: String, usesColor: Bool, isPlain: Bool, audience: Audience = .learner) {
        self.width = width
        self.language = language
        self.usesColor = usesColor
        self.isPlain = isPlain
        self.audience = audience
    }
}
