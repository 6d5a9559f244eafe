package dev.ztmm.report;

import dev.ztmm.model.Assessment;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Evidence;
import dev.ztmm.model.PillarScore;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Stage;
import dev.ztmm.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the gap report as GitHub-flavoured Markdown for a pull-request comment or a job
 * summary: the pillar table, then each pillar's gap in a collapsible section.
 *
 * <p>Every string from the scanned repository goes through {@link Markdown}, so a file name or
 * value cannot inject HTML, links or table cells. Reports longer than the limit are cut at a
 * section boundary with a note.
 */
public final class MarkdownReporter implements Reporter {

    /** GitHub's maximum length of a comment body, in characters. */
    public static final int GITHUB_COMMENT_LIMIT = 65_536;

    /** Evidence lines shown per failing rule before the rest are counted. */
    static final int MAX_EVIDENCE_SHOWN = 10;

    private static final int MAX_DIAGNOSTICS_SHOWN = 50;

    private final int maxChars;

    public MarkdownReporter() {
        this(GITHUB_COMMENT_LIMIT);
    }

    /** @param maxChars the longest report written, in UTF-16 characters */
    public MarkdownReporter(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void write(Assessment assessment, Writer out) throws IOException {
        out.write(render(assessment));
    }

    String render(Assessment assessment) {
        List<String> sections = new ArrayList<>();
        sections.add(gapsHeading());
        for (PillarScore score : assessment.pillars()) {
            if (score.stage().next() != null) {
                sections.add(pillarGap(score));
            }
        }
        if (!assessment.diagnostics().isEmpty()) {
            sections.add(diagnostics(assessment.diagnostics()));
        }
        return Truncation.fit(head(assessment), sections, footer(assessment), maxChars);
    }

    private static String head(Assessment assessment) {
        StringBuilder md = new StringBuilder();
        md.append("## ztmm: Zero Trust maturity of ").append(Markdown.code(assessment.repository())).append("\n\n");
        int rules = assessment.packs().stream().mapToInt(Assessment.PackInfo::rules).sum();
        String commit = assessment.commit() == null ? "no git commit found"
                : "commit " + Markdown.code(assessment.commit().substring(0, Math.min(12, assessment.commit().length())));
        md.append(commit).append(", ").append(Gate.plural(rules, "rule")).append(" from ")
                .append(Gate.plural(assessment.packs().size(), "pack")).append(", ")
                .append(Gate.plural(assessment.files().size(), "configuration file")).append(" read\n\n");
        md.append("**Overall: lowest stage ").append(Gate.stage(Gate.lowestStage(assessment))).append(".**");
        md.append(targetLine(assessment)).append("\n\n");
        table(assessment, md);
        return md.toString();
    }

    private static String targetLine(Assessment assessment) {
        if (assessment.targets().isEmpty()) {
            return "";
        }
        List<String> missed = Gate.missedTargets(assessment);
        if (missed.isEmpty()) {
            return " Every target is met.";
        }
        return "\n\n**" + Gate.plural(missed.size(), "target") + " missed:**\n\n"
                + missed.stream().map(m -> "- :x: " + m).collect(Collectors.joining("\n"));
    }

    private static void table(Assessment assessment, StringBuilder md) {
        md.append("| Pillar | Stage | Score | Target | Pass | Fail | Not applicable |\n");
        md.append("| --- | --- | ---: | --- | ---: | ---: | ---: |\n");
        for (PillarScore score : assessment.pillars()) {
            md.append("| ").append(score.pillar().title())
                    .append(" | ").append(Gate.stage(score.stage()))
                    .append(" | ").append(score.score() == null ? "nothing to assess" : score.score())
                    .append(" | ").append(target(score, assessment.targets().get(score.pillar())))
                    .append(" | ").append(score.count(Status.PASS))
                    .append(" | ").append(score.count(Status.FAIL))
                    .append(" | ").append(score.count(Status.NOT_APPLICABLE) + score.count(Status.NOT_OBSERVABLE))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static String target(PillarScore score, Stage target) {
        if (target == null) {
            return "-";
        }
        boolean met = score.stage().number() >= target.number();
        return (met ? ":white_check_mark: " : ":x: below ") + Gate.stage(target);
    }

    private static String gapsHeading() {
        return "### Gaps to the next stage\n\n";
    }

    private static String pillarGap(PillarScore score) {
        Stage next = score.stage().next();
        long failing = score.blocking().stream().filter(r -> r.status() == Status.FAIL).count();
        StringBuilder md = new StringBuilder("<details>\n<summary><strong>")
                .append(score.pillar().title()).append("</strong>: stage ").append(Gate.stage(score.stage()))
                .append(", next ").append(Gate.stage(next)).append(" (")
                .append(Gate.plural(failing, "rule")).append(" failing)</summary>\n\n");
        if (score.blocking().isEmpty()) {
            md.append("The rule packs have no rule of stage ").append(next.number()).append(" for this pillar.\n");
        } else if (!score.nextStageHasEvidence()) {
            md.append("No rule of stage ").append(next.number())
                    .append(" applies: the repository has none of the files that show it. Adding one of these")
                    .append(" is the way up:\n\n");
            score.blocking().forEach(r -> md.append("- ").append(r.rule().title()).append(" (")
                    .append(Markdown.code(r.rule().id())).append(")\n"));
        } else {
            score.blocking().forEach(r -> blockingRule(r, md));
        }
        return md.append("\n</details>\n\n").toString();
    }

    private static void blockingRule(RuleResult result, StringBuilder md) {
        md.append("- **FAIL** ").append(result.rule().title()).append(" (")
                .append(Markdown.code(result.rule().id())).append(")\n");
        List<Evidence> evidence = result.evidence();
        for (Evidence item : evidence.subList(0, Math.min(MAX_EVIDENCE_SHOWN, evidence.size()))) {
            md.append("  - ").append(Markdown.code(item.reference()));
            if (item.value() != null) {
                md.append(" ").append(Markdown.code(item.value()));
            }
            md.append('\n');
        }
        if (evidence.size() > MAX_EVIDENCE_SHOWN) {
            md.append("  - and ").append(Gate.plural(evidence.size() - MAX_EVIDENCE_SHOWN, "more place"))
                    .append(" (see the JSON or SARIF report)\n");
        }
        md.append("  - Fix: ").append(Gate.firstLine(result.rule().fix())).append('\n');
    }

    private static String diagnostics(List<Diagnostic> diagnostics) {
        StringBuilder md = new StringBuilder("<details>\n<summary><strong>Diagnostics</strong>: ")
                .append(Gate.plural(diagnostics.size(), "file or item")).append(" not fully read</summary>\n\n");
        for (Diagnostic d : diagnostics.subList(0, Math.min(MAX_DIAGNOSTICS_SHOWN, diagnostics.size()))) {
            String where = d.position().line() > 0 ? d.path() + ":" + d.position().line() : d.path();
            md.append("- ").append(Markdown.code(where)).append(" ").append(Markdown.code(d.category()))
                    .append(" ").append(Markdown.text(d.message())).append('\n');
        }
        if (diagnostics.size() > MAX_DIAGNOSTICS_SHOWN) {
            md.append("- and ").append(diagnostics.size() - MAX_DIAGNOSTICS_SHOWN).append(" more\n");
        }
        return md.append("\n</details>\n\n").toString();
    }

    private static String footer(Assessment assessment) {
        String packs = assessment.packs().stream()
                .map(p -> Markdown.text(p.id()) + " " + Markdown.text(p.version()))
                .collect(Collectors.joining(", "));
        return "<sub>ztmm " + Markdown.text(assessment.toolVersion()) + ", rule packs: " + packs + "</sub>\n";
    }
}
