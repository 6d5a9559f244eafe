package dev.ztmm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.collect.CollectException;
import dev.ztmm.collect.SourceText;
import dev.ztmm.collect.YamlLoader;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Status;
import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.pack.PackLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {

    private static final String WORKFLOW = """
            on: push
            jobs:
              build:
                steps:
                  - uses: actions/checkout@v4
                  - uses: ./local
                  - run: make
              test:
                steps:
                  - uses: actions/setup-go@0123456789abcdef0123456789abcdef01234567
            """;

    private static Rule rule(String fields) throws InvalidPackException {
        String yaml = "pack: t\nversion: 1\nrules:\n  - id: applications.sample\n    pillar: applications\n"
                + "    stage: 2\n    title: T\n    why: w\n    fix: f\n    references: {nist-800-53: [SA-12]}\n" + fields;
        return new PackLoader().parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).rules().get(0);
    }

    private static Document workflow(String path, String text) throws CollectException {
        return new Document(DocumentKind.GITHUB_WORKFLOW, path, new YamlLoader().loadAll(SourceText.of(path, text)).get(0));
    }

    private static Evaluation evaluate(Rule rule, Document... documents) throws InvalidPackException {
        List<Document> all = new ArrayList<>(List.of(documents));
        all.add(new Document(DocumentKind.REPOSITORY, "", new MapNode(Position.NONE)));
        return new Engine(1).evaluate(List.of(rule), all);
    }

    @Test
    void selectWhenEvidence_failingStepAtItsUsesLine() throws Exception {
        Rule rule = rule("    kinds: [github-workflow]\n    select: jobs.*.steps[*]\n    when: has(item.uses)\n"
                + "    condition: pinnedUses(item.uses)\n    evidence: uses\n");

        RuleResult result = evaluate(rule, workflow("ci.yml", WORKFLOW)).results().get(0);

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.checked()).isEqualTo(3);
        assertThat(result.passed()).isEqualTo(2);
        assertThat(result.evidence()).singleElement()
                .satisfies(e -> assertThat(e.reference()).isEqualTo("ci.yml:5"))
                .satisfies(e -> assertThat(e.location()).isEqualTo("jobs.build.steps[0].uses"))
                .satisfies(e -> assertThat(e.value()).isEqualTo("actions/checkout@v4"));
    }

    @Test
    void selectList_checksEveryPattern() throws Exception {
        Rule rule = rule("    kinds: [github-workflow]\n    select: ['jobs.build.steps[*]', 'jobs.test.steps[*]']\n"
                + "    condition: has(item.uses)\n");

        RuleResult result = evaluate(rule, workflow("ci.yml", WORKFLOW)).results().get(0);

        assertThat(result.checked()).isEqualTo(4);
        assertThat(result.evidence()).extracting(e -> e.position().line()).containsExactly(7);
    }

    @Test
    void keyVariable_namesMatchedJob() throws Exception {
        Rule rule = rule("    kinds: [github-workflow]\n    select: jobs.*\n    condition: key != 'test'\n");

        RuleResult result = evaluate(rule, workflow("ci.yml", WORKFLOW)).results().get(0);

        assertThat(result.evidence()).extracting(e -> e.location()).containsExactly("jobs.test");
    }

    @Test
    void matchAny_onePassingDocumentEnough() throws Exception {
        Rule rule = rule("    kinds: [github-workflow]\n    match: any\n    condition: triggers(doc.on).exists(t, t == 'schedule')\n");

        Evaluation none = evaluate(rule, workflow("a.yml", "on: push\n"), workflow("b.yml", "on: [pull_request]\n"));
        Evaluation one = evaluate(rule, workflow("a.yml", "on: push\n"), workflow("b.yml", "on:\n  schedule: []\n"));

        assertThat(none.results().get(0).status()).isEqualTo(Status.FAIL);
        assertThat(none.results().get(0).evidence()).extracting(e -> e.reference()).containsExactly("(repository)");
        assertThat(one.results().get(0).status()).isEqualTo(Status.PASS);
    }

    @Test
    void absentKind_notApplicableOrNotObservable() throws Exception {
        Rule local = rule("    kinds: [terraform]\n    condition: 'true'\n");
        Rule server = rule("    kinds: [github-settings]\n    serverState: true\n    condition: 'true'\n");

        assertThat(evaluate(local).results().get(0).status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(evaluate(server).results().get(0).status()).isEqualTo(Status.NOT_OBSERVABLE);
    }

    @Test
    void noItemInScope_notApplicable() throws Exception {
        Rule rule = rule("    kinds: [github-workflow]\n    select: jobs.*.services.*\n    condition: 'false'\n");

        assertThat(evaluate(rule, workflow("ci.yml", WORKFLOW)).results().get(0).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void evaluationError_listedItemNotCounted() throws Exception {
        Rule rule = rule("    kinds: [github-workflow]\n    select: jobs.*\n    condition: item.permissions == 'read-all'\n");

        Evaluation evaluation = evaluate(rule, workflow("ci.yml", WORKFLOW));

        assertThat(evaluation.results().get(0).status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(evaluation.diagnostics()).hasSize(2).allSatisfy(d -> {
            assertThat(d.category()).isEqualTo(Diagnostic.Category.RULE_ERROR);
            assertThat(d.message()).contains("applications.sample");
        });
    }

    @Test
    void nullValues_comparableInConditions() throws Exception {
        Rule rule = rule("    kinds: [github-workflow]\n    condition: doc.permissions == null\n");

        assertThat(evaluate(rule, workflow("ci.yml", "on: push\npermissions:\n")).results().get(0).status())
                .isEqualTo(Status.PASS);
    }
}
