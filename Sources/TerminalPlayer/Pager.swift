/// Long screens a page at a time, on a terminal whose height is known
/// (`ScreenStyle.height`): after each full page, "Enter: more · q: back"; Enter shows the
/// next page, `q` stops. A screen that fits, or one without a height (a pipe, plain
/// mode), is written whole.
public enum Pager {
    public enum End: Sendable, Hashable {
        /// Every page was shown; the caller reads its own last line (Enter to go back).
        case shown
        /// `q` on a page: back at once, nothing more to read.
        case stopped
        case endOfInput
    }

    /// The fewest rows worth paging for: below this, a page would be too short to read.
    static let minimumHeight = 8

    /// The screen's lines in pages that leave room for the prompt and the typed line.
    static func pages(of screen: String, height: Int?) -> [String] {
        guard let height, height >= minimumHeight else { return [screen] }
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let endsWithLineEnd = lines.last == ""
        if endsWithLineEnd { lines.removeLast() }
        let room = height - 2
        guard lines.count > room + 1 else { return [screen] }
        var pages: [String] = []
        var start = 0
        while start < lines.count {
            let end = min(start + room, lines.count)
            pages.append(lines[start..<end].joined(separator: "\n") + "\n")
            start = end
        }
        if !endsWithLineEnd, let last = pages.popLast() { pages.append(String(last.dropLast())) }
        return pages
    }

    public static func show(_ screen: String, io: any LineIO, renderer: any ScreenRenderer, style: ScreenStyle) -> End {
        let pages = pages(of: screen, height: style.height)
        for (number, page) in pages.enumerated() {
            io.write(page)
            guard number < pages.count - 1 else { break }
            io.write(renderer.invalid(PlayerWords.text(.pageMore, language: style.language), style: style))
            guard let line = io.readLine() else { return .endOfInput }
            if CommandKey.typed(line) == "q" { return .stopped }
        }
        return .shown
    }
}
