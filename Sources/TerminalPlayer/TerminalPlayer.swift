/// The text-mode player (issue 6), built piece by piece. Written and tested so far: display
/// widths and wrapping (`DisplayWidth`, `TextWrapper`), reading typed answers and commands
/// (`AnswerInput`), the player's words in en, uk and ru (`PlayerWords`), every screen as
/// text (`TextScreens`), and the loop that plays a lesson and records each event before
/// its feedback (`PlayLoop`), which `oberih play` runs. Not written yet: a lesson menu,
/// prompts for the learner's code, facilitator mode, and tests on a pseudo-terminal.
public enum TerminalPlayer {}
