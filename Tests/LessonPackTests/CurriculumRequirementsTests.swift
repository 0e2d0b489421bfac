import Foundation
import Testing

@testable import LessonPack

/// What every pack in Curriculum/ must have (the curriculum issue), so that a later edit
/// cannot quietly break it. Validity under --strict is checked in CurriculumTests.
@Suite struct CurriculumRequirementsTests {
    static let packs: [Pack] = {
        let files = PackFiles.expand([CurriculumTests.curriculum.path]).files
        return PackValidator(today: MinimalPack.today).validate(filesAtPaths: files).compactMap(\.pack)
    }()

    static let requiredCountries: Set<String?> = ["UA", "KZ", "BY", "MD", nil]

    @Test func curriculumHasSixPacksCoveringAgesTenToEighteen() {
        let ids = Set(Self.packs.map(\.id))
        #expect(
            ids.isSuperset(of: [
                "being-kind-online", "who-is-really-there", "consent-to-share", "pressure-and-threats", "upstanders",
                "real-and-fake",
            ]), "\(ids.sorted())")
        for age in AgeRange.supported.minimum...AgeRange.supported.maximum {
            #expect(Self.packs.contains { $0.ageRange.minimum <= age && age <= $0.ageRange.maximum }, "no pack for age \(age)")
        }
        #expect(Self.packs.contains { $0.ageRange.minimum >= 16 && $0.ageRange.maximum == 18 }, "a pack written for 16-18")
    }

    /// SAFEGUARDING.md's age bands: under 13, harm is framed as unkindness, pressure, secrets
    /// and trusted adults, with no explicit sexual content.
    @Test func packsForUnderThirteensHaveNoExplicitSexualContent() {
        let explicit = ["nude", "naked", "sexual", "sextortion", "intimate"]
        for pack in Self.packs where pack.ageRange.minimum < 13 {
            var texts: [String] = []
            pack.forEachText { text, _, _ in texts += text.text(exactly: "en").map { [$0.lowercased()] } ?? [] }
            for word in explicit {
                #expect(!texts.contains { $0.contains(word) }, "\(pack.id) says \"\(word)\" to learners from \(pack.ageRange.minimum)")
            }
        }
    }

    /// Citations are for the sources screen (`i` at a step with `@sources`), not for what a
    /// learner reads; a facilitator's notes may keep theirs. A law a child needs as a fact
    /// ("in Ukraine (Criminal Code, article 301-1)") is the message, not a citation.
    @Test func learnersReadNoCitations() {
        let citations = ["(UKCIS", "UKCIS (", "(CO:RE", "Act 1978)"]
        for pack in Self.packs {
            pack.forEachText { text, _, name in
                let part = name()
                guard !part.contains("facilitator note") else { return }
                for translation in text.translations {
                    for citation in citations where translation.text.contains(citation) {
                        Issue.record("\(pack.id): \(part) (\(translation.language)) cites \"\(citation)\"")
                    }
                }
            }
        }
    }

    /// Help is one key away, and a text that says it is on every screen names the key.
    @Test func textsThatPromiseHelpOnEveryScreenNameTheKey() {
        let promises = ["every screen", "any screen", "кожному екрані", "каждом экране"]
        for pack in Self.packs {
            pack.forEachText { text, _, name in
                for translation in text.translations {
                    let folded = translation.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    guard promises.contains(where: folded.contains) else { continue }
                    #expect(folded.contains(" h") || folded.contains("(h)"), "\(pack.id): \(name()) (\(translation.language))")
                }
            }
        }
    }

    /// A learner alone (`oberih play`) reads no ground rule written for a group with a
    /// facilitator, and is told whom to talk to and where help is.
    @Test func aLearnerAloneReadsGroundRulesWrittenForThem() {
        let groupWords = ["each other", "the adult leading", "in the group", "одне одного", "друг друга", "веде", "ведёт", "в групі", "в группе"]
        for pack in Self.packs {
            let solo = pack.groundRules.filter { $0.audience.includes(group: false) }
            for rule in solo {
                for translation in rule.text.translations {
                    for word in groupWords where translation.text.contains(word) {
                        Issue.record("\(pack.id) (\(translation.language)): a rule for a group, shown alone: \"\(word)\"")
                    }
                }
            }
            let helpRule = solo.first { $0.audience == .solo && $0.text.text(exactly: "en")?.contains("press h") == true }
            #expect(helpRule != nil, "\(pack.id): no rule tells a learner alone where help is")
            #expect(pack.groundRules.contains { $0.audience == .group }, "\(pack.id): no rule for a group")
        }
    }

    /// Feedback that invites another look ("look again", "use the hint") is true only when
    /// a try is left: such a question in a lesson allows at least two.
    @Test func feedbackThatInvitesAnotherTryHasOne() {
        let invitations = ["again", "hint", "ще раз", "ещё раз", "знову", "снова", "підказ", "подсказ"]
        for pack in Self.packs {
            for lesson in pack.lessons where lesson.kind == .lesson {
                for step in lesson.steps {
                    guard case .question(let question) = step.content, question.maxAttempts < 2 else { continue }
                    for (kind, text) in question.feedback where kind != .correct {
                        for translation in text.translations {
                            let lowered = translation.text.lowercased()
                            for word in invitations where lowered.contains(word) {
                                Issue.record("\(pack.id) \(step.id) (\(translation.language)): \"\(word)\" with one try")
                            }
                        }
                    }
                }
            }
        }
    }

    @Test(arguments: packs.map(\.id))
    func packMeetsTheCurriculumCounts(_ id: String) throws {
        let pack = try #require(Self.packs.first { $0.id == id })
        #expect(Set(pack.languages).isSuperset(of: ["en", "uk", "ru"]))
        #expect(pack.contentNote != nil, "content note")
        #expect(!pack.groundRules.isEmpty, "ground rules")
        #expect(!pack.sources.isEmpty, "facts need sources")

        let lessons = pack.lessons.filter { $0.kind == .lesson }
        #expect(lessons.count >= 2, "at least two lessons")
        let teaching = lessons.flatMap(\.steps)
        let questions = teaching.compactMap { step -> Question? in
            if case .question(let question) = step.content { return question }
            return nil
        }
        #expect(questions.count >= 12, "\(questions.count) scored questions in the lessons")
        #expect(Set(questions.map(\.answer.kindName)).count >= 4, "question types")
        for lesson in lessons {
            for step in lesson.steps where step.isScored {
                #expect(!step.objectives.isEmpty || !lesson.objectives.isEmpty, "\(step.id) has no objective")
            }
        }

        let scenarios = teaching.compactMap { step -> Scenario? in
            if case .scenario(let scenario) = step.content { return scenario }
            return nil
        }
        #expect(scenarios.contains { $0.endings.count >= 3 }, "a scenario with three endings")
        #expect(teaching.contains { if case .vote = $0.content { return true } else { return false } })
        #expect(teaching.contains {
            if case .discussion(let discussion) = $0.content { return discussion.facilitatorNote != nil }
            return false
        })
        #expect(teaching.contains { if case .rolePlay = $0.content { return true } else { return false } })

        try expectParallelTests(in: pack)
        try expectSurveysBeforeAndAfter(in: pack)
        let countries = Set(pack.contacts.map(\.country))
        #expect(countries.isSuperset(of: Self.requiredCountries), "\(countries)")
    }

    /// A pre-test and a post-test, with different items (the validator checks they cover
    /// the same objectives).
    private func expectParallelTests(in pack: Pack) throws {
        let pre = try #require(pack.lessons.first { $0.kind == .preTest })
        let post = try #require(pack.lessons.first { $0.kind == .postTest })
        let prompts: (Lesson) -> Set<String> = { lesson in
            Set(lesson.steps.compactMap {
                if case .question(let question) = $0.content { return question.prompt.text(exactly: "en") }
                return nil
            })
        }
        #expect(prompts(pre).count >= 4)
        #expect(prompts(pre).isDisjoint(with: prompts(post)), "post-test items repeat pre-test items")
    }

    /// Likert items for awareness, attitudes, intentions and norms, before and after.
    private func expectSurveysBeforeAndAfter(in pack: Pack) throws {
        let kinds: (Lesson.SurveyTiming) -> Set<Construct.Kind> = { timing in
            let constructIds = pack.lessons.filter { $0.kind == .survey && $0.timing == timing }
                .flatMap(\.steps).compactMap { step -> String? in
                    if case .likert(let item) = step.content { return item.construct.id }
                    return nil
                }
            return Set(constructIds.compactMap { id in pack.constructs.first { $0.id == id }?.kind })
        }
        let needed: Set<Construct.Kind> = [.awareness, .attitudes, .intentions, .norms]
        #expect(kinds(.before).isSuperset(of: needed), "survey before: \(kinds(.before))")
        #expect(kinds(.after).isSuperset(of: needed), "survey after: \(kinds(.after))")
    }
}

extension Step {
    /// Whether answering the step earns points: a question or a scenario.
    var isScored: Bool {
        switch content {
        case .question, .scenario: return true
        default: return false
        }
    }
}

extension CurriculumRequirementsTests {
    /// Curriculum/README.md is where educators choose a pack: every pack is listed.
    @Test func curriculumReadmeListsEveryPack() throws {
        let readme = try String(
            contentsOf: CurriculumTests.curriculum.appendingPathComponent("README.md"), encoding: .utf8)
        let files = PackFiles.expand([CurriculumTests.curriculum.path]).files
        for file in files {
            let name = (file as NSString).lastPathComponent
            #expect(readme.contains("[\(name)](\(name))"), "Curriculum/README.md does not list \(name)")
        }
    }
}
