package dev.ztmm.report;

import static dev.ztmm.report.Html.escape;

import dev.ztmm.model.Assessment;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Evidence;
import dev.ztmm.model.PillarScore;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * Writes the whole assessment as one self-contained HTML page: the pillar chart as inline SVG,
 * a table per pillar, every finding with all of its evidence, the diagnostics and the rule
 * packs. It loads nothing: no scripts, fonts, images or style sheets, and its
 * Content-Security-Policy forbids them. All text is HTML-escaped.
 */
public final class HtmlReporter implements Reporter {

    @Override
    public void write(Assessment assessment, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\">");
        head(assessment, out);
        out.println("<body>");
        summary(assessment, out);
        out.println("<section><h2>Pillars</h2>");
        out.println(new PillarChart().svg(assessment));
        out.println("</section>");
        for (PillarScore score : assessment.pillars()) {
            pillarSection(assessment, score, out);
        }
        diagnostics(assessment.diagnostics(), out);
        packsAndFiles(assessment, out);
        out.println("</body>");
        out.println("</html>");
        out.flush();
    }

    private static void head(Assessment assessment, PrintWriter out) {
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>ztmm: " + escape(assessment.repository()) + "</title>");
        out.println("<style>" + HtmlStyle.CSS + "</style>");
        out.println("</head>");
    }

    private static void summary(Assessment assessment, PrintWriter out) {
        out.println("<header><h1>Zero Trust maturity of <code>" + escape(assessment.repository()) + "</code></h1>");
        String commit = assessment.commit() == null ? "no git commit found" : "commit " + assessment.commit();
        out.println("<p class=\"meta\">" + escape(commit) + " &middot; assessed " + escape(assessment.timestamp())
                + " &middot; ztmm " + escape(assessment.toolVersion()) + " &middot; "
                + Gate.plural(assessment.files().size(), "configuration file") + " read</p>");
        out.println("<p class=\"overall\">Overall: lowest stage " + escape(Gate.stage(Gate.lowestStage(assessment)))
                + (assessment.targets().isEmpty() ? "" : targetsMet(assessment)) + "</p>");
        List<String> missed = Gate.missedTargets(assessment);
        if (!missed.isEmpty()) {
            out.println("<div class=\"missed\"><strong>Missed targets</strong><ul>");
            missed.forEach(m -> out.println("<li>" + escape(m) + "</li>"));
            out.println("</ul></div>");
        }
        out.println("</header>");
    }

    private static String targetsMet(Assessment assessment) {
        int missed = assessment.missedTargets().size();
        return missed == 0 ? ", every target met" : ", " + Gate.plural(missed, "pillar") + " below target";
    }

    private static void pillarSection(Assessment assessment, PillarScore score, PrintWriter out) {
        String id = "pillar-" + score.pillar().id();
        out.println("<section id=\"" + id + "\"><h2>" + escape(score.pillar().title()) + ": stage "
                + escape(Gate.stage(score.stage())) + "</h2>");
        out.println("<p class=\"meta\">score " + (score.score() == null ? "- (nothing to assess)" : score.score())
                + (score.stage().next() == null ? "" : ", next stage " + escape(Gate.stage(score.stage().next())))
                + "</p>");
        List<RuleResult> results = assessment.results().stream()
                .filter(r -> r.rule().pillar() == score.pillar()).toList();
        ruleTable(results, out);
        results.stream().filter(r -> r.status() == Status.FAIL || r.status() == Status.WAIVED)
                .forEach(r -> finding(r, out));
        out.println("</section>");
    }

    private static void ruleTable(List<RuleResult> results, PrintWriter out) {
        if (results.isEmpty()) {
            out.println("<p>The rule packs have no rule for this pillar.</p>");
            return;
        }
        out.println("<table><thead><tr><th>Rule</th><th>Stage</th><th>Status</th><th>Checked</th>"
                + "<th>Passed</th></tr></thead><tbody>");
        for (RuleResult result : results) {
            out.println("<tr><td>" + escape(result.rule().title()) + "<br><code>" + escape(result.rule().id())
                    + "</code></td><td>" + result.rule().stage().number() + "</td><td><span class=\"status "
                    + result.status().id() + "\">" + escape(result.status().id()) + "</span></td><td>"
                    + result.checked() + "</td><td>" + result.passed() + "</td></tr>");
        }
        out.println("</tbody></table>");
    }

    private static void finding(RuleResult result, PrintWriter out) {
        out.println("<div class=\"finding\" id=\"" + escape(result.rule().id()) + "\">");
        out.println("<h3><span class=\"status " + result.status().id() + "\">" + escape(result.status().id())
                + "</span> " + escape(result.rule().title()) + " <code>" + escape(result.rule().id()) + "</code></h3>");
        if (result.note() != null) {
            out.println("<p>" + escape(result.note()) + "</p>");
        }
        out.println("<ul class=\"evidence\">");
        for (Evidence item : result.evidence()) {
            out.println("<li><code>" + escape(item.reference()) + "</code>"
                    + (item.location().isEmpty() ? "" : " <span class=\"meta\">" + escape(item.location()) + "</span>")
                    + (item.value() == null ? "" : " <code class=\"value\">" + escape(item.value()) + "</code>")
                    + "</li>");
        }
        out.println("</ul>");
        out.println("<p><strong>Why:</strong> " + escape(result.rule().why().strip()) + "</p>");
        out.println("<p><strong>Fix:</strong></p><pre>" + escape(result.rule().fix().strip()) + "</pre>");
        out.println("</div>");
    }

    private static void diagnostics(List<Diagnostic> diagnostics, PrintWriter out) {
        out.println("<section id=\"diagnostics\"><h2>Diagnostics (" + diagnostics.size() + ")</h2>");
        if (diagnostics.isEmpty()) {
            out.println("<p>Every file was read.</p></section>");
            return;
        }
        out.println("<table><thead><tr><th>File</th><th>Line</th><th>Category</th><th>Message</th></tr></thead>"
                + "<tbody>");
        for (Diagnostic d : diagnostics) {
            out.println("<tr><td><code>" + escape(d.path()) + "</code></td><td>"
                    + (d.position().line() > 0 ? d.position().line() : "") + "</td><td>" + escape(d.category())
                    + "</td><td>" + escape(d.message()) + "</td></tr>");
        }
        out.println("</tbody></table></section>");
    }

    private static void packsAndFiles(Assessment assessment, PrintWriter out) {
        out.println("<section id=\"packs\"><h2>Rule packs</h2><table><thead><tr><th>Pack</th><th>Version</th>"
                + "<th>Rules</th></tr></thead><tbody>");
        for (Assessment.PackInfo pack : assessment.packs()) {
            out.println("<tr><td>" + escape(pack.id()) + "</td><td>" + escape(pack.version()) + "</td><td>"
                    + pack.rules() + "</td></tr>");
        }
        out.println("</tbody></table>");
        out.println("<details><summary>" + Gate.plural(assessment.files().size(), "file") + " read</summary><ul>");
        for (Assessment.FileInfo file : assessment.files()) {
            out.println("<li><code>" + escape(file.path()) + "</code> " + escape(file.collector()) + ", "
                    + escape(file.status()) + "</li>");
        }
        out.println("</ul></details></section>");
    }
}
