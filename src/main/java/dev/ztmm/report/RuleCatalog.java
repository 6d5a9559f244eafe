package dev.ztmm.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ztmm.model.Pillar;
import dev.ztmm.model.Rule;
import dev.ztmm.model.Stage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Writes the rules of the loaded packs for `ztmm rules list` and `ztmm rules show`. */
public final class RuleCatalog {

    private RuleCatalog() {}

    /** Writes one line per rule: id, pillar, stage and title. */
    public static void listText(List<Rule> rules, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(2);
        out.println(String.format("%-" + width + "s  %-12s %-5s %s", "ID", "PILLAR", "STAGE", "TITLE"));
        for (Rule rule : rules) {
            out.println(String.format("%-" + width + "s  %-12s %-5d %s", rule.id(), rule.pillar().id(),
                    rule.stage().number(), rule.title()));
        }
        out.println(Gate.plural(rules.size(), "rule"));
        out.flush();
    }

    /** Writes a JSON array with each rule's id, pack, pillar, stage number, title, kinds and references. */
    public static void listJson(List<Rule> rules, Writer out) throws IOException {
        ArrayNode array = Json.array();
        for (Rule rule : rules) {
            ObjectNode node = array.addObject();
            node.put("id", rule.id());
            node.put("pack", rule.source().pack());
            node.put("pillar", rule.pillar().id());
            node.put("stage", rule.stage().number());
            node.put("title", rule.title());
            ArrayNode kinds = node.putArray("kinds");
            rule.kinds().forEach(kinds::add);
            ObjectNode references = node.putObject("references");
            rule.references().forEach((framework, ids) -> {
                ArrayNode list = references.putArray(framework);
                ids.forEach(list::add);
            });
        }
        Json.write(array, out);
    }

    /** Writes the rule count per pillar and stage, and how many rules cite each framework. */
    public static void summaryText(List<Rule> rules, Writer writer) {
        RuleStatistics stats = RuleStatistics.of(rules);
        PrintWriter out = new PrintWriter(writer);
        out.println(String.format("%-14s %8s %8s %8s %8s", "PILLAR", "STAGE 2", "STAGE 3", "STAGE 4", "TOTAL"));
        for (Pillar pillar : Pillar.values()) {
            Map<Stage, Integer> stages = stats.byPillarAndStage().get(pillar);
            out.println(String.format("%-14s %8d %8d %8d %8d", pillar.id(), stages.get(Stage.OPPORTUNISTIC),
                    stages.get(Stage.SYSTEMATIC), stages.get(Stage.OPTIMIZED), stats.pillarTotal(pillar)));
        }
        out.println(String.format("%-14s %8d %8d %8d %8d", "total", stats.stageTotal(Stage.OPPORTUNISTIC),
                stats.stageTotal(Stage.SYSTEMATIC), stats.stageTotal(Stage.OPTIMIZED), stats.total()));
        out.println();
        out.println(String.format("%-16s %s", "FRAMEWORK", "RULES CITING IT"));
        stats.byFramework().forEach((name, count) -> out.println(String.format("%-16s %d", name, count)));
        out.flush();
    }

    /** Writes the summary as JSON: {@code {total, pillars: {id: {"2": n, ...}}, frameworks: {name: n}}}. */
    public static void summaryJson(List<Rule> rules, Writer out) throws IOException {
        RuleStatistics stats = RuleStatistics.of(rules);
        ObjectNode root = Json.object();
        root.put("total", stats.total());
        ObjectNode pillars = root.putObject("pillars");
        stats.byPillarAndStage().forEach((pillar, stages) -> {
            ObjectNode node = pillars.putObject(pillar.id());
            stages.forEach((stage, count) -> node.put(String.valueOf(stage.number()), count));
        });
        ObjectNode frameworks = root.putObject("frameworks");
        stats.byFramework().forEach(frameworks::put);
        Json.write(root, out);
    }

    /** Writes everything about one rule: its text, where it is defined and how it is evaluated. */
    public static void show(Rule rule, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.println(rule.id() + ": " + rule.title());
        field(out, "pillar", rule.pillar().id());
        field(out, "stage", Gate.stage(rule.stage()));
        field(out, "pack", rule.source().pack() + " (" + rule.source().file() + ":" + rule.source().line() + ")");
        field(out, "kinds", String.join(", ", rule.kinds()));
        field(out, "select", rule.select().isEmpty() ? "(the whole document)" : String.join(", ", rule.select()));
        field(out, "when", rule.when() == null ? "(every item)" : rule.when());
        field(out, "condition", rule.condition());
        field(out, "evidence", rule.evidence() == null ? "(the item)" : rule.evidence());
        field(out, "match", rule.matchAny() ? "any: one passing item in the repository is enough"
                : "every: each item must pass");
        field(out, "server state", rule.serverState() ? "yes: with no document the rule is not observable"
                : "no: with no document the rule is not applicable");
        block(out, "why", rule.why());
        block(out, "fix", rule.fix());
        block(out, "limitations", rule.limitations() == null ? "none recorded" : rule.limitations());
        out.println("references:");
        rule.references().forEach((framework, ids) -> out.println("  " + framework + ": " + String.join(", ", ids)));
        out.flush();
    }

    private static void field(PrintWriter out, String name, String value) {
        out.println(String.format("%-13s %s", name + ":", value.strip().replace("\n", "\n              ")));
    }

    private static void block(PrintWriter out, String name, String text) {
        out.println(name + ":");
        for (String line : text.strip().split("\n", -1)) {
            out.println("  " + line);
        }
    }
}
