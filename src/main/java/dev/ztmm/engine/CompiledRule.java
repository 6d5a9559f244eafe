package dev.ztmm.engine;

import dev.ztmm.model.Rule;
import java.util.List;

/** A rule with its path patterns parsed and its CEL conditions compiled. */
record CompiledRule(
        Rule rule,
        List<PathPattern> select,
        ConditionCompiler.Condition when,
        ConditionCompiler.Condition condition,
        List<PathPattern> evidence,
        boolean readsDocument,
        boolean readsRepository) {

    private static final java.util.regex.Pattern DOC = java.util.regex.Pattern.compile("\\bdoc\\b");
    private static final java.util.regex.Pattern REPO = java.util.regex.Pattern.compile("\\brepo\\b");

    /** Compiles the flags of which variables the rule's conditions mention. */
    static CompiledRule of(Rule rule, List<PathPattern> select, ConditionCompiler.Condition when,
            ConditionCompiler.Condition condition, List<PathPattern> evidence) {
        return new CompiledRule(rule, select, when, condition, evidence,
                mentions(DOC, rule), mentions(REPO, rule));
    }

    private static boolean mentions(java.util.regex.Pattern variable, Rule rule) {
        return (rule.when() != null && variable.matcher(rule.when()).find())
                || variable.matcher(rule.condition()).find();
    }
}
