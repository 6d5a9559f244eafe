package dev.ztmm.report.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a JSON report that `ztmm diff` compares: each pillar's stage and score and each
 * rule's status.
 *
 * @param name the file the report was read from, for messages
 * @param pillars pillar id to its state, in report order
 * @param rules rule id to its state, in report order
 */
public record ReportSnapshot(String name, Map<String, PillarState> pillars, Map<String, RuleState> rules) {

    /**
     * A pillar's standing.
     *
     * @param score 0 to 100, or null when nothing was assessed
     */
    public record PillarState(int stage, String stageName, Integer score) {}

    /** A rule's status and title. */
    public record RuleState(String pillar, String title, String status) {}

    /**
     * Reads the pillars and results of a JSON report of any 1.x schema version.
     *
     * @throws InvalidReportException naming the file and the missing or malformed key
     */
    public static ReportSnapshot parse(String name, JsonNode report) throws InvalidReportException {
        if (!report.isObject() || !report.path("schemaVersion").isTextual()) {
            throw invalid(name, "it has no 'schemaVersion'; pass a file written by 'ztmm assess --format json'");
        }
        String version = report.get("schemaVersion").asText();
        if (!version.startsWith("1.")) {
            throw invalid(name, "its schema version '" + version + "' is not 1.x, which this ztmm reads");
        }
        return new ReportSnapshot(name, pillars(name, report), rules(name, report));
    }

    private static Map<String, PillarState> pillars(String name, JsonNode report) throws InvalidReportException {
        Map<String, PillarState> pillars = new LinkedHashMap<>();
        for (JsonNode pillar : array(name, report, "pillars")) {
            JsonNode stage = pillar.path("stage");
            if (!pillar.path("pillar").isTextual() || !stage.path("number").isInt()) {
                throw invalid(name, "an entry of 'pillars' lacks 'pillar' or 'stage.number'");
            }
            Integer score = pillar.path("score").isInt() ? pillar.get("score").asInt() : null;
            pillars.put(pillar.get("pillar").asText(),
                    new PillarState(stage.get("number").asInt(), stage.path("name").asText(""), score));
        }
        return pillars;
    }

    private static Map<String, RuleState> rules(String name, JsonNode report) throws InvalidReportException {
        Map<String, RuleState> rules = new LinkedHashMap<>();
        for (JsonNode result : array(name, report, "results")) {
            if (!result.path("id").isTextual() || !result.path("status").isTextual()) {
                throw invalid(name, "an entry of 'results' lacks 'id' or 'status'");
            }
            rules.put(result.get("id").asText(), new RuleState(result.path("pillar").asText(""),
                    result.path("title").asText(""), result.get("status").asText()));
        }
        return rules;
    }

    private static JsonNode array(String name, JsonNode report, String key) throws InvalidReportException {
        JsonNode node = report.get(key);
        if (node == null || !node.isArray()) {
            throw invalid(name, "it has no '" + key + "' array");
        }
        return node;
    }

    private static InvalidReportException invalid(String name, String reason) {
        return new InvalidReportException("'" + name + "' is not a ztmm JSON report: " + reason + ".");
    }
}
