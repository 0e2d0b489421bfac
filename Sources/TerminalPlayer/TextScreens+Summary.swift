import LessonEngine
import LessonPack

extension TextScreens {
    /// The end of a lesson: its title, the score and whether it passed (or that nothing
    /// was scored, or for a test without feedback that the answers are saved), mastery per
    /// objective (not for a test without feedback), time spent, the next lesson of the pack (or,
    /// when it stays locked until this one is passed, that trying again opens it), and a
    /// reminder that help is one key away. When every question was skipped, a kind line
    /// says so instead of a score.
    ///
    /// `passedBefore`: the lessons of the pack the learner had passed before this one, so
    /// that "Next:" names a lesson only when it is open now; `learnerAge`, so that it
    /// names the next lesson for the learner's age (lessons for other ages are passed over).
    public func summary(
        _ result: LessonResult, lesson: Lesson, pack: Pack, passedBefore: Set<String> = [], learnerAge: Int? = nil,
        style: ScreenStyle
    ) -> String {
        if style.audience == .facilitator { return groupSummary(result, lesson: lesson, pack: pack, style: style) }
        let words = ScreenWords(style: style, pack: pack)
        var screen = ScreenText(style: style)
        screen.wrap(words.text(lesson.title), .bold)
        screen.gap()
        let showsScore = lesson.feedback == .shown
        let skippedEverything = Self.skippedEverything(result)
        if skippedEverything {
            // No 0% and no bars: skipping is allowed, and nothing was got wrong.
            screen.wrap(words.word(.everythingSkipped))
        } else if !showsScore {
            // A pre-test's score would be a verdict on what the lessons have not taught yet.
            screen.wrap(words.word(.answersSavedBeforeLessons))
        } else if let scaled = result.scaled, let passed = result.passed {
            screen.wrap(
                words.word(
                    .score, words.points(result.rawPoints, of: result.maximumPoints),
                    words.points(result.maximumPoints, of: result.maximumPoints), words.percent(scaled)))
            screen.wrap(words.word(passed ? .passed : .notPassedYet))
        } else {
            screen.wrap(words.word(.nothingScored))
        }
        if showsScore && !skippedEverything && !result.objectives.isEmpty {
            Self.addObjectives(of: result, pack: pack, words: words, to: &screen)
        }
        Self.addTimeSpent(result, words: words, to: &screen)
        // A facilitator is asked about the next lesson of the group's own run instead.
        if style.audience == .learner {
            if let next = Self.lesson(after: lesson, in: pack, forAge: learnerAge) {
                screen.wrap(Self.nextLine(next, after: lesson, result, pack: pack, passedBefore: passedBefore, words: words))
            } else {
                screen.wrap(words.word(.lastLesson))
            }
        }
        screen.gap()
        screen.add(TextScreens.item(marker: "", text: words.word(.summaryHelp), width: style.width), .dim)
        return screen.text()
    }

    /// "Skills in this lesson:" and each objective's mastery.
    static func addObjectives(of result: LessonResult, pack: Pack, words: ScreenWords, to screen: inout ScreenText) {
        screen.gap()
        screen.wrap(words.word(.objectives))
        for mastery in result.objectives {
            screen.add(objective(mastery, pack: pack, words: words, style: screen.style))
        }
    }

    /// "Time: 12 min", or under a minute.
    static func addTimeSpent(_ result: LessonResult, words: ScreenWords, to screen: inout ScreenText) {
        screen.gap()
        if result.timeSpent < 60 {
            screen.wrap(words.word(.timeUnderAMinute))
        } else {
            screen.wrap(words.word(.timeSpent, String(Int((result.timeSpent / 60).rounded()))))
        }
    }

    /// An objective and its mastery. Where there is room, the bar and percentage come
    /// first so that the bars line up (`▓▓▓▓▓░░░░░  50%  objective`); on a narrow screen
    /// the objective comes first and the bar goes under it; in plain mode
    /// "objective: 50%".
    static func objective(
        _ mastery: LessonResult.ObjectiveMastery, pack: Pack, words: ScreenWords, style: ScreenStyle
    ) -> [String] {
        let text =
            pack.objectives.first { $0.id == mastery.objectiveId }.map { words.text($0.text) }
            ?? mastery.objectiveId
        let percent = words.percent(mastery.mastery) + "%"
        if style.isPlain {
            // "Spot unkind jokes.: 43%" would read oddly: a closing full stop goes.
            let label = text.hasSuffix(".") ? String(text.dropLast()) : text
            return item(marker: "", text: label + ": " + percent, width: style.width, hang: "  ")
        }
        let paddedPercent = String(repeating: " ", count: max(0, 4 - percent.count)) + percent
        let measure = bar(mastery.mastery, width: style.width) + " " + paddedPercent
        let marker = measure + "  "
        if style.width - DisplayWidth.columns(of: marker) >= minimumObjectiveColumn {
            return item(marker: marker, text: text, width: style.width)
        }
        let lines = item(marker: "• ", text: text, width: style.width)
        let indent = "  "
        let fits = DisplayWidth.columns(of: indent + measure) <= style.width
        return lines + [fits ? indent + measure : TextWrapper.truncate(measure, to: style.width)]
    }

    /// The narrowest column for objectives beside their bars.
    static let minimumObjectiveColumn = 40

    /// Whether every step that takes an answer was skipped (and there was one).
    static func skippedEverything(_ result: LessonResult) -> Bool {
        let answerable = result.steps.filter { ![.text, .discussion, .rolePlay].contains($0.kind) }
        return !answerable.isEmpty && answerable.allSatisfy { $0.status == .skipped }
    }

    /// "Next: …" when the next lesson is open now; else what opens it: this lesson passed
    /// ("try this lesson again…"), or the other lessons it needs, by title.
    static func nextLine(
        _ next: Lesson, after lesson: Lesson, _ result: LessonResult, pack: Pack, passedBefore: Set<String>,
        words: ScreenWords
    ) -> String {
        var passed = passedBefore
        if result.passed == true || result.maximumPoints == 0 { passed.insert(lesson.id) }
        let missing = Eligibility.missingPrerequisites(of: next, passed: passed)
        if missing.isEmpty { return words.word(.nextLesson, words.text(next.title)) }
        if missing.contains(lesson.id) { return words.word(.tryAgainToOpen, words.text(next.title)) }
        let lessons = Dictionary(pack.lessons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let titles = missing.compactMap { lessons[$0] }.map { words.text($0.title) }
        return words.word(.lessonLocked, words.text(next.title), titles.joined(separator: ", "))
    }

    /// The first lesson after `lesson` in the pack's order open to a learner of `age`
    /// (any, when the age is not known), if any.
    static func lesson(after lesson: Lesson, in pack: Pack, forAge age: Int? = nil) -> Lesson? {
        guard let index = pack.lessons.firstIndex(where: { $0.id == lesson.id }) else { return nil }
        return pack.lessons[(index + 1)...].first { next in age.map { next.ageRange(in: pack).contains(age: $0) } ?? true }
    }
}
