import Foundation
import Testing

/// Names kept in the store: a new one with control or direction characters, or too long,
/// is refused; one already stored (by an older Oberih) is escaped wherever it is shown.
@Suite final class StoredNameTests {
    let store: StoreFolder

    init() throws {
        store = try StoreFolder(prefix: "oberih-stored-names")
    }

    @Test func aNewNameWithControlOrDirectionCharactersOrTooLongIsRefused() throws {
        let names = ["a\u{1B}[31mred", "two\nlines", "evil\u{202E}txt.exe", "isolate\u{2066}x", "mark\u{200F}", "arabic\u{061C}"]
        for name in names {
            let run = try store.oberih(["cohort", "create", name])
            #expect(run.exitCode == 2, "\(name.debugDescription)")
            #expect(run.standardError.contains("a cohort's name may not hold control characters or direction marks"))
            #expect(!run.standardError.contains("\u{1B}[31m") && !run.standardError.contains("\u{202E}"))
        }
        let long = try store.oberih(["cohort", "create", String(repeating: "x", count: 120_000)])
        #expect(long.exitCode == 2)
        #expect(long.standardError.contains("a cohort's name is at most 100 characters long, and this one has 120000"))
        let organisation = try store.oberih(["cohort", "create", "B", "--organisation", "School\u{1B}]0;x\u{7}"])
        #expect(organisation.exitCode == 2)
        #expect(organisation.standardError.contains("--organisation may not hold control characters"))
        #expect(try store.oberih(["cohort", "create", String(repeating: "я", count: 100)]).exitCode == 0)
        #expect(try store.oberih(["simulate", "--cohort", "c\u{1B}d", "--learners", "5"]).exitCode == 2)
        #expect(try store.oberih(["cohort", "list"]).standardOutput.split(separator: "\n").count == 2, "only the 100-letter one")
    }

    @Test(.enabled(if: ReadOnlyStoreTests.hasSQLite3, "needs the sqlite3 shell"))
    func aNameAlreadyStoredIsShownEscaped() throws {
        #expect(try store.oberih(["simulate", "--cohort", "A", "--learners", "5", "--seed", "3"]).exitCode == 0)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = [
            "sqlite3", store.storePath,
            "UPDATE cohort SET name = 'A' || char(27) || '[31mred' || char(8238), organisation = 'S' || char(10) || 'x'",
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let stored = "A\u{1B}[31mred\u{202E}"
        let shown = #"A\u{1B}[31mred\u{202E}"#
        let outputs = [
            try store.oberih(["cohort", "list"]).standardOutput,
            try store.oberih(["cohort", "show", stored]).standardOutput,
            try store.oberih(["report", "--cohort", stored]).standardOutput,
            try store.oberih(["cohort", "show", "no\u{1B}such"]).standardError,
        ]
        for output in outputs {
            #expect(!output.contains("\u{1B}") && !output.contains("\u{202E}"), "\(output.debugDescription)")
        }
        #expect(outputs[0].contains(shown) && outputs[0].contains(#"S\u{A}x"#))
        #expect(outputs[1].contains("cohort: " + shown) && outputs[1].contains(#"organisation: S\u{A}x"#))
        #expect(outputs[2].hasPrefix("Cohort " + shown + " · "))
        #expect(outputs[3].contains(#"no cohort 'no\u{1B}such'"#))
        let json = try store.oberih(["cohort", "list", "--json"]).standardOutput
        #expect(json.contains(#"A\u001b[31mred"#), "JSON keeps the name, escaped as JSON does")
    }
}
