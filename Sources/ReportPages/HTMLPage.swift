/// A whole self-contained page: UTF-8, a phone's viewport, and a content security policy
/// that lets nothing load (no scripts, fonts, images or styles from anywhere but the page),
/// so the file works the same when e-mailed or opened from a USB stick.
public enum HTMLPage {
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    /// `<!DOCTYPE html>` and the page; `language` is the `lang` of the whole page.
    public static func document(title: String, language: String, style: StaticString, body: [Markup]) -> String {
        let page = Markup.el(
            "html", [("lang", language)],
            [
                .el(
                    "head", [],
                    [
                        .el("meta", [("charset", "utf-8")]),
                        .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                        .el("meta", [("http-equiv", "Content-Security-Policy"), ("content", contentSecurityPolicy)]),
                        .el("title", text: title),
                        .el("style", [], [.trusted(style)]),
                    ]),
                .el("body", [], body),
            ])
        return "<!DOCTYPE html>\n" + page.rendered + "\n"
    }
}
