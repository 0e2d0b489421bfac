import Testing

@testable import ReportPages

@Suite struct MarkupTests {
    @Test func textAndAttributesAreEscaped() {
        let hostile = "<script>alert(\"x\")</script> & 'quoted' &lt;"
        let markup = Markup.el("p", [("title", hostile)], text: hostile)
        #expect(
            markup.rendered
                == "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &amp;lt;\">"
                + "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quoted' &amp;lt;</p>")
    }

    @Test func voidElementsHaveNoClosingTag() {
        #expect(Markup.el("meta", [("charset", "utf-8")]).rendered == "<meta charset=\"utf-8\">")
        #expect(Markup.el("div", [], [.el("br"), .text("a")]).rendered == "<div><br>a</div>")
    }

    @Test func pageLetsNothingLoad() {
        let page = HTMLPage.document(title: "T <x>", language: "uk", style: "p{color:red}", body: [.el("p", text: "ok")])
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"uk\"><head><meta charset=\"utf-8\">"))
        #expect(page.contains("content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:\""))
        #expect(page.contains("<title>T &lt;x&gt;</title><style>p{color:red}</style>"))
    }
}
