/// The page's one style sheet: readable at 360 px (nothing wider than the screen: tables
/// scroll in their own box, long words break), printable on A4 in black and grey.
enum ReportStyle {
    static let sheet: StaticString = """
        *{box-sizing:border-box}
        html{color-scheme:light}
        body{margin:0 auto;max-width:62rem;padding:1rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
        line-height:1.45;color:#111;background:#fff}
        h1{font-size:1.5rem;margin:0 0 .75rem}
        h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.2rem;border-bottom:2px solid #444}
        h3{font-size:1rem;margin:1.5rem 0 .25rem}
        h1,h2,h3,p,li,dt,dd,summary,figcaption{overflow-wrap:anywhere}
        th,td,td code{overflow-wrap:break-word;hyphens:auto}
        nav ul{margin:.5rem 0;padding-left:1.2rem}
        a{color:#123f7a}
        dl.facts{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:.15rem 1rem;margin:.5rem 0}
        dl.facts dt{font-weight:600}
        dl.facts dd{margin:0}
        dl.terms dt{font-weight:700;margin-top:.6rem}
        dl.terms dd{margin:0 0 0 1rem}
        .warning{border:2px solid #000;padding:.5rem .75rem;font-weight:700}
        .scroll{overflow-x:auto;max-width:100%}
        table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0}
        th,td{border:1px solid #999;padding:.25rem .45rem;text-align:left;vertical-align:top}
        th{background:#eee;font-weight:600}
        th,td{min-width:6.5rem}
        td.wide{min-width:15rem;max-width:30rem}
        td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}
        section,.option-item{break-inside:avoid-page}
        .caption{font-weight:600;margin-bottom:.25rem}
        svg.chart{display:block;width:100%;height:auto;max-width:36rem;font-size:16px}
        svg text{fill:#111}
        .grid{stroke:#ccc;stroke-width:1}
        .axis{stroke:#333;stroke-width:1.5}
        .learner{stroke:#222;stroke-width:1.5;fill:none}
        .mean{stroke:#000;stroke-width:5}
        .mean-dot{fill:#000}
        .whisker{stroke:#000;stroke-width:2}
        .bar{fill:#888;stroke:#333;stroke-width:1}
        .bar.pre{fill:#ddd}
        .bar.post,.bar.key{fill:#222}
        .track{fill:none;stroke:#bbb;stroke-width:1}
        .legend{margin:.25rem 0;padding-left:1.2rem;font-size:.9rem}
        .how{font-size:.92rem}
        summary{cursor:pointer;margin:.25rem 0}
        @page{size:A4;margin:15mm}
        @media print{
        body{max-width:none;padding:0;font-size:10pt}
        nav{display:none}
        a{color:#000;text-decoration:none}
        .scroll{overflow:visible}
        details::details-content{content-visibility:visible;display:block}
        th{background:#fff}
        }
        """
}
