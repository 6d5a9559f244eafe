package dev.ztmm.engine;

import dev.cel.runtime.CelEvaluationException;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.Evidence;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.RuleTrace;
import dev.ztmm.model.ScalarNode;
import dev.ztmm.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs one compiled rule over the documents of its kinds. Safe to share between threads. */
final class RuleEvaluator {

    /** Maximum length of a value shown in evidence; a longer value is cut and ends in "...". */
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
                    Map<String, Object> variables = variables(compiled, document, cache, match);
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

    /**
     * Evaluates one rule like {@link #evaluate} and records the outcome of every item, for
     * `ztmm explain`. The result is the one {@link #evaluate} returns.
     */
    RuleTrace trace(CompiledRule compiled) {
        List<RuleTrace.DocumentTrace> documents = new ArrayList<>();
        for (String kind : compiled.rule().kinds()) {
            for (Document document : byKind.getOrDefault(kind, List.of())) {
                documents.add(new RuleTrace.DocumentTrace(kind, document.path(), traceItems(compiled, document)));
            }
        }
        return new RuleTrace(evaluate(compiled).result(), List.copyOf(documents));
    }

    private List<RuleTrace.ItemTrace> traceItems(CompiledRule compiled, Document document) {
        List<RuleTrace.ItemTrace> items = new ArrayList<>();
        CelValues cache = values.get(document);
        for (PathPattern.Match match : matches(compiled, document)) {
            Map<String, Object> variables = variables(compiled, document, cache, match);
            RuleTrace.Outcome outcome;
            String detail = null;
            try {
                if (compiled.when() != null && !compiled.when().test(variables)) {
                    outcome = RuleTrace.Outcome.OUT_OF_SCOPE;
                } else {
                    outcome = compiled.condition().test(variables) ? RuleTrace.Outcome.PASS : RuleTrace.Outcome.FAIL;
                }
            } catch (CelEvaluationException e) {
                outcome = RuleTrace.Outcome.ERROR;
                detail = e.getMessage();
            }
            items.add(new RuleTrace.ItemTrace(match.location(), match.node().position(), outcome, detail));
        }
        return items;
    }

    private static List<PathPattern.Match> matches(CompiledRule compiled, Document document) {
        if (compiled.select().isEmpty()) {
            return List.of(new PathPattern.Match(document.root(), "", "", null));
        }
        List<PathPattern.Match> matches = new ArrayList<>();
        compiled.select().forEach(pattern -> matches.addAll(pattern.expand(document.root())));
        return matches;
    }

    private Map<String, Object> variables(
            CompiledRule compiled, Document document, CelValues cache, PathPattern.Match match) {
        Map<String, Object> variables = new HashMap<>(8);
        variables.put("item", cache.of(match.node()));
        variables.put("key", match.key());
        variables.put("path", document.path());
        // The CEL runtime converts every variable it is given on each evaluation, and the
        // document and the repository (which lists every file) are large, so each is passed
        // only to rules that read it.
        if (compiled.readsDocument()) {
            variables.put("doc", cache.of(document.root()));
        }
        if (compiled.readsRepository()) {
            variables.put("repo", values.get(repository).of(repository.root()));
        }
        return variables;
    }

    private static RuleResult result(Rule rule, List<Evidence> failures, int checked, int passed) {
        if (rule.matchAny() && checked > 0) {
            return passed > 0
                    ? new RuleResult(rule, Status.PASS, List.of(), checked, passed, null)
                    : new RuleResult(rule, Status.FAIL, List.of(REPOSITORY), checked, passed, null);
        }
        if (!failures.isEmpty()) {
            return new RuleResult(rule, Status.FAIL, distinctPlaces(failures), checked, passed, null);
        }
        if (checked > 0) {
            return new RuleResult(rule, Status.PASS, List.of(), checked, passed, null);
        }
        return absent(rule);
    }

    /**
     * Returns the failures sorted, one per place: the same value can be reached through two
     * items (a Dockerfile instruction is listed under its stage and in the file's list).
     */
    private static List<Evidence> distinctPlaces(List<Evidence> failures) {
        failures.sort(null);
        List<Evidence> distinct = new ArrayList<>();
        for (Evidence failure : failures) {
            Evidence last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (last == null || !last.path().equals(failure.path()) || !last.position().equals(failure.position())) {
                distinct.add(failure);
            }
        }
        return List.copyOf(distinct);
    }

    private static Evidence evidence(CompiledRule compiled, Document document, PathPattern.Match match) {
        PathPattern.Match reported = match;
        for (PathPattern pattern : compiled.evidence()) {
            List<PathPattern.Match> inner = pattern.expand(match.node());
            if (!inner.isEmpty()) {
                PathPattern.Match found = inner.get(0);
                String location = match.location().isEmpty() ? found.location() : match.location() + "." + found.location();
                reported = new PathPattern.Match(found.node(), location, found.key(), found.keyPosition());
                break;
            }
        }
        Node node = reported.node();
        // A value merged in from another file (a GitLab include) is reported where it is written.
        String file = node.position().file() != null ? node.position().file() : document.path();
        return new Evidence(file, lineInBlock(node, reported.reportedPosition()), reported.location(), valueText(node));
    }

    /**
     * Returns the line of a credential inside a multi-line scalar. Such a scalar is a YAML block
     * (| or >) or an HCL heredoc in practice, whose text starts on the line after its position.
     */
    private static Position lineInBlock(Node node, Position position) {
        if (!(node instanceof ScalarNode scalar) || !(scalar.scalar() instanceof String text)
                || text.strip().indexOf('\n') < 0) {
            return position;
        }
        int offset = RuleFunctions.credentialLine(text);
        return offset < 0 ? position : new Position(position.line() + 1 + offset, 1, position.file());
    }

    /**
     * Returns a scalar's text for the report: one line of it (the line holding a credential,
     * else the first), with credentials cut short so the report never repeats one.
     */
    private static String valueText(Node node) {
        if (!(node instanceof ScalarNode scalar) || scalar.isNull()) {
            return null;
        }
        String text = String.valueOf(scalar.scalar());
        String[] lines = text.split("\n", -1);
        int credentialLine = RuleFunctions.credentialLine(text);
        String line = lines[Math.max(0, credentialLine)];
        boolean more = lines.length > 1 && !(lines.length == 2 && lines[1].isEmpty());
        String shown = RuleFunctions.redact(line) + (more ? " ..." : "");
        return shown.length() <= MAX_VALUE_CHARS ? shown : shown.substring(0, MAX_VALUE_CHARS) + "...";
    }

    private static Diagnostic evaluationError(
            Rule rule, Document document, PathPattern.Match match, CelEvaluationException e) {
        String where = match.location().isEmpty() ? "the document" : "'" + match.location() + "'";
        String reason = e.getMessage().replaceAll("[.\\s]+$", "");
        return new Diagnostic(document.path(), match.reportedPosition(), Diagnostic.Category.RULE_ERROR,
                "Rule '" + rule.id() + "' could not be evaluated on " + where + ": " + reason
                        + ". The item was not counted; 'ztmm explain " + rule.id()
                        + "' shows the items, and a condition should test optional keys with has().");
    }
}
