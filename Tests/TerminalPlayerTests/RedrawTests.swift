import Foundation
import LessonEngine
import LessonPack
import Testing

@testable import TerminalPlayer

/// A resize at the step's prompt: the loop gives the terminal the screen again, rendered to
/// the window's new size.
@Suite struct RedrawTests {
    /// Lines as `ScriptedIO`; at each prompt that can redraw, the window is made `narrow`
    /// columns wide and the redraw is kept.
    final class ResizingIO: LineIO {
        private var lines: [String]
        let narrow: Int
        var width = 60
        private(set) var written = ""
        private(set) var redraws: [String] = []
        private(set) var plainReads = 0

        init(_ lines: [String], narrow: Int) {
            self.lines = lines
            self.narrow = narrow
        }

        func write(_ text: String) { written += text }

        func readLine() -> String? {
            plainReads += 1
            return lines.isEmpty ? nil : lines.removeFirst()
        }

        func readLine(redraw: () -> String) -> String? {
            width = narrow
            redraws.append(redraw())
            width = 60
            return lines.isEmpty ? nil : lines.removeFirst()
        }
    }

    private func play(_ lines: [String], narrow: Int = 30) throws -> ResizingIO {
        var session = try PlayerTestPack.session("single")
        let io = ResizingIO(lines, narrow: narrow)
        var loop = PlayLoop(
            renderer: TextScreens(), style: ScreenStyle(width: 60, language: "en", usesColor: false, isPlain: false),
            country: nil, clock: { Date(timeIntervalSince1970: 5) })
        loop.terminalSize = { [unowned io] in (io.width, nil) }
        _ = try loop.run(&session, io: io, recorder: EventLog())
        return io
    }

    @Test func theStepsPromptRedrawsTheStepAtTheNewWidthEndingWithThePrompt() throws {
        let io = try play(["q"])
        let redraw = try #require(io.redraws.first)
        #expect(redraw.contains("Pick one"), "\(redraw)")
        #expect(redraw.hasSuffix("Your answer: "))
        let lines = redraw.split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= 30 }, "wrapped to 30 columns:\n\(redraw)")
        #expect(io.written.split(separator: "\n").contains { DisplayWidth.columns(of: $0) > 30 }, "the first screen was wider")
        #expect(io.plainReads == 0, "the step's prompt is the one that redraws")
    }

    @Test func theFeedbackJustAboveTheStepIsRedrawnWithIt() throws {
        // A wrong answer (option b, shown at some number), then the step again with its feedback above.
        let presented = try #require(try PlayerTestPack.session("single").currentStep)
        let wrong = String(try #require(presented.order.firstIndex(of: "b")) + 1)
        let io = try play([wrong, "q"])
        #expect(io.redraws.count == 2)
        let (first, second) = (io.redraws[0], io.redraws[1])
        #expect(!first.contains("Not quite"), "no feedback above the first showing:\n\(first)")
        let feedback = try #require(second.range(of: "Not quite."), "feedback above:\n\(second)")
        let step = try #require(second.range(of: "Pick one"))
        #expect(feedback.upperBound < step.lowerBound)
        #expect(second.contains("You can try again (tries left:\n2)"), "wrapped at 30 too:\n\(second)")
        #expect(second.split(separator: "\n").allSatisfy { DisplayWidth.columns(of: $0) <= 30 }, "\(second)")
    }
}
