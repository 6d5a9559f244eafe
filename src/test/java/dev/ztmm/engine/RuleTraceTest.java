package dev.ztmm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.app.BuiltInCollectors;
import dev.ztmm.collect.Collection;
import dev.ztmm.model.Document;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.RuleTrace;
import dev.ztmm.pack.PackLoader;
import dev.ztmm.walk.RepositoryWalker;
import dev.ztmm.walk.WalkOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTraceTest {

    private static final Path WEAK = Path.of("src/test/resources/reports/weak");

    @Test
    void trace_resultEqualsEvaluate() throws Exception {
        List<Document> documents = documents();
        Engine engine = new Engine(1);
        for (Rule rule : rules()) {
            RuleResult evaluated = engine.evaluate(List.of(rule), documents).results().get(0);

            assertThat(engine.trace(rule, documents).result()).as(rule.id()).isEqualTo(evaluated);
        }
    }

    @Test
    void trace_countsMatchOutcomes() throws Exception {
        List<Document> documents = documents();
        for (Rule rule : rules()) {
            RuleTrace trace = new Engine(1).trace(rule, documents);
            long checked = items(trace).stream()
                    .filter(i -> i.outcome() == RuleTrace.Outcome.PASS || i.outcome() == RuleTrace.Outcome.FAIL).count();
            long failed = items(trace).stream().filter(i -> i.outcome() == RuleTrace.Outcome.FAIL).count();

            assertThat(checked).as(rule.id()).isEqualTo(trace.result().checked());
            if (!rule.matchAny()) {
                // A match-any rule reports one failure at the repository, not one per item.
                assertThat(failed).as(rule.id()).isEqualTo(trace.result().evidence().size());
            }
        }
    }

    private static List<RuleTrace.ItemTrace> items(RuleTrace trace) {
        return trace.documents().stream().flatMap(d -> d.items().stream()).toList();
    }

    private static List<Rule> rules() throws Exception {
        return new PackLoader().load(List.of(Path.of("src/test/resources/reports/packs"))).stream()
                .flatMap(p -> p.rules().stream()).toList();
    }

    private static List<Document> documents() throws Exception {
        WalkOptions options = new WalkOptions(WalkOptions.DEFAULT_MAX_FILE_BYTES, WalkOptions.DEFAULT_SKIPPED_FOLDERS);
        return new Collection(BuiltInCollectors.all(), 1).collect(new RepositoryWalker(options).walk(WEAK)).documents();
    }
}
