package dev.ztmm.engine;

import dev.cel.runtime.CelEvaluationException;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.Evidence;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.ScalarNode;
import dev.ztmm.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs one compiled rule over the documents of its kinds. Safe to share between threads. */
final class RuleEvaluator {

    /** Longest value text kept in evidence; longer values are cut with an ellipsis. */
    private static final int MAX_VALUE_CHARS = 200;

    /** The result of one rule, with the items its conditions could not be evaluated on. */
    record Outcome(RuleResult result, List<Diagnostic> diagnostics) {}

    /** Evidence for a control that is missing from the whole repository. */
    private static final Evidence REPOSITORY = new Evidence("", Position.NONE, "", null);

    private final Map<String, List<Document>> byKind;
    private final Map<Document, CelValues> values;
    private final Document repository;

    RuleEvaluator(Map<String, List<Document>> byKind, Map<Document, CelValues> values, Document repository) {
        this.byKind = byKind;
        this.values = values;
        this.repository = repository;
    }

    /** Returns the result of a rule none of whose document kinds is present. */
    static RuleResult absent(Rule rule) {
        Status status = rule.serverState() ? Status.NOT_OBSERVABLE : Status.NOT_APPLICABLE;
        return new RuleResult(rule, status, List.of(), 0, 0, null);
    }

    Outcome evaluate(CompiledRule compiled) {
        Rule rule = compiled.rule();
        List<Evidence> failures = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int checked = 0;
        int passed = 0;
        for (String kind : rule.kinds()) {
            for (Document document : byKind.getOrDefault(kind, List.of())) {
                CelValues cache = values.get(document);
                for (PathPattern.Match match : matches(compiled, document)) {
                    Map<String, Object> variables = variables(document, cache, match);
                    try {
                        if (compiled.when() != null && !compiled.when().test(variables)) {
                            continue;
                        }
                        boolean met = compiled.condition().test(variables);
                        checked++;
                        if (met) {
                            passed++;
                        } else {
                            failures.add(evidence(compiled, document, match));
                        }
                    } catch (CelEvaluationException e) {
                        diagnostics.add(evaluationError(rule, document, match, e));
                    }
                }
            }
        }
        return new Outcome(result(rule, failures, checked, passed), diagnostics);
    }

    private static List<PathPattern.Match> matches(CompiledRule compiled, Document document) {
        if (compiled.select().isEmpty()) {
            return List.of(new PathPattern.Match(document.root(), "", ""));
        }
        List<PathPattern.Match> matches = new ArrayList<>();
        compiled.select().forEach(pattern -> matches.addAll(pattern.expand(document.root())));
        return matches;
    }

    private Map<String, Object> variables(Document document, CelValues cache, PathPattern.Match match) {
        Map<String, Object> variables = new HashMap<>(8);
        variables.put("doc", cache.of(document.root()));
        variables.put("item", cache.of(match.node()));
        variables.put("key", match.key());
        variables.put("path", document.path());
        variables.put("repo", values.get(repository).of(repository.root()));
        return variables;
    }

    private static RuleResult result(Rule rule, List<Evidence> failures, int checked, int passed) {
        if (rule.matchAny() && checked > 0) {
            return passed > 0
                    ? new RuleResult(rule, Status.PASS, List.of(), checked, passed, null)
                    : new RuleResult(rule, Status.FAIL, List.of(REPOSITORY), checked, passed, null);
        }
        if (!failures.isEmpty()) {
            failures.sort(null);
            return new RuleResult(rule, Status.FAIL, List.copyOf(failures), checked, passed, null);
        }
        if (checked > 0) {
            return new RuleResult(rule, Status.PASS, List.of(), checked, passed, null);
        }
        return absent(rule);
    }

    private static Evidence evidence(CompiledRule compiled, Document document, PathPattern.Match match) {
        Node node = match.node();
        String location = match.location();
        if (compiled.evidence() != null) {
            List<PathPattern.Match> inner = compiled.evidence().expand(node);
            if (!inner.isEmpty()) {
                node = inner.get(0).node();
                String suffix = inner.get(0).location();
                location = location.isEmpty() ? suffix : location + "." + suffix;
            }
        }
        return new Evidence(document.path(), node.position(), location, valueText(node));
    }

    private static String valueText(Node node) {
        if (!(node instanceof ScalarNode scalar) || scalar.isNull()) {
            return null;
        }
        String text = String.valueOf(scalar.scalar());
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "...";
    }

    private static Diagnostic evaluationError(
            Rule rule, Document document, PathPattern.Match match, CelEvaluationException e) {
        String where = match.location().isEmpty() ? "the document" : "'" + match.location() + "'";
        return new Diagnostic(document.path(), match.node().position(), Diagnostic.Category.RULE_ERROR,
                "Rule '" + rule.id() + "' could not be evaluated on " + where + ": " + e.getMessage()
                        + ". The item was not counted; please report this rule.");
    }
}
