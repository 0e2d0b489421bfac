import LessonEngine
import LessonPack

/// The screens of facilitator mode (`ScreenStyle.Audience.facilitator`): step headings,
/// facilitator notes, the tally chart, the disclosure card and the group's summary.
extension TextScreens {
    /// A vote's tally as bars drawn with text, one option a line, in showing order and
    /// lettered as they were shown; the longest bar is the most votes. Percentages are
    /// whole and add up to 100 (largest remainder). Plain mode says the numbers in words
    /// instead of drawing.
    public func tally(_ counts: [String: Int], presented: PresentedStep, pack: Pack, style: ScreenStyle) -> String {
        guard case .vote(let vote) = presented.step.content else { return "" }
        let words = ScreenWords(style: style, pack: pack)
        let total = presented.order.reduce(0) { $0 + max(counts[$1] ?? 0, 0) }
        let most = presented.order.map { counts[$0] ?? 0 }.max() ?? 0
        var screen = ScreenText(style: style)
        screen.wrap(FacilitatorWords.text(.voteResult, language: words.playerLanguage, values: [String(total)]), .bold)
        screen.gap()
        let figureWidth = " 100 · 100%".count + String(total).count
        let barRoom = max(1, min(40, style.width - 3 - figureWidth))
        let percents = Self.wholePercents(presented.order.map { max(counts[$0] ?? 0, 0) })
        for (position, id) in presented.order.enumerated() {
            let label = vote.options.first { $0.id == id }.map { words.text($0.label) } ?? id
            let count = max(counts[id] ?? 0, 0)
            let figures = "\(count) · \(percents[position])%"
            let marker = "\(Self.letter(position)). "
            if style.isPlain {
                screen.add(Self.item(marker: marker, text: label + ": " + figures, width: style.width))
                continue
            }
            screen.add(Self.item(marker: marker, text: label, width: style.width))
            let cells = most > 0 ? Int((Double(count) / Double(most) * Double(barRoom)).rounded()) : 0
            let bar = String(repeating: "█", count: cells)
            screen.add(TextWrapper.wrap(bar + (bar.isEmpty ? "" : " ") + figures, width: style.width, indent: "   "))
        }
        return screen.text()
    }

    /// What to do when a child discloses harm (SAFEGUARDING.md, UKCIS 2024, NSPCC), step by
    /// step; then the numbers to call: the pack's contacts for the group's country and the
    /// international ones, grouped as on the help screen; the sources, and the way back
    /// (none on the facilitator's own screen, where nothing is typed).
    public func disclosureCard(pack: Pack, country: String?, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        let language = words.playerLanguage
        var screen = ScreenText(style: style)
        screen.wrap(FacilitatorWords.text(.disclosureHeading, language: language), .bold)
        screen.gap()
        for (position, key) in FacilitatorWords.disclosureSteps.enumerated() {
            let text = FacilitatorWords.text(key, language: language)
            screen.add(Self.item(marker: "\(position + 1). ", text: text, width: style.width))
        }
        Self.addContactGroups(
            pack: pack, country: country, heading: FacilitatorWords.text(.disclosureNumbers, language: language),
            words: words, style: style, forAnAdult: true, to: &screen)
        screen.gap()
        screen.wrap(FacilitatorWords.text(.disclosureSources, language: language), .dim)
        // On the facilitator's own screen nothing is typed: the class's screen goes on.
        guard !style.hasNotesScreen else { return screen.text() }
        screen.gap()
        screen.add(Self.joinFitting(
            FacilitatorWords.text(.disclosureBack, language: language).components(separatedBy: " · "),
            width: style.width), .dim)
        return screen.text()
    }

    /// Whole percentages of `counts` that add up to 100 (all 0 when nothing is counted):
    /// each share rounded down, then the points left over go to the largest remainders,
    /// the earlier option first on a tie.
    static func wholePercents(_ counts: [Int]) -> [Int] {
        let total = counts.reduce(0, +)
        guard total > 0 else { return counts.map { _ in 0 } }
        var percents = counts.map { $0 * 100 / total }
        let remainders = counts.map { $0 * 100 % total }
        let leftOver = 100 - percents.reduce(0, +)
        let byRemainder = remainders.indices.sorted { remainders[$0] > remainders[$1] || (remainders[$0] == remainders[$1] && $0 < $1) }
        for index in byRemainder.prefix(leftOver) { percents[index] += 1 }
        return percents
    }

    /// The notes of a step, for the facilitator's eyes: which step, then the note.
    public func facilitatorNotes(_ presented: PresentedStep, lesson: Lesson, pack: Pack, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        guard let note = Self.facilitatorNote(of: presented.step).map(words.text),
            !TextWrapper.paragraphs(of: note).isEmpty
        else { return "" }
        var screen = ScreenText(style: style)
        screen.add(Self.progress(presented, lesson: lesson, words: words, style: style), .bold)
        screen.gap()
        screen.wrap(FacilitatorWords.text(.forFacilitator, language: words.playerLanguage), .bold)
        screen.gap()
        screen.wrap(note)
        return screen.text()
    }

    /// The end of a lesson for a group, addressed to the group: the group's score (or that
    /// nothing was scored), the skills of the lesson, the time, and where help is. No
    /// verdict: a group's answers are one answer of many voices.
    public func groupSummary(_ result: LessonResult, lesson: Lesson, pack: Pack, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        let language = words.playerLanguage
        var screen = ScreenText(style: style)
        screen.wrap(words.text(lesson.title), .bold)
        screen.gap()
        if let scaled = result.scaled, result.maximumPoints > 0 {
            screen.wrap(FacilitatorWords.text(
                .groupScore, language: language,
                values: [
                    words.points(result.rawPoints, of: result.maximumPoints),
                    words.points(result.maximumPoints, of: result.maximumPoints), words.percent(scaled),
                ]))
        } else {
            screen.wrap(FacilitatorWords.text(.groupNothingScored, language: language))
        }
        if result.scaled != nil && !result.objectives.isEmpty {
            Self.addObjectives(of: result, pack: pack, words: words, to: &screen)
        }
        Self.addTimeSpent(result, words: words, to: &screen)
        screen.gap()
        screen.add(TextScreens.item(marker: "", text: FacilitatorWords.text(.groupSummaryHelp, language: language), width: style.width), .dim)
        return screen.text()
    }

    /// The heading of a step for a group: what kind of activity it is.
    static func facilitatorHeading(of step: Step) -> FacilitatorWords.Key? {
        switch step.content {
        case .question: return .headingQuestion
        case .scenario: return .headingScenario
        case .vote: return .headingVote
        case .discussion: return .headingDiscussion
        case .rolePlay: return .headingRolePlay
        case .likert: return .headingSurvey
        case .text: return nil
        }
    }

    /// The note for the facilitator of a vote, discussion or role play.
    static func facilitatorNote(of step: Step) -> LocalizedText? {
        switch step.content {
        case .vote(let vote): return vote.facilitatorNote
        case .discussion(let discussion): return discussion.facilitatorNote
        case .rolePlay(let rolePlay): return rolePlay.facilitatorNote
        default: return nil
        }
    }

    /// An example tally for `count` options: `a=12 b=5 c=3`.
    static func tallyExample(optionCount count: Int) -> String {
        let examples = [12, 5, 3, 2, 1]
        return (0..<max(1, min(count, examples.count))).map { "\(letter($0))=\(examples[$0])" }.joined(separator: " ")
    }
}
