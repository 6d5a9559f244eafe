package dev.ztmm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ztmm.app.BuiltInCollectors;
import dev.ztmm.collect.Collection;
import dev.ztmm.collect.CollectionResult;
import dev.ztmm.engine.Engine;
import dev.ztmm.engine.Evaluation;
import dev.ztmm.model.Diagnostic;

import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Status;
import dev.ztmm.pack.PackLoader;
import dev.ztmm.walk.RepositoryWalker;
import dev.ztmm.walk.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule on its fixtures under src/test/resources/rules/RULE_ID/.
 *
 * <p>Each fixture is a small repository in a subfolder whose name starts with its kind:
 * {@code fail-} (the rule fails, with evidence exactly on the lines marked {@code # expect:
 * RULE_ID} ({@code // expect:} in a Jenkinsfile), and at {@code (repository)} when expected.txt
 * says so), {@code pass-} (the rule passes), {@code near-miss-} (looks close to a failure but the rule must not fail), {@code na-}
 * (the rule is not applicable or not observable). Every rule needs at least one fail and one pass
 * fixture.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final Pattern MARKER = Pattern.compile("(?:#|//)\\s*expect:\\s*([a-z0-9.\\-]+(\\s*,\\s*[a-z0-9.\\-]+)*)");

    @TestFactory
    Stream<DynamicNode> everyRuleOnItsFixtures() throws Exception {
        List<Rule> rules = new PackLoader().load(List.of()).stream().flatMap(p -> p.rules().stream()).toList();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Rule rule : rules) {
            nodes.add(DynamicContainer.dynamicContainer(rule.id(), fixturesOf(rule)));
        }
        return nodes.stream();
    }

    private static Stream<DynamicNode> fixturesOf(Rule rule) throws IOException {
        Path folder = FIXTURES.resolve(rule.id());
        List<Path> cases = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(Files::isDirectory).sorted().forEach(cases::add);
            }
        }
        boolean hasFail = cases.stream().anyMatch(c -> name(c).startsWith("fail-"));
        boolean hasPass = cases.stream().anyMatch(c -> name(c).startsWith("pass-"));
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("has fail and pass fixtures", () -> {
            assertThat(hasFail).as("a fail-* fixture under " + folder).isTrue();
            assertThat(hasPass).as("a pass-* fixture under " + folder).isTrue();
        }));
        for (Path fixture : cases) {
            tests.add(DynamicTest.dynamicTest(name(fixture), () -> check(rule, fixture)));
        }
        return tests.stream();
    }

    private static void check(Rule rule, Path fixture) throws Exception {
        FixtureRun run = FixtureRun.of(rule, fixture);
        assertThat(run.errors()).as("rule errors and parse errors in " + fixture).isEmpty();
        String kind = name(fixture);
        RuleResult result = run.result();
        if (kind.startsWith("fail-")) {
            assertThat(result.status()).as("status on " + fixture).isEqualTo(Status.FAIL);
            assertThat(references(result)).as("evidence on " + fixture).isEqualTo(expected(rule.id(), fixture));
        } else if (kind.startsWith("pass-")) {
            assertThat(result.status()).as("status on " + fixture + " " + result.evidence()).isEqualTo(Status.PASS);
        } else if (kind.startsWith("near-miss-")) {
            assertThat(result.status()).as("status on " + fixture + " " + result.evidence()).isNotEqualTo(Status.FAIL);
        } else if (kind.startsWith("na-")) {
            assertThat(result.status()).as("status on " + fixture).isIn(Status.NOT_APPLICABLE, Status.NOT_OBSERVABLE);
        } else {
            fail("Fixture folder " + fixture + " must start with fail-, pass-, near-miss- or na-");
        }
    }

    private static Set<String> references(RuleResult result) {
        Set<String> references = new TreeSet<>();
        result.evidence().forEach(e -> references.add(e.reference()));
        return references;
    }

    /** Collects "path:line" of every line marked for the rule, and "(repository)" from expected.txt. */
    static Set<String> expected(String ruleId, Path fixture) throws IOException {
        Set<String> expected = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fixture)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = fixture.relativize(file).toString().replace('\\', '/');
            if (relative.equals("expected.txt")) {
                Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(expected::add);
                continue;
            }
            List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = MARKER.matcher(lines.get(i));
                if (matcher.find() && List.of(matcher.group(1).split("\\s*,\\s*")).contains(ruleId)) {
                    expected.add(relative + ":" + (i + 1));
                }
            }
        }
        return expected;
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }

    /** The result of one rule on one fixture repository, through the real walker and collectors. */
    record FixtureRun(RuleResult result, List<Diagnostic> errors) {
        static FixtureRun of(Rule rule, Path fixture) throws Exception {
            CollectionResult collected = new Collection(BuiltInCollectors.all(), 1)
                    .collect(new RepositoryWalker(WalkOptions.defaults()).walk(fixture));
            Evaluation evaluation = new Engine(1).evaluate(List.of(rule), collected.documents());
            List<Diagnostic> errors = new ArrayList<>(evaluation.diagnostics());
            collected.diagnostics().stream()
                    .filter(d -> d.category().equals(Diagnostic.Category.PARSE_ERROR))
                    .forEach(errors::add);
            return new FixtureRun(evaluation.results().get(0), errors);
        }
    }

}
