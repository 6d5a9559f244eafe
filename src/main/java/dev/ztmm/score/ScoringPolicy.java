package dev.ztmm.score;

import dev.ztmm.model.Stage;

/**
 * The constants of the scoring policy, described in docs/scoring.md.
 *
 * <p>A change here changes every report: give the reason in the commit that makes it.
 */
public final class ScoringPolicy {

    /** Highest score of a pillar. */
    public static final int MAX_SCORE = 100;

    private ScoringPolicy() {}

    /**
     * Returns the weight of a rule of {@code stage} in the 0-100 score: 1 for Opportunistic, 2
     * for Systematic, 3 for Optimized, so the controls that are harder to reach count for more.
     */
    public static int weight(Stage stage) {
        return stage.number() - 1;
    }
}
