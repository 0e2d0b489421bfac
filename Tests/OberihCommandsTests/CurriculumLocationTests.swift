import Testing

@testable import OberihCommands

/// Where packs are looked for, in order, each folder once.
@Suite struct CurriculumLocationTests {
    @Test func theSearchOrderIsOptionEnvironmentWorkingFolderUserBinaryThenSystem() {
        let folders = CurriculumLocation.folders(
            explicit: ["/mine", "/also-mine"],
            environment: [
                "OBERIH_CURRICULUM": "/env-a:/env-b", "XDG_DATA_HOME": "/home/t/data", "XDG_DATA_DIRS": "/usr/local/share:/usr/share",
            ],
            executable: "/opt/oberih/bin/oberih")
        #expect(folders.map(\.path) == [
            "/mine", "/also-mine", "/env-a", "/env-b", "Curriculum", "/home/t/data/oberih/packs",
            "/opt/oberih/share/oberih/curriculum", "/usr/local/share/oberih/curriculum", "/usr/share/oberih/curriculum",
        ])
        #expect(folders.map(\.origin) == [
            .option, .option, .environment, .environment, .workingDirectory, .userData, .besideBinary, .systemData,
            .systemData,
        ])
    }

    @Test func theDefaultsComeFromHomeAndTheSameFolderIsSearchedOnce() {
        // Installed under /usr/local, the binary's curriculum is also XDG_DATA_DIRS' first.
        let folders = CurriculumLocation.folders(
            explicit: [], environment: ["HOME": "/home/t", "OBERIH_CURRICULUM": ""],
            executable: "/usr/local/bin/oberih")
        #expect(folders.map(\.path) == [
            "Curriculum", "/home/t/.local/share/oberih/packs", "/usr/local/share/oberih/curriculum",
            "/usr/share/oberih/curriculum",
        ])
        #expect(folders.map(\.origin) == [.workingDirectory, .userData, .besideBinary, .systemData])
        // With the default prefix ~/.local, the user's packs and the shipped curriculum stay apart.
        let home = CurriculumLocation.folders(explicit: [], environment: ["HOME": "/home/t"], executable: "/home/t/.local/bin/oberih")
        #expect(home.map(\.path).prefix(3) == [
            "Curriculum", "/home/t/.local/share/oberih/packs", "/home/t/.local/share/oberih/curriculum",
        ])
    }
}
