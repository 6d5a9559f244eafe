package dev.ztmm.engine;

import dev.ztmm.model.Rule;
import java.util.List;

/** A rule with its path patterns parsed and its CEL conditions compiled. */
record CompiledRule(
        Rule rule,
        List<PathPattern> select,
        ConditionCompiler.Condition when,
        ConditionCompiler.Condition condition,
        List<PathPattern> evidence) {}
