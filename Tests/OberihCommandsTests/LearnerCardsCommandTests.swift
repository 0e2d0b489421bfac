import Foundation
import ProgressStore
import TestSupport
import Testing

@testable import OberihCommands

/// `oberih learner cards`, run in process on a store in a temporary folder.
@Suite struct LearnerCardsCommandTests {
    static let curriculum = ["--curriculum", OberihCommandsTestFolders.curriculum]

    @Test func writesACardForEveryLearnerOfTheCohortAndNothingThatNamesThem() throws {
        try TemporaryFolder.with { folder in
            let store = folder.appendingPathComponent("progress.sqlite")
            let output = folder.appendingPathComponent("cards.html")
            try StoreCommandTests.run(["cohort", "create", "7B"], store: store)
            try StoreCommandTests.run(
                ["learner", "add", "--cohort", "7B", "--age", "13", "--count", "3", "--country", "UA", "--language", "uk"],
                store: store)
            try StoreCommandTests.run(["learner", "add", "--cohort", "7B", "--age", "17", "--count", "2"], store: store)
            try StoreCommandTests.run(["cohort", "create", "7C"], store: store)
            try StoreCommandTests.run(["learner", "add", "--cohort", "7C", "--age", "13"], store: store)
            try StoreCommandTests.run(
                ["learner", "cards", "--cohort", "7B", "--output", output.path] + Self.curriculum, store: store)

            let page = try String(contentsOf: output, encoding: .utf8)
            let opened = try ProgressStore(path: store.path, access: .readOnly)
            let learners = try opened.learners(inCohort: "7B")
            #expect(learners.count == 5)
            for learner in learners { #expect(page.contains(">\(learner.code)</p>")) }
            let other = try #require(try opened.learners(inCohort: "7C").first)
            #expect(!page.contains(other.code))
            #expect(page.components(separatedBy: "<article class=\"card\"").count - 1 == 5)
            // No pack played: the first of the curriculum; the Ukrainian learners get Ukraine's line.
            #expect(page.contains("<span class=\"word\">--code</span>"))
            // Three cards, and the page (most cards are Ukrainian).
            #expect(page.components(separatedBy: "lang=\"uk\"").count - 1 == 4)
            #expect(page.contains("<strong><span class=\"reach\">102</span></strong>"))
            #expect(!page.contains(" 13") && !page.contains(">13<") && !page.contains(">17<"), "no age on a card")
            let mode = try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)

            // --lang for all, --pack chosen.
            try StoreCommandTests.run(
                ["learner", "cards", "--cohort", "7B", "--output", output.path, "--lang", "ru", "--pack", "upstanders"]
                    + Self.curriculum, store: store)
            let russian = try String(contentsOf: output, encoding: .utf8)
            #expect(russian.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">"))
            #expect(russian.contains("<span class=\"word\">upstanders</span>"))
            #expect(!russian.contains("lang=\"uk\"") && !russian.contains("lang=\"en\""))
        }
    }

    @Test func theCardsAreOfThePackTheCohortPlayedMost() throws {
        try TemporaryFolder.with { folder in
            let store = folder.appendingPathComponent("progress.sqlite")
            let output = folder.appendingPathComponent("cards.html")
            try StoreCommandTests.run(
                ["simulate", "--cohort", "Demo", "--learners", "3", "--pack", "consent-to-share"] + Self.curriculum,
                store: store)
            try StoreCommandTests.run(
                ["learner", "cards", "--cohort", "Demo", "--output", output.path] + Self.curriculum, store: store)
            let page = try String(contentsOf: output, encoding: .utf8)
            #expect(page.contains("<span class=\"word\">consent-to-share</span>"))
        }
    }

    @Test func aCohortWithoutLearnersAndBadOptionsAreRefused() throws {
        try TemporaryFolder.with { folder in
            let store = folder.appendingPathComponent("progress.sqlite")
            let output = folder.appendingPathComponent("cards.html")
            try StoreCommandTests.run(["cohort", "create", "Empty"], store: store)
            let empty = try #require(
                try StoreCommandTests.failure(["learner", "cards", "--cohort", "Empty", "--output", output.path], store: store))
            #expect(empty.message.hasPrefix("the cohort 'Empty' has no learners yet; add some with `oberih learner add"))
            #expect(!FileManager.default.fileExists(atPath: output.path))
            for (arguments, said) in [
                (["--lang", "de"], "--lang takes en, uk or ru"), (["--json"], "writes an HTML page"),
                (["--output", ""], "--output takes a file path"),
            ] {
                let message = CommandParsingTests.usageError(
                    ["learner", "cards", "--cohort", "Empty", "--output", "x"] + arguments)
                #expect(message?.contains(said) == true, "\(arguments): \(message ?? "accepted")")
            }
        }
    }
}
