package dev.ztmm.engine;

import dev.ztmm.model.Rule;

/** A rule with its path patterns parsed and its CEL conditions compiled. */
record CompiledRule(
        Rule rule,
        PathPattern select,
        ConditionCompiler.Condition when,
        ConditionCompiler.Condition condition,
        PathPattern evidence) {}
