package dev.ztmm.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ztmm.model.Assessment;
import dev.ztmm.model.Evidence;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Stage;
import dev.ztmm.model.Status;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes GitLab's Code Quality report: a JSON array with one issue per failing rule and
 * evidence location, which merge requests show inline.
 *
 * <p>GitLab reads only description, check_name, fingerprint, severity and location; pillar
 * stages and missed targets do not fit that shape, so they are in the other formats only.
 * Waived findings are left out, because the format has no way to mark them.
 */
public final class CodeQualityReporter implements Reporter {

    @Override
    public void write(Assessment assessment, Writer out) throws IOException {
        Json.write(toJson(assessment), out);
    }

    ArrayNode toJson(Assessment assessment) {
        ArrayNode issues = Json.array();
        for (RuleResult result : assessment.results()) {
            if (result.status() == Status.FAIL) {
                result.evidence().forEach(e -> issues.add(issue(result, e)));
            }
        }
        return issues;
    }

    private static ObjectNode issue(RuleResult result, Evidence evidence) {
        ObjectNode issue = Json.object();
        String where = evidence.location().isEmpty() ? "" : " (" + evidence.location() + ")";
        issue.put("description", "Not met: " + result.rule().title() + where);
        issue.put("check_name", result.rule().id());
        issue.put("fingerprint", Fingerprint.of(result.rule().id(), evidence));
        issue.put("severity", severity(result.rule().stage()));
        ObjectNode location = issue.putObject("location");
        // GitLab needs a file path and a line; repository-level evidence points at the root.
        location.put("path", evidence.path().isEmpty() ? "." : evidence.path());
        location.putObject("lines").put("begin", Math.max(1, evidence.position().line()));
        return issue;
    }

    /** Uses the same order as the SARIF levels: stage 2 major, 3 minor, 4 info. */
    static String severity(Stage stage) {
        return switch (stage) {
            case AD_HOC, OPPORTUNISTIC -> "major";
            case SYSTEMATIC -> "minor";
            case OPTIMIZED -> "info";
        };
    }
}
