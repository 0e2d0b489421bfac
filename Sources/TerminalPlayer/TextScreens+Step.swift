import Foundation
import LessonEngine
import LessonPack

extension TextScreens {
    /// The step: progress, its text, what to choose from, how to answer, the commands.
    ///
    /// Numbers and letters are those `AnswerInput` reads: options, items, vote options and
    /// scenario choices 1…n in showing order; matching left sides a, b, c… in the file's
    /// order and right sides 1…n in showing order.
    ///
    /// For a facilitator: a heading names the kind of step, vote options are lettered
    /// a, b, c… for the tally, and the commands include `d` (the disclosure card) and, at a
    /// step with notes, `n` (the notes, shown aside: the class reads this screen).
    /// Learners never see facilitator notes.
    public func step(_ presented: PresentedStep, lesson: Lesson, pack: Pack, style: ScreenStyle) -> String {
        let words = ScreenWords(style: style, pack: pack)
        let forFacilitator = style.audience == .facilitator
        var screen = ScreenText(style: style)
        screen.add(Self.progress(presented, lesson: lesson, words: words, style: style), .bold)
        screen.gap()
        if forFacilitator, let heading = Self.facilitatorHeading(of: presented.step) {
            screen.wrap(FacilitatorWords.text(heading, language: words.playerLanguage), .bold)
            screen.gap()
        }
        Self.content(of: presented, pack: pack, words: words, into: &screen)
        screen.gap()
        // What to type, in the screen's language, with examples that fit the step.
        var local = presented
        local.language = words.playerLanguage
        if let instruction = Self.instruction(for: local, words: words, style: style) {
            screen.wrap(instruction)
        }
        var commands = Self.commands(for: local)
        if forFacilitator {
            var extra = [FacilitatorWords.text(.commandDisclosure, language: words.playerLanguage)]
            if !style.hasNotesScreen, Self.facilitatorNote(of: presented.step) != nil {
                extra.insert(FacilitatorWords.text(.commandNotes, language: words.playerLanguage), at: 0)
            }
            commands.insert(contentsOf: extra, at: max(commands.count - 1, 0))
        }
        screen.add(Self.joinFitting(commands, width: style.width), .dim)
        return screen.text()
    }

    /// "Lesson · step 3 of 12", and a bar of progress unless plain.
    static func progress(_ presented: PresentedStep, lesson: Lesson, words: ScreenWords, style: ScreenStyle)
        -> [String]
    {
        let title = words.text(lesson.title)
        let counter = words.word(.stepOfCount, String(presented.index + 1), String(presented.count))
        let hasTitle = !TextWrapper.paragraphs(of: title).isEmpty
        // "step 3 of 12" is not broken, and "·" ends a line rather than starts one.
        let unbroken = String(counter.map { $0 == " " ? "\u{A0}" : $0 })
        let lines = TextWrapper.wrap(hasTitle ? title + "\u{A0}· " + unbroken : unbroken, width: style.width)
            .map(plainSpaces)
        guard !style.isPlain, presented.count > 0 else { return lines }
        // At least one cell from the first step on: the learner has started.
        let share = max(Double(presented.index + 1) / Double(presented.count), 1 / Double(barCells))
        return appending(bar(share, width: style.width), to: lines, width: style.width)
    }

