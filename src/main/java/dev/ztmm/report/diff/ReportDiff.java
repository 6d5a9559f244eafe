package dev.ztmm.report.diff;

import dev.ztmm.report.diff.ReportSnapshot.PillarState;
import dev.ztmm.report.diff.ReportSnapshot.RuleState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The changes between two reports of the same repository.
 *
 * @param pillars every pillar of either report, in the newer report's order
 * @param newlyFailing rules that fail now and did not fail before, by rule id
 * @param newlyPassing rules that pass now and did not pass before, by rule id
 */
public record ReportDiff(List<PillarChange> pillars, List<RuleChange> newlyFailing, List<RuleChange> newlyPassing) {

    /** The status a rule has in a report that does not list it. */
    public static final String ABSENT = "absent";

    /**
     * One pillar in both reports; a state is null when that report lacks the pillar.
     */
    public record PillarChange(String pillar, PillarState before, PillarState after) {

        /** Returns whether the pillar dropped at least one stage. */
        public boolean droppedStage() {
            return before != null && after != null && after.stage() < before.stage();
        }

        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    /** One rule whose status changed; {@code before} is {@link #ABSENT} for a new rule. */
    public record RuleChange(String id, String pillar, String title, String before, String after) {

        /** Returns whether the rule went from pass to fail. */
        public boolean passToFail() {
            return before.equals("pass") && after.equals("fail");
        }
    }

    /** Compares {@code before} with {@code after}. */
    public static ReportDiff between(ReportSnapshot before, ReportSnapshot after) {
        List<PillarChange> pillars = new ArrayList<>();
        after.pillars().forEach((id, state) -> pillars.add(new PillarChange(id, before.pillars().get(id), state)));
        before.pillars().forEach((id, state) -> {
            if (!after.pillars().containsKey(id)) {
                pillars.add(new PillarChange(id, state, null));
            }
        });
        List<RuleChange> failing = new ArrayList<>();
        List<RuleChange> passing = new ArrayList<>();
        for (Map.Entry<String, RuleState> rule : new TreeMap<>(after.rules()).entrySet()) {
            RuleState now = rule.getValue();
            String then = before.rules().containsKey(rule.getKey()) ? before.rules().get(rule.getKey()).status() : ABSENT;
            RuleChange change = new RuleChange(rule.getKey(), now.pillar(), now.title(), then, now.status());
            if (now.status().equals("fail") && !then.equals("fail")) {
                failing.add(change);
            } else if (now.status().equals("pass") && !then.equals("pass")) {
                passing.add(change);
            }
        }
        return new ReportDiff(List.copyOf(pillars), List.copyOf(failing), List.copyOf(passing));
    }

    /** Returns whether a pillar dropped a stage or a rule went from pass to fail. */
    public boolean isRegression() {
        return pillars.stream().anyMatch(PillarChange::droppedStage)
                || newlyFailing.stream().anyMatch(RuleChange::passToFail);
    }
}
