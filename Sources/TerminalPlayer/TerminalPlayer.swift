/// The text-mode player (docs/player.md): display widths and wrapping
/// (`DisplayWidth`, `TextWrapper`), reading typed answers, tallies and commands
/// (`AnswerInput`, `FacilitatorInput`), the player's words in en, uk and ru
/// (`PlayerWords`, `FacilitatorWords`), every screen as text (`TextScreens`), the
/// questions before a lesson (`Menu`), and the loop that plays a lesson for a learner or
/// a group and records each event before its feedback (`PlayLoop`).
public enum TerminalPlayer {}
