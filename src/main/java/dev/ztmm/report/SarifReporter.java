package dev.ztmm.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ztmm.model.Assessment;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Evidence;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Stage;
import dev.ztmm.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes SARIF 2.1.0 for code scanning: every rule as a reporting descriptor and one result
 * per failing (or waived) rule and evidence location, with paths relative to {@code %SRCROOT%}.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    /** partialFingerprints key; the suffix changes whenever {@link Fingerprint} does. */
    static final String FINGERPRINT_KEY = "ztmmFinding/v1";

    private final String rulesUrl;
    private final String rootUri;

    /**
     * @param rulesUrl address of docs/rules.md; each rule's helpUri is this plus "#rule-id"
     * @param rootUri absolute URI of the repository folder ending in "/", or null to leave the
     *     %SRCROOT% base undefined so that the consumer resolves it
     */
    public SarifReporter(String rulesUrl, String rootUri) {
        this.rulesUrl = rulesUrl;
        this.rootUri = rootUri;
    }

    @Override
    public void write(Assessment assessment, Writer out) throws IOException {
        Json.write(toSarif(assessment), out);
    }

    ObjectNode toSarif(Assessment assessment) {
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        run.set("tool", tool(assessment, ruleIndex));
        run.set("invocations", Json.array().add(invocation(assessment)));
        ObjectNode base = run.putObject("originalUriBaseIds").putObject(SRCROOT);
        if (rootUri != null) {
            base.put("uri", rootUri);
        }
        base.putObject("description").put("text", "The root folder of the assessed repository.");
        ArrayNode results = run.putArray("results");
        for (RuleResult result : assessment.results()) {
            if (result.status() == Status.FAIL || result.status() == Status.WAIVED) {
                result.evidence().forEach(e -> results.add(result(result, e, ruleIndex)));
            }
        }
        run.set("properties", runProperties(assessment));
        return root;
    }

    private ObjectNode tool(Assessment assessment, Map<String, Integer> ruleIndex) {
        ObjectNode driver = Json.object();
        driver.put("name", "ztmm");
        driver.put("version", assessment.toolVersion());
        driver.put("informationUri", rulesUrl);
        ArrayNode rules = driver.putArray("rules");
        for (RuleResult result : assessment.results()) {
            ruleIndex.put(result.rule().id(), rules.size());
            rules.add(descriptor(result.rule()));
        }
        ObjectNode tool = Json.object();
        tool.set("driver", driver);
        return tool;
    }

    private ObjectNode descriptor(Rule rule) {
        ObjectNode node = Json.object();
        node.put("id", rule.id());
        node.put("name", ruleName(rule.id()));
        node.putObject("shortDescription").put("text", rule.title());
        node.putObject("fullDescription").put("text", rule.why().strip());
        node.putObject("help").put("text", rule.fix().strip())
                .put("markdown", "**Why:** " + rule.why().strip() + "\n\n**Fix:**\n\n" + Markdown.prose(rule.fix()));
        node.put("helpUri", rulesUrl + "#" + rule.id());
        node.putObject("defaultConfiguration").put("level", level(rule.stage()));
        ObjectNode properties = node.putObject("properties");
        properties.put("pillar", rule.pillar().id());
        properties.put("stage", rule.stage().number());
        properties.putArray("tags").add("security").add("zero-trust").add(rule.pillar().id())
                .add("stage-" + rule.stage().number());
        // Rules match declared configuration exactly rather than guess from patterns, so their
        // findings are precise; a rule's limitations field names the cases it cannot see.
        properties.put("precision", "high");
        properties.put("security-severity", securitySeverity(rule.stage()));
        return node;
    }

    /**
     * Maps a stage to a SARIF level. Stage 2 controls are the basics whose absence leaves the
     * repository open, so they fail as errors; stage 3 and 4 controls harden further.
     */
    static String level(Stage stage) {
        return switch (stage) {
            case AD_HOC, OPPORTUNISTIC -> "error";
            case SYSTEMATIC -> "warning";
            case OPTIMIZED -> "note";
        };
    }

    /** GitHub's 0.0-10.0 scale, in the same order as {@link #level}: high, medium, low. */
    private static String securitySeverity(Stage stage) {
        return switch (stage) {
            case AD_HOC, OPPORTUNISTIC -> "7.0";
            case SYSTEMATIC -> "5.0";
            case OPTIMIZED -> "3.0";
        };
    }

    /** Turns "identity.workflow-permissions-declared" into "WorkflowPermissionsDeclared". */
    static String ruleName(String id) {
        String local = id.substring(id.indexOf('.') + 1);
        StringBuilder name = new StringBuilder();
        for (String word : local.split("[-_.]")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }

    private ObjectNode result(RuleResult result, Evidence evidence, Map<String, Integer> ruleIndex) {
        Rule rule = result.rule();
        ObjectNode node = Json.object();
        node.put("ruleId", rule.id());
        node.put("ruleIndex", ruleIndex.get(rule.id()));
        node.put("level", level(rule.stage()));
        node.putObject("message").put("text", message(rule, evidence));
        node.set("locations", Json.array().add(location(evidence)));
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, Fingerprint.of(rule.id(), evidence));
        if (result.status() == Status.WAIVED) {
            ObjectNode suppression = node.putArray("suppressions").addObject().put("kind", "external");
            if (result.note() != null) {
                suppression.put("justification", result.note());
            }
        }
        return node;
    }

    private static String message(Rule rule, Evidence evidence) {
        StringBuilder text = new StringBuilder("Not met: ").append(rule.title()).append('.');
        if (!evidence.location().isEmpty()) {
            text.append(" Item: ").append(evidence.location()).append('.');
        }
        if (evidence.value() != null) {
            text.append(" Value: '").append(evidence.value()).append("'.");
        }
        return text.toString();
    }

    static ObjectNode location(Evidence evidence) {
        ObjectNode physical = Json.object();
        physical.set("artifactLocation", artifact(evidence.path()));
        if (evidence.position().line() > 0) {
            ObjectNode region = physical.putObject("region").put("startLine", evidence.position().line());
            if (evidence.position().column() > 0) {
                region.put("startColumn", evidence.position().column());
            }
        }
        ObjectNode location = Json.object();
        location.set("physicalLocation", physical);
        if (!evidence.location().isEmpty()) {
            location.putArray("logicalLocations").addObject()
                    .put("fullyQualifiedName", evidence.location()).put("kind", "member");
        }
        return location;
    }

    /** Returns an artifact location relative to %SRCROOT%; the repository itself is "./". */
    static ObjectNode artifact(String path) {
        return Json.object().put("uri", RelativeUri.of(path)).put("uriBaseId", SRCROOT);
    }

    private ObjectNode invocation(Assessment assessment) {
        ObjectNode invocation = Json.object();
        invocation.put("executionSuccessful", true);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (Diagnostic diagnostic : assessment.diagnostics()) {
            notifications.add(notification(diagnostic));
        }
        for (String missed : Gate.missedTargets(assessment)) {
            ObjectNode node = notifications.addObject();
            node.putObject("descriptor").put("id", "target-missed");
            node.put("level", "error");
            node.putObject("message").put("text", missed + ".");
        }
        return invocation;
    }

    private static ObjectNode notification(Diagnostic diagnostic) {
        ObjectNode node = Json.object();
        node.putObject("descriptor").put("id", diagnostic.category());
        node.put("level", isReadFailure(diagnostic) ? "error" : "warning");
        node.putObject("message").put("text", diagnostic.message());
        Evidence where = new Evidence(diagnostic.path(), diagnostic.position(), "", null);
        node.set("locations", Json.array().add(location(where)));
        return node;
    }

    private static boolean isReadFailure(Diagnostic diagnostic) {
        return diagnostic.category().equals(Diagnostic.Category.PARSE_ERROR)
                || diagnostic.category().equals(Diagnostic.Category.UNREADABLE);
    }

    private static ObjectNode runProperties(Assessment assessment) {
        ObjectNode properties = Json.object();
        ArrayNode pillars = properties.putArray("pillars");
        assessment.pillars().forEach(score -> {
            ObjectNode node = pillars.addObject().put("pillar", score.pillar().id())
                    .put("stage", score.stage().number());
            Stage target = assessment.targets().get(score.pillar());
            if (target != null) {
                node.put("target", target.number());
            }
        });
        List<String> missed = new ArrayList<>(Gate.missedTargets(assessment));
        ArrayNode missedNode = properties.putArray("missedTargets");
        missed.forEach(missedNode::add);
        return properties;
    }
}
