package dev.ztmm.report;

import dev.ztmm.model.Pillar;
import dev.ztmm.model.Rule;
import dev.ztmm.model.Stage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of a set of rules: per pillar and stage, and per framework the rules that cite it.
 *
 * @param byPillarAndStage rule count per pillar and stage 2 to 4, pillars in model order
 * @param byFramework how many rules cite each framework at least once, by framework name
 * @param total how many rules there are
 */
record RuleStatistics(Map<Pillar, Map<Stage, Integer>> byPillarAndStage, Map<String, Integer> byFramework, int total) {

    static final List<Stage> RULE_STAGES = List.of(Stage.OPPORTUNISTIC, Stage.SYSTEMATIC, Stage.OPTIMIZED);

    static RuleStatistics of(List<Rule> rules) {
        Map<Pillar, Map<Stage, Integer>> counts = new EnumMap<>(Pillar.class);
        for (Pillar pillar : Pillar.values()) {
            Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
            RULE_STAGES.forEach(stage -> stages.put(stage, 0));
            counts.put(pillar, stages);
        }
        Map<String, Integer> frameworks = new TreeMap<>();
        for (Rule rule : rules) {
            counts.get(rule.pillar()).merge(rule.stage(), 1, Integer::sum);
            rule.references().keySet().forEach(name -> frameworks.merge(name, 1, Integer::sum));
        }
        return new RuleStatistics(counts, frameworks, rules.size());
    }

    int pillarTotal(Pillar pillar) {
        return byPillarAndStage.get(pillar).values().stream().mapToInt(Integer::intValue).sum();
    }

    int stageTotal(Stage stage) {
        return byPillarAndStage.values().stream().mapToInt(stages -> stages.getOrDefault(stage, 0)).sum();
    }
}
