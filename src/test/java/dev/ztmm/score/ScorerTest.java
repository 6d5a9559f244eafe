package dev.ztmm.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.Pillar;
import dev.ztmm.model.PillarScore;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Stage;
import dev.ztmm.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    /** Builds results from "stage:status" pairs such as "2:pass", all in the identity pillar. */
    static List<RuleResult> results(String spec) {
        List<RuleResult> results = new ArrayList<>();
        if (spec.isBlank()) {
            return results;
        }
        int index = 0;
        for (String item : spec.trim().split("\\s+")) {
            String[] parts = item.split(":");
            Stage stage = Stage.ofNumber(Long.parseLong(parts[0]));
            Status status = Status.valueOf(parts[1].toUpperCase().replace('-', '_'));
            Rule rule = new Rule("identity.rule-" + index++, Pillar.IDENTITY, stage, "Rule " + index, "why", "fix",
                    List.of("github-workflow"), List.of(), null, "true", null, false, false, null, Map.of(),
                    new Rule.RuleSource("identity", "identity.yaml", index, index));
            results.add(new RuleResult(rule, status, List.of(), 1, status == Status.PASS ? 1 : 0, null));
        }
        return results;
    }

    private static PillarScore identity(String spec) {
        return new Scorer().score(results(spec)).get(0);
    }

    /**
     * Hand-computed cases. Weights: stage 2 counts 1, stage 3 counts 2, stage 4 counts 3; the score
     * is the weighted share of applicable rules met, rounded down.
     */
    @ParameterizedTest(name = "{0} -> stage {1}, score {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "''                                  | 1 | null",
        "2:not-applicable 3:not-observable   | 1 | null",
        "2:pass                              | 2 | 100",
        "2:fail                              | 1 | 0",
        "2:pass 2:fail                       | 1 | 50",
        "2:pass 3:pass 3:fail                | 2 | 60",
        "2:pass 3:pass 4:pass                | 4 | 100",
        "2:pass 3:pass 4:fail                | 3 | 50",
        "2:fail 3:pass 4:pass                | 1 | 83",
        "2:pass 4:pass                       | 2 | 100",
        "2:pass 3:not-applicable 4:pass      | 2 | 100",
        "2:waived 3:attested 4:fail          | 3 | 50",
        "2:pass 3:pass 3:not-observable      | 3 | 100",
    })
    void stageAndScore(String spec, int stage, Integer score) {
        PillarScore result = identity(spec);

        assertThat(result.stage().number()).isEqualTo(stage);
        assertThat(result.score()).isEqualTo(score);
    }

    @Test
    void blocking_failingRulesOfNextStage() {
        PillarScore result = identity("2:pass 3:pass 3:fail 4:fail");

        assertThat(result.stage()).isEqualTo(Stage.OPPORTUNISTIC);
        assertThat(result.nextStageHasEvidence()).isTrue();
        assertThat(result.blocking()).extracting(r -> r.rule().id()).containsExactly("identity.rule-2");
    }

    @Test
    void blocking_notApplicableSuggestionsWhenNoEvidence() {
        PillarScore result = identity("2:pass 3:not-applicable 3:not-observable 4:pass");

        assertThat(result.stage()).isEqualTo(Stage.OPPORTUNISTIC);
        assertThat(result.nextStageHasEvidence()).isFalse();
        assertThat(result.blocking()).extracting(r -> r.rule().id()).containsExactly("identity.rule-1");
    }

    @Test
    void noEvidence_saysSoAndCounts() {
        PillarScore result = identity("2:not-applicable 2:not-observable");

        assertThat(result.hasEvidence()).isFalse();
        assertThat(result.count(Status.NOT_APPLICABLE)).isEqualTo(1);
        assertThat(result.count(Status.NOT_OBSERVABLE)).isEqualTo(1);
    }

    @Test
    void optimized_nothingBlocks() {
        PillarScore result = identity("2:pass 3:pass 4:pass");

        assertThat(result.stage()).isEqualTo(Stage.OPTIMIZED);
        assertThat(result.blocking()).isEmpty();
    }

    @Test
    void sixPillars_inModelOrder() {
        assertThat(new Scorer().score(results("2:pass"))).extracting(PillarScore::pillar)
                .containsExactly(Pillar.values());
    }
}
