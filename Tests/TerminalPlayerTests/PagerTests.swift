import LessonEngine
import LessonPack
import Testing

@testable import TerminalPlayer

/// Long screens a page at a time on a terminal; whole on a pipe.
@Suite struct PagerTests {
    static let screen = (1...25).map { "line \($0)" }.joined(separator: "\n") + "\n"

    static func style(height: Int?, language: String = "en") -> ScreenStyle {
        var style = ScreenStyle(width: 40, language: language, usesColor: false, isPlain: false)
        style.height = height
        return style
    }

    @Test func aScreenIsCutIntoPagesThatLeaveRoomForThePrompt() {
        let pages = Pager.pages(of: Self.screen, height: 10)
        #expect(pages.count == 4)
        #expect(pages.allSatisfy { $0.split(separator: "\n").count <= 8 })
        #expect(pages.joined() == Self.screen, "nothing lost or doubled")
        #expect(Pager.pages(of: Self.screen, height: nil) == [Self.screen], "a pipe: whole")
        #expect(Pager.pages(of: Self.screen, height: 4) == [Self.screen], "too short to page")
        #expect(Pager.pages(of: "a\nb\n", height: 10) == ["a\nb\n"], "it fits")
    }

    @Test func enterShowsTheNextPageAndQGoesBack() {
        let io = ScriptedIO(["", "q"])
        let end = Pager.show(Self.screen, io: io, renderer: TextScreens(), style: Self.style(height: 10))
        #expect(end == .stopped)
        #expect(io.written.contains("line 16"))
        #expect(!io.written.contains("line 17"), "q stopped before the third page")
        #expect(io.written.components(separatedBy: "Enter: more · q: back").count == 3)
        let all = ScriptedIO(["", "", "", ""])
        #expect(Pager.show(Self.screen, io: all, renderer: TextScreens(), style: Self.style(height: 10)) == .shown)
        #expect(all.written.contains("line 25"))
        #expect(all.unread == [""], "the last page's line is the caller's to read")
        let ended = ScriptedIO([])
        #expect(Pager.show(Self.screen, io: ended, renderer: TextScreens(), style: Self.style(height: 10)) == .endOfInput)
        let russian = ScriptedIO(["q"])
        _ = Pager.show(Self.screen, io: russian, renderer: TextScreens(), style: Self.style(height: 10, language: "ru"))
        #expect(russian.written.contains("Enter: дальше · q: назад"))
    }

    @Test func helpPagesInThePlayerAndComesBackToTheSamePlace() throws {
        var session = try GroupTestPack.session()
        var style = Self.style(height: 9)
        style.audience = .learner
        var loop = PlayLoop(renderer: TextScreens(), style: style, country: nil)
        loop.showsOpening = false
        let io = ScriptedIO(["h", "q", "q"])
        _ = try loop.run(&session, io: io, recorder: EventLog())
        #expect(io.written.contains("Enter: more · q: back"))
        #expect(io.unread.isEmpty)
        #expect(session.currentStep?.step.id == "intro", "back at the same step")
    }

    @Test func helpBeforeAPackIsChosenHasContacts() {
        var menu = Menu(renderer: TextScreens(), style: Self.style(height: nil))
        let io = ScriptedIO(["h", "", "q"])
        menu.packForHelp = { GroupTestPack.pack }
        #expect(menu.askLearner(io: io) { _ in nil } == .quit)
        #expect(io.written.contains("116 111"))
        let none = ScriptedIO(["h", "", "q"])
        _ = Menu(renderer: TextScreens(), style: Self.style(height: nil)).askLearner(io: none) { _ in nil }
        let folded = none.written.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(folded.contains("It is always OK to talk to an adult you trust"), "\(none.written)")
    }
}
