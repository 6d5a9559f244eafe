package dev.ztmm.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ztmm.model.Assessment;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Evidence;
import dev.ztmm.model.PillarScore;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Stage;
import dev.ztmm.model.Status;
import java.io.IOException;
import java.io.Writer;

import java.util.Map;

/**
 * Writes the auditor's record as JSON, following docs/report.schema.json.
 *
 * <p>Keys are written in a fixed order and arrays in the order of the assessment (pillars in
 * model order, results by rule id, diagnostics and files by path), so two runs on the same
 * repository differ only in {@code timestamp}.
 */
public final class JsonReporter implements Reporter {

    /**
     * Version of the report's shape, the same as the version in docs/report.schema.json. It
     * changes, with the schema, whenever a key is added, removed or renamed or a type changes:
     * the minor number for additions, the major number for removals and renames. 1.1 added
     * summary.missedTargets.
     */
    public static final String SCHEMA_VERSION = "1.1";

    private final ObjectMapper mapper = Json.mapper();

    @Override
    public void write(Assessment assessment, Writer out) throws IOException {
        Json.write(toJson(assessment), out);
    }

    /** Builds the JSON tree of the report. */
    public JsonNode toJson(Assessment assessment) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", "ztmm").put("version", assessment.toolVersion());
        ObjectNode repository = root.putObject("repository");
        repository.put("path", assessment.repository());
        repository.put("commit", assessment.commit());
        root.put("timestamp", assessment.timestamp());
        ArrayNode packs = root.putArray("packs");
        assessment.packs().forEach(p -> packs.addObject().put("id", p.id()).put("version", p.version()).put("rules", p.rules()));
        root.set("summary", summary(assessment));
        ArrayNode pillars = root.putArray("pillars");
        assessment.pillars().forEach(score -> pillars.add(pillar(score, assessment.targets())));
        ArrayNode results = root.putArray("results");
        assessment.results().forEach(result -> results.add(result(result)));
        ArrayNode diagnostics = root.putArray("diagnostics");
        assessment.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        ArrayNode files = root.putArray("files");
        assessment.files().forEach(f -> {
            ObjectNode file = files.addObject();
            file.put("path", f.path()).put("collector", f.collector()).put("documents", f.documents()).put("status", f.status());
            if (f.symlinkTarget() != null) {
                file.put("symlinkTarget", f.symlinkTarget());
            }
        });
        return root;
    }

    private ObjectNode summary(Assessment assessment) {
        ObjectNode summary = mapper.createObjectNode();
        Stage lowest = assessment.pillars().stream().map(PillarScore::stage).min(Enum::compareTo).orElse(Stage.AD_HOC);
        summary.set("lowestStage", stage(lowest));
        summary.put("targetsMet", assessment.missedTargets().isEmpty());
        ArrayNode missed = summary.putArray("missedTargets");
        for (PillarScore score : assessment.missedTargets()) {
            ObjectNode node = missed.addObject();
            node.put("pillar", score.pillar().id());
            node.set("stage", stage(score.stage()));
            node.set("target", stage(assessment.targets().get(score.pillar())));
            node.put("message", Gate.missedTarget(score, assessment.targets().get(score.pillar())));
        }
        ObjectNode statuses = summary.putObject("rules");
        for (Status status : Status.values()) {
            statuses.put(status.id(), assessment.results().stream().filter(r -> r.status() == status).count());
        }
        summary.put("diagnostics", assessment.diagnostics().size());
        return summary;
    }

    private ObjectNode pillar(PillarScore score, Map<dev.ztmm.model.Pillar, Stage> targets) {
        ObjectNode node = mapper.createObjectNode();
        node.put("pillar", score.pillar().id());
        node.set("stage", stage(score.stage()));
        if (score.score() == null) {
            node.putNull("score");
        } else {
            node.put("score", score.score());
        }
        node.put("hasEvidence", score.hasEvidence());
        Stage target = targets.get(score.pillar());
        if (target == null) {
            node.putNull("target");
        } else {
            node.set("target", stage(target));
        }
        Stage next = score.stage().next();
        if (next == null) {
            node.putNull("next");
        } else {
            ObjectNode nextNode = node.putObject("next");
            nextNode.set("stage", stage(next));
            nextNode.put("hasEvidence", score.nextStageHasEvidence());
            ArrayNode blocking = nextNode.putArray("blocking");
            score.blocking().forEach(r -> blocking.add(r.rule().id()));
        }
        return node;
    }

    private ObjectNode result(RuleResult result) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", result.rule().id());
        node.put("pillar", result.rule().pillar().id());
        node.put("stage", result.rule().stage().number());
        node.put("title", result.rule().title());
        node.put("status", result.status().id());
        node.put("checked", result.checked());
        node.put("passed", result.passed());
        if (result.note() != null) {
            node.put("note", result.note());
        }
        ArrayNode evidence = node.putArray("evidence");
        result.evidence().forEach(e -> evidence.add(evidence(e)));
        return node;
    }

    private ObjectNode evidence(Evidence evidence) {
        ObjectNode node = mapper.createObjectNode();
        node.put("path", evidence.path());
        node.put("line", evidence.position().line());
        node.put("column", evidence.position().column());
        node.put("location", evidence.location());
        node.put("value", evidence.value());
        return node;
    }

    private ObjectNode diagnostic(Diagnostic diagnostic) {
        ObjectNode node = mapper.createObjectNode();
        node.put("path", diagnostic.path());
        node.put("line", diagnostic.position().line());
        node.put("column", diagnostic.position().column());
        node.put("category", diagnostic.category());
        node.put("message", diagnostic.message());
        return node;
    }

    private ObjectNode stage(Stage stage) {
        return mapper.createObjectNode().put("number", stage.number()).put("name", stage.title());
    }

}
