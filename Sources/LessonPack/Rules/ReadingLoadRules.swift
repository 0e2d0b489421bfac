/// A lesson's declared minutes are what a teacher plans a period around: they stay near
/// what its text and activities take, and no lesson outgrows one school period.
extension PackChecker {
    mutating func checkReadingLoad() {
        for lesson in pack.lessons {
            let estimate = ReadingLoad.estimatedMinutes(of: lesson, in: pack)
            let shown = Int(estimate.rounded())
            if let declared = lesson.estimatedMinutes {
                let declaredMinutes = Double(declared)
                let far = declaredMinutes < estimate / ReadingLoad.tolerance || declaredMinutes > estimate * ReadingLoad.tolerance
                if far, abs(declaredMinutes - estimate) >= ReadingLoad.minimumGapMinutes {
                    report(
                        .readingLoad, at: lesson.attributePositions["minutes"] ?? lesson.position,
                        "\(lesson.label) declares \(declared) minutes but its text and activities take about \(shown) for learners aged \(lesson.ageRange(in: pack).minimum)",
                        fix: declaredMinutes < estimate
                            ? "set minutes=\"\(shown)\", or shorten the text" : "set minutes=\"\(max(shown, 1))\", or say in a facilitator note what fills the time")
                }
            }
            let longest = max(Double(lesson.estimatedMinutes ?? 0), estimate)
            if longest > ReadingLoad.schoolLessonMinutes {
                report(
                    .lessonTooLong, at: lesson.position,
                    "\(lesson.label) takes about \(Int(longest.rounded())) minutes, longer than a \(Int(ReadingLoad.schoolLessonMinutes))-minute school lesson",
                    fix: "split it into lessons a class can finish in one period each")
            }
        }
    }
}

/// How long a lesson takes: its words at a reading speed for the youngest learners it is
/// for, plus a fixed time per step for answering and activities.
enum ReadingLoad {
    /// Declared minutes within this factor of the estimate pass…
    static let tolerance = 2.0
    /// …and so does any gap under this many minutes.
    static let minimumGapMinutes = 5.0
    static let schoolLessonMinutes = 45.0

    /// Silent reading, words per minute, by the youngest age (Brysbaert 2019 gives 238 for
    /// adults reading non-fiction; children read markedly slower).
    static func wordsPerMinute(age: Int) -> Double {
        switch age {
        case ..<12: return 120
        case ..<15: return 150
        default: return 200
        }
    }

    static func estimatedMinutes(of lesson: Lesson, in pack: Pack) -> Double {
        let language = pack.defaultLanguage
        var words = 0
        var seconds = 0.0
        func read(_ text: LocalizedText?) { words += text?.wordCount(in: language) ?? 0 }
        for step in lesson.steps {
            switch step.content {
            case .text(let text):
                read(text.body)
                seconds += 15
            case .question(let question):
                read(question.prompt)
                question.answer.forEachText { text, isFeedback, _ in if !isFeedback { read(text) } }
                seconds += 45
            case .likert(let item):
                read(item.statement)
                seconds += 15
            case .scenario(let scenario):
                for node in scenario.nodes {
                    read(node.text)
                    node.choices.forEach { read($0.label) }
                }
                scenario.endings.forEach { read($0.text) }
                seconds += 30 * Double(scenario.nodes.count)
            case .vote(let vote):
                read(vote.prompt)
                vote.options.forEach { read($0.label) }
                seconds += 90
            case .discussion(let discussion):
                read(discussion.prompt)
                seconds += 300
            case .rolePlay(let rolePlay):
                read(rolePlay.setup)
                rolePlay.roles.forEach { read($0.brief) }
                seconds += Double(rolePlay.estimatedMinutes ?? 10) * 60
            }
        }
        return Double(words) / wordsPerMinute(age: lesson.ageRange(in: pack).minimum) + seconds / 60
    }
}
