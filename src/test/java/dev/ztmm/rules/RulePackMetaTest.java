package dev.ztmm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.Pillar;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RulePack;
import dev.ztmm.model.Stage;
import dev.ztmm.pack.PackLoader;
import dev.ztmm.pack.References;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the built-in packs as a catalogue: coverage, references and the form of their text. */
class RulePackMetaTest {

    /** A NIST SP 800-53 rev. 5 control or enhancement id, such as AC-6 or AC-6(9). */
    private static final Pattern NIST_800_53 = Pattern.compile("[A-Z]{2}-\\d{1,2}(\\(\\d{1,2}\\))?");
    /** "Pillar / Function (Stage)" with a CISA ZTMM v2.0 stage name. */
    private static final Pattern CISA_ZTMM =
            Pattern.compile("[A-Z][A-Za-z ,&-]+ / [A-Z][A-Za-z ,&-]+ \\((Traditional|Initial|Advanced|Optimal)\\)");
    private static final Set<String> SCORECARD_CHECKS = Set.of("Binary-Artifacts", "Branch-Protection", "CI-Tests",
            "CII-Best-Practices", "Code-Review", "Contributors", "Dangerous-Workflow", "Dependency-Update-Tool",
            "Fuzzing", "License", "Maintained", "Packaging", "Pinned-Dependencies", "SAST", "SBOM",
            "Security-Policy", "Signed-Releases", "Token-Permissions", "Vulnerabilities", "Webhooks");
    private static final Set<String> IMPERATIVE_STARTS = Set.of("Add", "Use", "Set", "Enable", "Ensure", "Avoid",
            "Do", "Don't", "Never", "Always", "Make", "Check", "Require");

    private static List<Rule> rules;

    @BeforeAll
    static void loadPacks() throws Exception {
        List<RulePack> packs = new PackLoader().load(List.of());
        rules = packs.stream().flatMap(pack -> pack.rules().stream()).toList();
    }

    @Test
    void catalogue_coversEveryPillarAndStage() {
        assertThat(rules.size()).as("rules in the built-in packs").isGreaterThanOrEqualTo(120);
        for (Pillar pillar : Pillar.values()) {
            List<Rule> ofPillar = rules.stream().filter(r -> r.pillar() == pillar).toList();
            assertThat(ofPillar.size()).as("rules of %s", pillar.id()).isGreaterThanOrEqualTo(18);
            for (Stage stage : List.of(Stage.OPPORTUNISTIC, Stage.SYSTEMATIC, Stage.OPTIMIZED)) {
                long count = ofPillar.stream().filter(r -> r.stage() == stage).count();
                assertThat(count).as("rules of %s at stage %d", pillar.id(), stage.number()).isGreaterThanOrEqualTo(4);
            }
        }
    }

    @Test
    void everyRule_citesNistAndCisa() {
        for (Rule rule : rules) {
            assertThat(rule.references().keySet()).as(rule.id()).contains(References.NIST_800_53, References.CISA_ZTMM);
        }
    }

    @Test
    void references_wellFormed() {
        for (Rule rule : rules) {
            Map<String, List<String>> references = rule.references();
            references.getOrDefault(References.NIST_800_53, List.of()).forEach(id ->
                    assertThat(id).as("NIST SP 800-53 id of %s", rule.id()).matches(NIST_800_53));
            references.getOrDefault(References.CISA_ZTMM, List.of()).forEach(id ->
                    assertThat(id).as("CISA ZTMM function of %s", rule.id()).matches(CISA_ZTMM));
            references.getOrDefault(References.SCORECARD, List.of()).forEach(id ->
                    assertThat(SCORECARD_CHECKS).as("Scorecard check of %s", rule.id()).contains(id));
        }
    }

    @Test
    void titles_statementsWithoutPeriod() {
        for (Rule rule : rules) {
            String title = rule.title();
            assertThat(title).as("title of %s", rule.id()).doesNotEndWith(".");
            assertThat(Character.isUpperCase(title.charAt(0))).as("capital first letter: %s", title).isTrue();
            assertThat(title.length()).as("length of: %s", title).isLessThanOrEqualTo(90);
            assertThat(IMPERATIVE_STARTS).as("a statement, not an instruction: %s", title)
                    .doesNotContain(title.split(" ")[0]);
        }
    }

    @Test
    void fixes_startWithOneSentence() {
        for (Rule rule : rules) {
            String sentence = firstParagraph(rule.fix());
            assertThat(Character.isUpperCase(sentence.charAt(0))).as("fix of %s: %s", rule.id(), sentence).isTrue();
            assertThat(sentence).as("fix of %s", rule.id()).matches("(?s).*[.:]$");
        }
    }

    /** Returns the lines before the first blank or indented line (a snippet), joined. */
    private static String firstParagraph(String text) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.strip().split("\n")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                break;
            }
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
        }
        return paragraph.toString();
    }

    @Test
    void serverStateRules_targetFilesThatMayBeAbsent() {
        for (Rule rule : rules.stream().filter(Rule::serverState).toList()) {
            assertThat(List.copyOf(rule.kinds())).as(rule.id()).doesNotContain("repository");
        }
    }

    @Test
    void ids_uniqueAndNamedAfterPillar() {
        Map<String, Long> counts = rules.stream().collect(Collectors.groupingBy(Rule::id, Collectors.counting()));
        assertThat(counts.values()).allMatch(count -> count == 1);
        rules.forEach(rule -> assertThat(rule.id()).startsWith(rule.pillar().id() + "."));
    }
}
