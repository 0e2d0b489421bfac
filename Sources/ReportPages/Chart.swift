import Foundation

/// The pieces every chart of the page is made of: a figure holding an inline SVG that
/// scales with its box (`viewBox`, width 100 %), labelled for screen readers by its
/// `<title>` and `<desc>`, the table of its figures behind it, and how to read it.
enum Chart {
    /// A chart with its table and its "how to read this" paragraph. `id` must be unique in the page.
    static func figure(
        id: String, title: String, description: String, size: (width: Double, height: Double), drawing: [Markup],
        legend: [Markup] = [], table: Markup, howToRead: String, words: ReportWords
    ) -> Markup {
        let svg = Markup.el(
            "svg",
            [
                ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
                ("viewBox", "0 0 \(number(size.width)) \(number(size.height))"), ("width", "100%"),
                ("preserveAspectRatio", "xMinYMin meet"), ("class", "chart"),
            ],
            [.el("title", [("id", "\(id)-title")], text: title), .el("desc", [("id", "\(id)-desc")], text: description)]
                + drawing)
        var children: [Markup] = [.el("figcaption", [("class", "caption")], text: title), svg]
        if !legend.isEmpty { children.append(.el("ul", [("class", "legend")], legend.map { .el("li", [], [$0]) })) }
        children.append(
            .el("details", [], [.el("summary", text: words.tableOfChart), table]))
        children.append(.el("p", [("class", "how")], [.el("strong", text: words.howToRead + ": "), .text(howToRead)]))
        return .el("figure", [("id", id)], children)
    }

    /// A table that scrolls sideways inside its own box when it is wider than the page.
    /// Cells of `numeric` columns are aligned right.
    static func table(header: [String], rows: [[Markup]], numeric: Set<Int> = [], wide: Set<Int> = []) -> Markup {
        .el(
            "div", [("class", "scroll")],
            [
                .el(
                    "table", [],
                    [
                        .el("thead", [], [.el("tr", [], header.map { .el("th", [("scope", "col")], text: $0) })]),
                        .el(
                            "tbody", [],
                            rows.map { row in
                                .el(
                                    "tr", [],
                                    row.enumerated().map { column, cell in
                                        .el(
                                            "td",
                                            numeric.contains(column) ? [("class", "n")] : wide.contains(column) ? [("class", "wide")] : [],
                                            [cell])
                                    })
                            }),
                    ])
            ])
    }

    /// A coordinate, to a tenth of a unit.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    static func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ attributes: [(String, String)] = []
    ) -> Markup {
        .el("line", [("x1", number(x1)), ("y1", number(y1)), ("x2", number(x2)), ("y2", number(y2))] + attributes)
    }

    static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ attributes: [(String, String)]) -> Markup {
        .el(
            "rect", [("x", number(x)), ("y", number(y)), ("width", number(max(0, width))), ("height", number(height))] + attributes)
    }

    static func circle(_ x: Double, _ y: Double, _ radius: Double, _ attributes: [(String, String)] = []) -> Markup {
        .el("circle", [("cx", number(x)), ("cy", number(y)), ("r", number(radius))] + attributes)
    }

    /// Text at (x, y); `anchor` is `start`, `middle` or `end`.
    static func text(_ x: Double, _ y: Double, _ text: String, anchor: String = "start", bold: Bool = false) -> Markup {
        var attributes = [("x", number(x)), ("y", number(y)), ("text-anchor", anchor)]
        if bold { attributes.append(("font-weight", "bold")) }
        return .el("text", attributes, text: text)
    }

    /// A pack's or a cohort's text inside SVG, which has no `dir="auto"`: shortened to
    /// `length` characters and isolated (FSI … PDI) so right-to-left text keeps its order.
    static func foreign(_ text: String, length: Int) -> String {
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let shortened = words.count <= length ? words : String(words.prefix(length - 1)) + "…"
        return "\u{2068}" + shortened + "\u{2069}"
    }
}
