/// The text-mode player (issue 6), built piece by piece. Written and tested so far: display
/// widths and wrapping (`DisplayWidth`, `TextWrapper`), reading typed answers and commands
/// (`AnswerInput`) and the player's own words in en, uk and ru (`PlayerWords`). Not written
/// yet: the terminal itself, the screens, facilitator mode and `oberih play`.
public enum TerminalPlayer {}
