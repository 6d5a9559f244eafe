package dev.ztmm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {

    private final String html = ReportFixtures.render(new HtmlReporter(), ReportFixtures.weak());

    @Test
    void repositoryText_neverOpensScriptTag() {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
    }

    @Test
    void fileNamesAndValues_htmlEscaped() {
        assertThat(html).contains("build&lt;script&gt;.yml:7");
        assertThat(html).contains("actions/checkout@v4&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("evil/`tick`|pipe|@main");
    }

    @Test
    void page_loadsNothingFromOutside() {
        assertThat(html).doesNotContain("<link", " src=", "url(", "@import", "<img", "<iframe");
        Matcher addresses = Pattern.compile("https?://[^\"\\s<]+").matcher(html);
        while (addresses.find()) {
            assertThat(addresses.group()).isEqualTo("http://www.w3.org/2000/svg");
        }
    }

    @Test
    void contentSecurityPolicy_forbidsEverythingButInlineStyle() {
        assertThat(html).contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    }

    @Test
    void chart_hasOneBarPerPillar() {
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));

        assertThat(svg.split("<rect ", -1)).hasSize(7);
    }

    @Test
    void page_listsFindingsDiagnosticsAndPacks() {
        assertThat(html).contains("id=\"devices.test-image-pinned\"", "docker/Dockerfile:1");
        assertThat(html).contains("id=\"diagnostics\"", ".github/workflows/broken.yml");
        assertThat(html).contains("<td>report-test</td><td>1.0.0</td>");
    }

    @Test
    void missedTarget_named() {
        assertThat(html).contains("Identity is at stage 1 Ad-Hoc, below its target 3 Systematic");
    }

    @Test
    void escape_replacesAllFiveCharacters() {
        assertThat(Html.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}
