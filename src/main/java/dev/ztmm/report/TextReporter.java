package dev.ztmm.report;

import dev.ztmm.model.Assessment;
import dev.ztmm.model.Evidence;
import dev.ztmm.model.PillarScore;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Stage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes the gap report for a terminal: the pillar table, then for each pillar below Optimized
 * what blocks its next stage, then the one thing to do first.
 */
public final class TextReporter implements Reporter {

    /** Evidence lines shown per failing rule before the rest are counted. */
    static final int MAX_EVIDENCE_SHOWN = 5;

    private static final int BAR_WIDTH = 20;

    private final Ansi ansi;

    /** @param color whether to write ANSI colour codes */
    public TextReporter(boolean color) {
        this.ansi = new Ansi(color);
    }

    @Override
    public void write(Assessment assessment, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        header(assessment, out);
        table(assessment, out);
        gaps(assessment, out);
        firstStep(assessment, out);
        out.flush();
    }

    private void header(Assessment assessment, PrintWriter out) {
        out.println(ansi.bold("ztmm " + assessment.toolVersion() + ": Zero Trust maturity of " + assessment.repository()));
        int rules = assessment.packs().stream().mapToInt(Assessment.PackInfo::rules).sum();
        String commit = assessment.commit() == null ? "no git commit found" : "commit " + assessment.commit().substring(0, 12);
        out.println(ansi.dim(commit + ", " + plural(rules, "rule") + " from " + plural(assessment.packs().size(), "pack")
                + ", " + plural(assessment.files().size(), "configuration file") + " read"));
        Stage lowest = assessment.pillars().stream().map(PillarScore::stage).min(Comparator.naturalOrder()).orElse(Stage.AD_HOC);
        String result = "Overall: lowest stage " + lowest.number() + " " + lowest.title();
        if (!assessment.targets().isEmpty()) {
            List<PillarScore> missed = assessment.missedTargets();
            result += missed.isEmpty() ? ", all targets met" : ", " + plural(missed.size(), "pillar") + " below target";
        }
        out.println(ansi.bold(result));
        for (String missed : Gate.missedTargets(assessment)) {
            out.println("  " + ansi.red("missed target: ") + missed);
        }
        out.println();
    }

    private void table(Assessment assessment, PrintWriter out) {
        out.println(ansi.bold(String.format("%-14s %-17s %5s  %s", "PILLAR", "STAGE", "SCORE", "PROGRESS")));
        for (PillarScore score : assessment.pillars()) {
            String stage = score.stage().number() + " " + score.stage().title();
            String value = score.score() == null ? "-" : String.valueOf(score.score());
            String line = String.format("%-14s %-17s %5s  %s", score.pillar().title(), stage, value, bar(score));
            Stage target = assessment.targets().get(score.pillar());
            if (target != null) {
                line += score.stage().number() < target.number()
                        ? ansi.red("  below target " + target.number())
                        : ansi.green("  target " + target.number() + " met");
            }
            if (!score.hasEvidence()) {
                line += ansi.dim("  nothing to assess");
            }
            out.println(line);
        }
        out.println();
    }

    private String bar(PillarScore score) {
        int filled = score.score() == null ? 0 : score.score() * BAR_WIDTH / 100;
        String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
        return score.stage().number() >= 3 ? ansi.green(bar) : score.stage().number() == 2 ? ansi.yellow(bar) : ansi.red(bar);
    }

    private void gaps(Assessment assessment, PrintWriter out) {
        out.println(ansi.bold("Gap report"));
        for (PillarScore score : assessment.pillars()) {
            Stage next = score.stage().next();
            if (next == null) {
                continue;
            }
            out.println();
            out.println(ansi.bold(score.pillar().title() + ": stage " + score.stage().number() + " " + score.stage().title()
                    + ", next " + next.number() + " " + next.title()));
            if (!score.nextStageHasEvidence()) {
                noEvidence(score, next, out);
                continue;
            }
            score.blocking().forEach(result -> blockingRule(result, out));
        }
        out.println();
    }

    private void noEvidence(PillarScore score, Stage next, PrintWriter out) {
        if (score.blocking().isEmpty()) {
            out.println("  No rule of stage " + next.number() + " exists in the rule packs, so the stage cannot be claimed.");
            return;
        }
        out.println("  No stage " + next.number() + " rule applies to this repository's files, so stage " + next.number()
                + " has no evidence. These rules would apply to the files named in brackets:");
        for (RuleResult result : score.blocking()) {
            out.println("  - " + result.rule().title() + ansi.dim("  [" + result.rule().id() + "; "
                    + String.join(", ", result.rule().kinds()) + "]"));
        }
    }

    private void blockingRule(RuleResult result, PrintWriter out) {
        out.println("  " + ansi.red("FAIL") + " " + result.rule().title() + ansi.dim("  [" + result.rule().id() + "]"));
        List<Evidence> evidence = result.evidence();
        for (Evidence item : evidence.subList(0, Math.min(MAX_EVIDENCE_SHOWN, evidence.size()))) {
            String value = item.value() == null ? "" : ansi.dim("  " + item.value());
            out.println("       at " + ansi.cyan(item.reference()) + value);
        }
        if (evidence.size() > MAX_EVIDENCE_SHOWN) {
            out.println("       and " + plural(evidence.size() - MAX_EVIDENCE_SHOWN, "more place") + " (see --format json)");
        }
        printFix(result.rule().fix(), out);
    }

    private void firstStep(Assessment assessment, PrintWriter out) {
        Optional<PillarScore> lowest = assessment.pillars().stream()
                .filter(score -> score.stage().next() != null)
                .min(Comparator.comparing(PillarScore::stage));
        if (lowest.isEmpty()) {
            out.println(ansi.bold("Every pillar is at stage 4 Optimized. Keep the controls running."));
            return;
        }
        PillarScore score = lowest.get();
        Stage next = score.stage().next();
        String action = score.blocking().isEmpty()
                ? "add the files that show its stage " + next.number() + " controls"
                : (score.nextStageHasEvidence() ? "fix: " : "add: ") + score.blocking().get(0).rule().title()
                        + " [" + score.blocking().get(0).rule().id() + "]";
        out.println(ansi.bold("Do first: " + score.pillar().title() + " to stage " + next.number() + " " + next.title()
                + ", " + action));
    }

    /** Prints the fix, its first line after "fix:" and any snippet indented below it. */
    private static void printFix(String fix, PrintWriter out) {
        String[] lines = fix.strip().split("\n");
        out.println("       fix: " + lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            out.println("            " + lines[i].stripTrailing());
        }
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
