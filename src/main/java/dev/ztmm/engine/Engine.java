package dev.ztmm.engine;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.RuleTrace;
import dev.ztmm.pack.InvalidPackException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Evaluates rules over documents.
 *
 * <p>Only the rules whose document kinds are present are compiled, because compiling is the
 * costly step; the others are not applicable (or not observable) without running. Rules run in
 * parallel on {@code threads} threads.
 */
public final class Engine {

    private final int threads;

    public Engine(int threads) {
        this.threads = Math.max(1, threads);
    }

    /**
     * Evaluates {@code rules} over {@code documents}, which must include the repository
     * document.
     *
     * @throws InvalidPackException when a needed rule's condition or pattern does not compile
     */
    public Evaluation evaluate(List<Rule> rules, List<Document> documents) throws InvalidPackException {
        Map<String, List<Document>> byKind = groupByKind(documents);
        List<Rule> runnable = new ArrayList<>();
        List<RuleResult> results = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.kinds().stream().anyMatch(byKind::containsKey)) {
                runnable.add(rule);
            } else {
                results.add(RuleEvaluator.absent(rule));
            }
        }
        List<CompiledRule> compiled = new RuleCompiler().compile(runnable);
        Map<Document, CelValues> values = convertAll(documents);
        Document repository = byKind.get(DocumentKind.REPOSITORY).get(0);
        RuleEvaluator evaluator = new RuleEvaluator(byKind, values, repository);

        List<Diagnostic> diagnostics = new ArrayList<>();
        for (RuleEvaluator.Outcome outcome : run(compiled, evaluator)) {
            results.add(outcome.result());
            diagnostics.addAll(outcome.diagnostics());
        }
        results.sort(Comparator.comparing(result -> result.rule().id()));
        diagnostics.sort(Comparator.naturalOrder());
        return new Evaluation(List.copyOf(results), List.copyOf(diagnostics));
    }

    /**
     * Evaluates one rule over {@code documents}, which must include the repository document,
     * and returns the outcome of every item it looked at. {@link #evaluate} is unchanged by it.
     *
     * @throws InvalidPackException when the rule's condition or pattern does not compile
     */
    public RuleTrace trace(Rule rule, List<Document> documents) throws InvalidPackException {
        Map<String, List<Document>> byKind = groupByKind(documents);
        if (rule.kinds().stream().noneMatch(byKind::containsKey)) {
            return new RuleTrace(RuleEvaluator.absent(rule), List.of());
        }
        CompiledRule compiled = new RuleCompiler().compile(List.of(rule)).get(0);
        Document repository = byKind.get(DocumentKind.REPOSITORY).get(0);
        return new RuleEvaluator(byKind, convertAll(documents), repository).trace(compiled);
    }

    private static Map<String, List<Document>> groupByKind(List<Document> documents) {
        Map<String, List<Document>> byKind = new LinkedHashMap<>();
        for (Document document : documents) {
            byKind.computeIfAbsent(document.kind(), kind -> new ArrayList<>()).add(document);
        }
        if (!byKind.containsKey(DocumentKind.REPOSITORY)) {
            throw new IllegalArgumentException("documents must include the repository document");
        }
        return byKind;
    }

    /** Converts every document once, so rules running in parallel only read the caches. */
    private Map<Document, CelValues> convertAll(List<Document> documents) {
        Map<Document, CelValues> values = new IdentityHashMap<>();
        for (Document document : documents) {
            CelValues cache = new CelValues();
            cache.of(document.root());
            values.put(document, cache);
        }
        return values;
    }

    private List<RuleEvaluator.Outcome> run(List<CompiledRule> rules, RuleEvaluator evaluator) {
        if (threads == 1 || rules.size() < 2) {
            return rules.stream().map(evaluator::evaluate).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<RuleEvaluator.Outcome>> futures = new ArrayList<>();
            rules.forEach(rule -> futures.add(pool.submit(() -> evaluator.evaluate(rule))));
            List<RuleEvaluator.Outcome> outcomes = new ArrayList<>();
            for (Future<RuleEvaluator.Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while evaluating rules", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A rule failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
