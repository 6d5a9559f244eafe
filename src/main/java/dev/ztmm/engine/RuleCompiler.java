package dev.ztmm.engine;

import dev.ztmm.engine.ConditionCompiler.CompileError;
import dev.ztmm.engine.ConditionCompiler.ConditionException;
import dev.ztmm.model.Rule;
import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.pack.PackProblem;
import java.util.ArrayList;
import java.util.List;

/** Compiles rules for the engine, reporting every invalid condition or pattern at once. */
public final class RuleCompiler {

    private final ConditionCompiler compiler = new ConditionCompiler();

    /**
     * Compiles {@code rules}.
     *
     * @throws InvalidPackException naming the pack file and line of each invalid rule
     */
    List<CompiledRule> compile(List<Rule> rules) throws InvalidPackException {
        List<PackProblem> problems = new ArrayList<>();
        List<CompiledRule> compiled = new ArrayList<>();
        for (Rule rule : rules) {
            int before = problems.size();
            List<PathPattern> select = new ArrayList<>();
            rule.select().forEach(text -> select.add(pattern(rule, "select", text, problems)));
            List<PathPattern> evidence = new ArrayList<>();
            if (rule.evidence() != null) {
                // Alternatives separated by '|': the first that matches the item is reported.
                for (String alternative : rule.evidence().split("\\|")) {
                    evidence.add(pattern(rule, "evidence", alternative.strip(), problems));
                }
            }
            ConditionCompiler.Condition when = condition(rule, "when", rule.when(), problems);
            ConditionCompiler.Condition condition = condition(rule, "condition", rule.condition(), problems);
            if (problems.size() == before) {
                compiled.add(new CompiledRule(rule, select, when, condition, evidence));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPackException(problems);
        }
        return compiled;
    }

    /** Compiles every rule only to check it, as `ztmm rules` and the pack tests do. */
    public void check(List<Rule> rules) throws InvalidPackException {
        compile(rules);
    }

    private PathPattern pattern(Rule rule, String field, String text, List<PackProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return PathPattern.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(new PackProblem(rule.source().file(), rule.source().line(),
                    "Rule '" + rule.id() + "' has an invalid '" + field + "': " + e.getMessage() + "."));
            return null;
        }
    }

    private ConditionCompiler.Condition condition(
            Rule rule, String field, String text, List<PackProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return compiler.compile(text);
        } catch (ConditionException e) {
            for (CompileError error : e.errors()) {
                int line = field.equals("condition") ? rule.source().conditionLine() + error.line() - 1
                        : rule.source().line();
                problems.add(new PackProblem(rule.source().file(), line,
                        "Rule '" + rule.id() + "': invalid CEL in '" + field + "' at column "
                                + error.column() + ": " + error.message()));
            }
            return null;
        }
    }
}
