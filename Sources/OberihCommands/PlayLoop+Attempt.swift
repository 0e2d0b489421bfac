import Foundation
import Sessions
import TerminalPlayer

extension PlayLoop {
    /// Plays an opened attempt on, as `play` and `facilitate` both do: says so when it goes
    /// on from where it stopped; at the lesson's end, stores the result, then shows the
    /// summary. Every event is recorded by the loop as it happens.
    func play(_ opened: OpenAttempt, attempts: LessonAttempts, io: any LineIO, display: DisplayOptions) throws -> End {
        // A lesson goes on in the language it was started in, its screens too (its short
        // answers are scored in it); --lang is for lessons started from now on.
        var loop = self
        if opened.isResumed {
            display.say(PlayerWords.text(.goingOn, language: style.language))
            let started = opened.session.state.start.language
            if PlayerWords.baseLanguage(started) != PlayerWords.baseLanguage(style.language) {
                let names = [started, style.language].map { PlayerWords.languageName($0, in: style.language) }
                display.say(PlayerWords.text(.goingOnInStartedLanguage, language: style.language, values: names))
                loop.style.language = started
            }
        }
        var playing = opened.session
        let end = try loop.run(&playing, io: io, recorder: opened.log, votes: opened.log)
        if case .finished(let result) = end {
            try attempts.finish(opened, result: result, at: clock())
            io.write(
                renderer.summary(
                    result, lesson: playing.lesson, pack: playing.pack, passedBefore: passedLessons,
                    learnerAge: playing.state.start.learner.age, style: loop.style))
        }
        return end
    }
}
