package dev.ztmm.score;

import dev.ztmm.model.Pillar;
import dev.ztmm.model.PillarScore;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Stage;
import dev.ztmm.model.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns rule results into a stage and a score for each pillar.
 *
 * <p>A stage from Opportunistic up is met when at least one of its rules applies to the
 * repository and every applicable rule of that stage is met (passed, waived or attested). A
 * pillar's stage is the highest stage such that it and every stage below it are met; Ad-Hoc is
 * where a pillar sits until Opportunistic is met. Not observable and not applicable rules count
 * neither for nor against a stage. The score is the stage-weighted share of applicable rules
 * that are met, rounded down.
 */
public final class Scorer {

    /** Scores all six pillars, in {@link Pillar} order. */
    public List<PillarScore> score(List<RuleResult> results) {
        List<PillarScore> scores = new ArrayList<>();
        for (Pillar pillar : Pillar.values()) {
            scores.add(scorePillar(pillar, results.stream().filter(r -> r.rule().pillar() == pillar).toList()));
        }
        return scores;
    }

    private PillarScore scorePillar(Pillar pillar, List<RuleResult> results) {
        Stage stage = Stage.AD_HOC;
        while (stage.next() != null && isMet(stage.next(), results)) {
            stage = stage.next();
        }
        Stage next = stage.next();
        boolean nextHasEvidence = next != null && !applicable(next, results).isEmpty();
        List<RuleResult> blocking = next == null ? List.of() : blocking(next, results, nextHasEvidence);
        return new PillarScore(pillar, stage, weightedScore(results), blocking, nextHasEvidence, counts(results));
    }

    static boolean isMet(Stage stage, List<RuleResult> results) {
        List<RuleResult> applicable = applicable(stage, results);
        return !applicable.isEmpty() && applicable.stream().allMatch(r -> r.status().isMet());
    }

    private static List<RuleResult> applicable(Stage stage, List<RuleResult> results) {
        return results.stream()
                .filter(r -> r.rule().stage() == stage && r.status().isApplicable())
                .toList();
    }

    private static List<RuleResult> blocking(Stage next, List<RuleResult> results, boolean hasEvidence) {
        return results.stream()
                .filter(r -> r.rule().stage() == next)
                .filter(r -> hasEvidence ? r.status() == Status.FAIL : r.status() == Status.NOT_APPLICABLE)
                .toList();
    }

    static Integer weightedScore(List<RuleResult> results) {
        int total = 0;
        int met = 0;
        for (RuleResult result : results) {
            if (result.status().isApplicable()) {
                int weight = ScoringPolicy.weight(result.rule().stage());
                total += weight;
                met += result.status().isMet() ? weight : 0;
            }
        }
        return total == 0 ? null : met * ScoringPolicy.MAX_SCORE / total;
    }

    private static List<Integer> counts(List<RuleResult> results) {
        Integer[] counts = new Integer[Status.values().length];
        Arrays.fill(counts, 0);
        results.forEach(r -> counts[r.status().ordinal()]++);
        return List.of(counts);
    }
}
