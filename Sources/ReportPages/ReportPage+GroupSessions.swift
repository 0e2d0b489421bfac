import CohortReports
import Foundation
import LessonPack

extension ReportPage {
    /// The lessons led with the whole cohort: per session, its votes as bar charts (a tally
    /// of fewer than `smallestSafeGroup` votes is not shown) and a table of every step.
    func groupSessionsSection() -> [Markup] {
        let group = groupWords
        guard !report.groupSessions.isEmpty else { return [.el("p", text: group.none)] }
        var content: [Markup] = [.el("p", [("class", "how")], [.el("strong", text: words.howToRead + ": "), .text(group.sectionHow)])]
        var chartNumber = 0
        for session in report.groupSessions {
            content.append(.el("h3", [], [foreign(shown(session.lesson.title)), .text(" (\(session.lesson.id))")]))
            content.append(
                facts([
                    (group.started, .text(Self.isoMinute(session.startedAt))),
                    (group.finished, .text(session.finishedAt.map(Self.isoMinute) ?? group.notFinished)),
                ]))
            for line in session.steps where !line.votes.isEmpty && line.votesCast >= CohortReport.smallestSafeGroup {
                chartNumber += 1
                content.append(votesChart(line, number: chartNumber))
            }
            content.append(
                Chart.table(
                    header: [group.stepColumn, words.questionColumn, group.whatColumn],
                    rows: session.steps.map { line in
                        [.el("code", text: line.step.id), prompt(of: line.step).map { foreign($0, "div") } ?? .text("–"), done(line)]
                    }, wide: [1, 2]))
        }
        return content
    }

    var groupWords: GroupSessionWords {
        // Every language of the page has its group words (a test checks it).
        GroupSessionWords.of(language) ?? .english
    }

    /// What the group did at a step, in words.
    private func done(_ line: GroupSession.StepLine) -> Markup {
        let group = groupWords
        switch line.status {
        case .skipped: return .text(group.skipped)
        case .open: return .text(group.notReached)
        case .done: break
        }
        switch line.step.content {
        case .vote:
            if line.votes.isEmpty { return .text(group.noVotes) }
            if line.votesCast < CohortReport.smallestSafeGroup {
                return .text(group.tooFewVotes(line.votesCast, CohortReport.smallestSafeGroup))
            }
            return .text(group.votesCast(line.votesCast))
        case .question:
            let answer = line.answerText(language: language, fallback: report.pack.defaultLanguage) {
                $0 ? words.trueWord : words.falseWord
            }
            let verdict = line.verdict.flatMap { group.verdicts[$0.rawValue] }.map { " (\($0))" } ?? ""
            return .fragment([.text(group.answered + ": "), foreign(answer ?? "–"), .text(verdict)])
        case .scenario:
            guard let ending = line.ending else { return .text(group.noEnding) }
            return .fragment([.text(group.endingReached + ": "), foreign(shown(ending.text))])
        default:
            return .text(group.held)
        }
    }

    /// A vote's options as bars of their counts, the most-voted longest.
    private func votesChart(_ line: GroupSession.StepLine, number: Int) -> Markup {
        let group = groupWords
        let (width, rowHeight, barHeight, left, right) = (480.0, 40.0, 14.0, 4.0, 380.0)
        let most = Double(max(line.votes.map(\.count).max() ?? 0, 1))
        var drawing: [Markup] = []
        for (index, vote) in line.votes.enumerated() {
            let y = 4 + Double(index) * rowHeight
            drawing.append(Chart.text(left, y + 13, Chart.foreign(shown(vote.label), length: 40)))
            drawing.append(Chart.rect(left, y + 18, right - left, barHeight, [("class", "track")]))
            drawing.append(Chart.rect(left, y + 18, (right - left) * Double(vote.count) / most, barHeight, [("class", "bar")]))
            drawing.append(Chart.text(right + 6, y + 30, "\(vote.count)"))
        }
        let table = Chart.table(
            header: [group.optionColumn, group.votesColumn, group.shareColumn],
            rows: line.votes.map { vote in
                [
                    foreign(shown(vote.label)), .text("\(vote.count)"),
                    .text(ReportNumber.percent(Double(vote.count) / Double(line.votesCast))),
                ]
            }, numeric: [1, 2], wide: [0])
        var heading: [Markup] = []
        if let prompt = prompt(of: line.step) { heading.append(foreign(prompt, "p")) }
        return .el(
            "div", [("class", "option-item")],
            heading + [
                Chart.figure(
                    id: "votes-\(number)", title: group.votesTitle(line.step.id),
                    description: group.votesDescription(line.votesCast),
                    size: (width, 8 + Double(line.votes.count) * rowHeight), drawing: drawing, table: table,
                    howToRead: group.votesHow, words: words)
            ])
    }

    /// What a step asks or sets out, in the page's language.
    func prompt(of step: Step) -> String? {
        switch step.content {
        case .question(let question): shown(question.prompt)
        case .vote(let vote): shown(vote.prompt)
        case .discussion(let discussion): shown(discussion.prompt)
        case .rolePlay(let rolePlay): shown(rolePlay.setup)
        case .scenario(let scenario): scenario.title.map(shown)
        case .likert(let item): shown(item.statement)
        case .text: nil
        }
    }

    static func isoMinute(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}
