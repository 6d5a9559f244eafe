package dev.ztmm.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReporterTest {

    private final String markdown = ReportFixtures.render(new MarkdownReporter(), ReportFixtures.weak());

    @Test
    void pillarTable_comesFirst() {
        assertThat(markdown).contains("| Pillar | Stage | Score | Target |");
        assertThat(markdown.indexOf("| Identity |")).isLessThan(markdown.indexOf("<details>"));
    }

    @Test
    void missedTarget_named() {
        assertThat(markdown).contains("Identity is at stage 1 Ad-Hoc, below its target 3 Systematic");
    }

    @Test
    void gaps_inCollapsibleSections() {
        assertThat(markdown).contains("<details>\n<summary><strong>Applications</strong>");
        assertThat(count(markdown, "<details>")).isEqualTo(count(markdown, "</details>"));
    }

    @Test
    void evidence_asPathAndLineCodeSpans() {
        assertThat(markdown).contains(
                "  - `.github/workflows/build<script>.yml:7` `actions/checkout@v4<script>alert(1)</script>`\n");
    }

    @Test
    void backticksAndPipes_fencedAndEscaped() {
        assertThat(markdown).contains("``evil/`tick`\\|pipe\\|@main``");
    }

    @Test
    void diagnosticMessage_htmlEscaped() {
        assertThat(markdown).contains("got &lt;stream end&gt;");
    }

    @Test
    void text_escapesMarkupAndLineBreaks() {
        assertThat(Markdown.text("a|b <i>*x*</i>\n[l](u)")).isEqualTo("a\\|b &lt;i&gt;\\*x\\*&lt;/i&gt; \\[l\\](u)");
    }

    @Test
    void code_paddedWhenStartingWithBacktick() {
        assertThat(Markdown.code("`x`")).isEqualTo("`` `x` ``");
    }

    @Test
    void prose_indentedLinesBecomeCodeBlock() {
        assertThat(Markdown.prose("Add this:\n  permissions:\n    contents: read"))
                .isEqualTo("Add this:\n\n```\npermissions:\n  contents: read\n```\n");
    }

    @Test
    void longReport_truncatedWithNote() {
        String cut = ReportFixtures.render(new MarkdownReporter(2_000), ReportFixtures.weak());

        assertThat(cut.length()).isLessThanOrEqualTo(2_000);
        assertThat(cut).contains("This report was cut to fit 2000 characters");
        assertThat(count(cut, "<details>")).isEqualTo(count(cut, "</details>"));
        assertThat(cut).contains("| Visibility |").endsWith("</sub>\n");
    }

    @Test
    void shortReport_notTruncated() {
        assertThat(markdown).doesNotContain("This report was cut");
        assertThat(markdown.length()).isLessThan(MarkdownReporter.GITHUB_COMMENT_LIMIT);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
