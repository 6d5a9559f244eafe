package dev.ztmm.report.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ztmm.report.Json;
import dev.ztmm.report.Markdown;
import dev.ztmm.report.diff.ReportDiff.PillarChange;
import dev.ztmm.report.diff.ReportDiff.RuleChange;
import dev.ztmm.report.diff.ReportSnapshot.PillarState;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/** Writes a {@link ReportDiff} as text, JSON or Markdown. */
public final class DiffRenderer {

    private DiffRenderer() {}

    /** Writes the diff for a terminal: the pillar table, then the rule changes. */
    public static void text(ReportDiff diff, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.println(String.format("%-14s %-17s %-17s %s", "PILLAR", "BEFORE", "AFTER", "SCORE"));
        for (PillarChange pillar : diff.pillars()) {
            out.println(String.format("%-14s %-17s %-17s %s%s", pillar.pillar(), stage(pillar.before()),
                    stage(pillar.after()), score(pillar), pillar.droppedStage() ? "  dropped a stage" : ""));
        }
        rules(out, "Newly failing", diff.newlyFailing());
        rules(out, "Newly passing", diff.newlyPassing());
        out.println();
        out.println(diff.isRegression() ? "Regression: a pillar dropped a stage or a rule went from pass to fail."
                : "No regression.");
        out.flush();
    }

    private static void rules(PrintWriter out, String heading, List<RuleChange> changes) {
        out.println();
        out.println(heading + " (" + changes.size() + ")");
        for (RuleChange change : changes) {
            out.println("  " + change.id() + "  " + change.before() + " -> " + change.after() + "  " + change.title());
        }
    }

    /** Writes the diff as a JSON object with pillars, newlyFailing, newlyPassing and regression. */
    public static void json(ReportDiff diff, Writer out) throws IOException {
        ObjectNode root = Json.object();
        root.put("regression", diff.isRegression());
        ArrayNode pillars = root.putArray("pillars");
        for (PillarChange pillar : diff.pillars()) {
            ObjectNode node = pillars.addObject().put("pillar", pillar.pillar());
            node.set("before", state(pillar.before()));
            node.set("after", state(pillar.after()));
            node.put("droppedStage", pillar.droppedStage());
        }
        root.set("newlyFailing", changes(diff.newlyFailing()));
        root.set("newlyPassing", changes(diff.newlyPassing()));
        Json.write(root, out);
    }

    private static ObjectNode state(PillarState state) {
        if (state == null) {
            return null;
        }
        ObjectNode node = Json.object().put("stage", state.stage()).put("stageName", state.stageName());
        return state.score() == null ? node.putNull("score") : node.put("score", state.score());
    }

    private static ArrayNode changes(List<RuleChange> changes) {
        ArrayNode array = Json.array();
        changes.forEach(c -> array.addObject().put("id", c.id()).put("pillar", c.pillar())
                .put("title", c.title()).put("before", c.before()).put("after", c.after()));
        return array;
    }

    /** Writes the diff as Markdown for a pull-request comment. */
    public static void markdown(ReportDiff diff, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.println("## ztmm: maturity change");
        out.println();
        out.println(diff.isRegression() ? "**Regression:** a pillar dropped a stage or a rule went from pass to fail."
                : "No regression.");
        out.println();
        out.println("| Pillar | Before | After | Score |");
        out.println("| --- | --- | --- | --- |");
        for (PillarChange pillar : diff.pillars()) {
            out.println("| " + Markdown.text(pillar.pillar()) + " | " + Markdown.text(stage(pillar.before())) + " | "
                    + Markdown.text(stage(pillar.after()))
                    + (pillar.droppedStage() ? " :arrow_down:" : "") + " | " + score(pillar) + " |");
        }
        markdownRules(out, "Newly failing", diff.newlyFailing());
        markdownRules(out, "Newly passing", diff.newlyPassing());
        out.flush();
    }

    private static void markdownRules(PrintWriter out, String heading, List<RuleChange> changes) {
        out.println();
        out.println("### " + heading + " (" + changes.size() + ")");
        if (!changes.isEmpty()) {
            out.println();
        }
        for (RuleChange change : changes) {
            out.println("- " + Markdown.code(change.id()) + " " + Markdown.text(change.before()) + " &rarr; "
                    + Markdown.text(change.after()) + ": " + Markdown.text(change.title()));
        }
    }

    private static String stage(PillarState state) {
        return state == null ? "-" : state.stage() + " " + state.stageName();
    }

    private static String score(PillarChange pillar) {
        String before = pillar.before() == null || pillar.before().score() == null ? "-" : pillar.before().score().toString();
        String after = pillar.after() == null || pillar.after().score() == null ? "-" : pillar.after().score().toString();
        return before.equals(after) ? after : before + " -> " + after;
    }
}
