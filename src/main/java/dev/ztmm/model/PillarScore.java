package dev.ztmm.model;

import java.util.List;

/**
 * The stage and score of one pillar, and what blocks its next stage.
 *
 * @param pillar the pillar
 * @param stage the highest stage such that it and every stage below it are met
 * @param score applicable rules met, weighted by stage, from 0 to 100; null when no rule of the
 *     pillar applies to the repository
 * @param blocking the results that keep the pillar from its next stage: its failing rules, or,
 *     when no rule of the next stage applies, that stage's not applicable rules as suggestions;
 *     empty at Optimized
 * @param nextStageHasEvidence whether at least one rule of the next stage applies
 * @param counts how many of the pillar's rules ended in each status, in {@link Status} order
 */
public record PillarScore(
        Pillar pillar,
        Stage stage,
        Integer score,
        List<RuleResult> blocking,
        boolean nextStageHasEvidence,
        List<Integer> counts) {

    /** Returns whether any rule of the pillar applies to the repository. */
    public boolean hasEvidence() {
        return score != null;
    }

    public int count(Status status) {
        return counts.get(status.ordinal());
    }
}
