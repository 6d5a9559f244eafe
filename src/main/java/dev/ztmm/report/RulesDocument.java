package dev.ztmm.report;

import dev.ztmm.model.Pillar;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RulePack;
import dev.ztmm.model.Stage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generates docs/rules.md from the rule packs: the stage distribution, the framework coverage
 * and one section per rule, whose anchor is the rule id so that SARIF help links can point at
 * it. The packs are the only source of rule text; the page is never edited by hand.
 */
public final class RulesDocument {

    /** The command that regenerates the page, printed by the test that checks it. */
    public static final String REGENERATE =
            "./mvnw -B -q test -Dtest=RulesDocumentTest -Dztmm.updateDocs=true";

    private RulesDocument() {}

    /** Returns the whole page for {@code packs}. */
    public static String render(List<RulePack> packs) {
        List<Rule> rules = packs.stream().flatMap(p -> p.rules().stream()).toList();
        StringBuilder md = new StringBuilder();
        md.append("# Rules\n\n");
        md.append("<!-- Generated from rules/*.yaml; do not edit. Regenerate with:\n     ")
                .append(REGENERATE).append(" -->\n\n");
        md.append("ztmm has ").append(Gate.plural(rules.size(), "rule")).append(" in ")
                .append(Gate.plural(packs.size(), "pack")).append(". Each rule is evidence for one stage of one")
                .append(" pillar; `ztmm rules show RULE_ID` prints a rule with its condition, and")
                .append(" `ztmm explain RULE_ID PATH` shows how it judged each item of a repository.\n\n");
        stageTable(RuleStatistics.of(rules), md);
        frameworkTable(RuleStatistics.of(rules), md);
        for (Pillar pillar : Pillar.values()) {
            pillarSection(pillar, packs, md);
        }
        return md.toString();
    }

    private static void stageTable(RuleStatistics stats, StringBuilder md) {
        md.append("## Stage distribution\n\n| Pillar | Stage 2 | Stage 3 | Stage 4 | Total |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (Pillar pillar : Pillar.values()) {
            Map<Stage, Integer> stages = stats.byPillarAndStage().get(pillar);
            md.append("| ").append(pillar.title());
            RuleStatistics.RULE_STAGES.forEach(stage -> md.append(" | ").append(stages.get(stage)));
            md.append(" | ").append(stats.pillarTotal(pillar)).append(" |\n");
        }
        md.append("| **Total**");
        RuleStatistics.RULE_STAGES.forEach(stage -> md.append(" | ").append(stats.stageTotal(stage)));
        md.append(" | ").append(stats.total()).append(" |\n\n");
    }

    private static void frameworkTable(RuleStatistics stats, StringBuilder md) {
        md.append("## Framework coverage\n\nHow many rules cite each framework in their `references`.\n\n");
        md.append("| Framework | Rules citing it | Share of all rules |\n| --- | ---: | ---: |\n");
        stats.byFramework().forEach((framework, count) -> md.append("| ").append(framework).append(" | ")
                .append(count).append(" | ").append(stats.total() == 0 ? 0 : Math.round(100.0 * count / stats.total()))
                .append(" % |\n"));
        md.append('\n');
    }

    private static void pillarSection(Pillar pillar, List<RulePack> packs, StringBuilder md) {
        md.append("## ").append(pillar.title()).append("\n\n");
        List<Map.Entry<RulePack, Rule>> rules = packs.stream()
                .flatMap(pack -> pack.rules().stream().map(rule -> Map.entry(pack, rule)))
                .filter(entry -> entry.getValue().pillar() == pillar)
                .sorted(Comparator.comparing((Map.Entry<RulePack, Rule> e) -> e.getValue().stage())
                        .thenComparing(e -> e.getValue().id()))
                .toList();
        if (rules.isEmpty()) {
            md.append("No rule yet.\n\n");
        }
        rules.forEach(entry -> rule(entry.getKey(), entry.getValue(), md));
    }

    private static void rule(RulePack pack, Rule rule, StringBuilder md) {
        md.append("<a id=\"").append(rule.id()).append("\"></a>\n\n");
        md.append("### ").append(rule.id()).append("\n\n");
        md.append("**").append(rule.title()).append("**. Stage ").append(Gate.stage(rule.stage()))
                .append(", pack `").append(pack.id()).append("` ").append(pack.version()).append(", reads ")
                .append(rule.kinds().stream().map(k -> "`" + k + "`").collect(Collectors.joining(", ")))
                .append(".\n\n");
        md.append(Markdown.prose(rule.why()).strip()).append("\n\n");
        md.append("**Fix:** ").append(Markdown.prose(rule.fix()).strip()).append("\n\n");
        if (rule.limitations() != null) {
            md.append("**Limitations:** ").append(Markdown.prose(rule.limitations()).strip()).append("\n\n");
        }
        md.append("**References:** ").append(rule.references().entrySet().stream()
                .map(e -> e.getKey() + " " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "))).append("\n\n");
    }
}