    /// The step's own text and what it offers to choose from.
    static func content(of presented: PresentedStep, pack: Pack, words: ScreenWords, into screen: inout ScreenText) {
        let width = screen.style.width
        switch presented.step.content {
        case .text(let information):
            screen.wrap(words.text(information.body))
            let contacts = information.contacts.compactMap { reference in
                pack.contacts.first { $0.id == reference.id }
            }
            if !contacts.isEmpty {
                screen.gap()
                for contact in contacts {
                    screen.add(Self.contact(contact, words: words, style: screen.style, showsCountry: true))
                }
            }
        case .question(let question):
            screen.wrap(words.text(question.prompt))
            screen.gap()
            screen.add(answerLines(of: question, presented: presented, words: words, width: width))
        case .likert(let item):
            screen.wrap(words.text(item.statement))
            screen.gap()
            if !screen.style.isPlain {
                screen.add(Self.joinFitting((1...max(item.scale, 1)).map(String.init), separator: "   ", width: width))
            }
            if let low = item.lowLabel {
                screen.add(Self.item(marker: "1 = ", text: words.text(low), width: width))
            }
            if let high = item.highLabel {
                screen.add(Self.item(marker: "\(item.scale) = ", text: words.text(high), width: width))
            }
        case .scenario(let scenario):
            guard let node = presented.scenarioNode else {
                if let title = scenario.title { screen.wrap(words.text(title), .bold) }
                return
            }
            if let title = scenario.title, node.id == scenario.start.id {
                screen.wrap(words.text(title), .bold)
                screen.gap()
            }
            // For a group in front of one screen: the story stands out.
            screen.wrap(words.text(node.text), screen.style.audience == .facilitator ? .bold : .normal)
            screen.gap()
            for (position, index) in presented.scenarioChoiceOrder.enumerated()
            where node.choices.indices.contains(index) {
                screen.add(
                    Self.item(marker: "\(position + 1). ", text: words.text(node.choices[index].label), width: width))
            }
        case .vote(let vote):
            screen.wrap(words.text(vote.prompt))
            screen.gap()
            let lettered = screen.style.audience == .facilitator
            for (position, id) in presented.order.enumerated() {
                let label = vote.options.first { $0.id == id }.map { words.text($0.label) } ?? id
                let marker = lettered ? "\(letter(position)). " : "\(position + 1). "
                screen.add(Self.item(marker: marker, text: label, width: width))
            }
        case .discussion(let discussion):
            screen.wrap(words.text(discussion.prompt))
        case .rolePlay(let rolePlay):
            screen.wrap(words.text(rolePlay.setup))
            guard !rolePlay.roles.isEmpty else { return }
            screen.gap()
            screen.wrap(words.word(.roles))
            for role in rolePlay.roles {
                let text = Self.dashed([words.text(role.name), words.text(role.brief)])
                let marker = screen.style.isPlain ? "" : "• "
                screen.add(Self.item(marker: marker, text: text, width: width, hang: "  ").map(Self.plainSpaces))
            }
        }
    }

    /// A question's options, items or pairs, numbered and lettered as `AnswerInput` reads them.
    static func answerLines(of question: Question, presented: PresentedStep, words: ScreenWords, width: Int) -> [String]
    {
        func numbered(_ labels: [String]) -> [String] {
            labels.enumerated().flatMap { position, label in
                Self.item(marker: "\(position + 1). ", text: label, width: width)
            }
        }
        switch question.answer {
        case .singleChoice(let options), .multipleChoice(let options):
            return numbered(
                presented.order.map { id in options.first { $0.id == id }.map { words.text($0.label) } ?? id })
        case .ordering(let items):
            return numbered(presented.order.map { id in items.first { $0.id == id }.map { words.text($0.text) } ?? id })
        case .matching(let pairs):
            let left = pairs.enumerated().flatMap { position, pair in
                Self.item(marker: "\(letter(position)). ", text: words.text(pair.left), width: width)
            }
            let right = numbered(
                presented.order.map { id in pairs.first { $0.id == id }.map { words.text($0.right) } ?? id })
            return left + [""] + right
        case .trueFalse, .shortAnswer:
            return []
        }
    }

    /// `a` for 0 … `z` for 25, as `AnswerInput` reads matching left sides.
    static func letter(_ position: Int) -> String {
        guard (0..<26).contains(position), let scalar = Unicode.Scalar(97 + position) else { return "?" }
        return String(Character(scalar))
    }

    /// One line on how to answer, where the screen does not already make it plain: "Press
    /// Enter to go on" on a text, discussion, role play or a question already answered.
    static func instruction(for presented: PresentedStep, words: ScreenWords, style: ScreenStyle) -> String? {
        if style.audience == .facilitator, case .vote = presented.step.content {
            let example = tallyExample(optionCount: presented.order.count)
            return FacilitatorWords.text(.typeTally, language: words.playerLanguage, values: [example])
        }
        let example = AnswerInput.example(for: presented)
        if example == .pressEnter { return words.word(.pressEnter) }
        switch presented.step.content {
        case .question(let question):
            switch question.answer {
            case .singleChoice: return nil
            case .multipleChoice: return words.word(.chooseAllThatApply)
            case .trueFalse: return words.word(.trueOrFalseKeys)
            case .ordering, .matching, .shortAnswer: return AnswerInput.message(example, for: presented)
            }
        case .likert:
            // The scale row says it without words; plain mode has no row.
            return style.isPlain ? AnswerInput.message(example, for: presented) : nil
        default:
            return nil
        }
    }

    /// The commands that work here (`AnswerInput.commandLine(for:)`), one per part.
    static func commands(for presented: PresentedStep) -> [String] {
        AnswerInput.commandLine(for: presented).components(separatedBy: " · ")
    }
}
