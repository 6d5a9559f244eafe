package dev.ztmm.report;

/** The inline style sheet of the HTML report; system fonts only, so nothing is fetched. */
final class HtmlStyle {

    static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
            margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328;line-height:1.45}
            h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
            h3{font-size:1rem}code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em;
            background:#f6f8fa;padding:.1em .3em;border-radius:4px;word-break:break-all}
            pre{background:#f6f8fa;padding:.6rem;border-radius:6px;overflow-x:auto}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
            th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}.meta{color:#59636e}.overall{font-weight:600}
            .missed{border-left:4px solid #cf222e;background:#ffebe9;padding:.4rem .8rem;margin:.5rem 0}
            .finding{border:1px solid #d0d7de;border-radius:6px;padding:.2rem .8rem;margin:.6rem 0}
            .status{display:inline-block;padding:0 .4rem;border-radius:1rem;font-size:.85em;
            font-weight:600;background:#eaeef2}
            .status.pass{background:#dafbe1;color:#116329}.status.fail{background:#ffebe9;color:#a40e26}
            .status.waived,.status.attested{background:#fff8c5;color:#7d4e00}
            svg text{font-family:system-ui,"DejaVu Sans",sans-serif}
            """;

    private HtmlStyle() {}
}
