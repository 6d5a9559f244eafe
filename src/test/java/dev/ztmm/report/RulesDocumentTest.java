package dev.ztmm.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.RulePack;
import dev.ztmm.pack.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/rules.md equal to what {@link RulesDocument} generates from the built-in packs.
 * Run with -Dztmm.updateDocs=true to rewrite the page instead of failing.
 */
class RulesDocumentTest {

    private static final Path PAGE = Path.of("docs/rules.md");

    @Test
    void rulesPage_upToDate() throws Exception {
        String generated = RulesDocument.render(new PackLoader().load(List.of()));
        if (Boolean.getBoolean("ztmm.updateDocs")) {
            Files.writeString(PAGE, generated);
        }
        String current = Files.exists(PAGE) ? Files.readString(PAGE) : "";

        assertThat(current).as("docs/rules.md is out of date; regenerate it with: %s", RulesDocument.REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyRule_hasAnchorNamedById() throws Exception {
        List<RulePack> packs = new PackLoader().load(List.of(ReportFixtures.PACKS));
        String page = RulesDocument.render(packs);

        for (RulePack pack : packs) {
            pack.rules().forEach(rule -> assertThat(page).contains("<a id=\"" + rule.id() + "\"></a>"));
        }
    }

    @Test
    void tables_countTestPackRules() throws Exception {
        Path file = ReportFixtures.PACKS.resolve("report-test.yaml");
        RulePack pack = new PackLoader().parse(file.toString(), Files.readAllBytes(file));
        String page = RulesDocument.render(List.of(pack));

        assertThat(page).contains("## Stage distribution", "## Framework coverage");
        assertThat(page).contains("| Devices | 0 | 1 | 0 | 1 |");
        assertThat(page).contains("| osps | 1 |");
    }
}
