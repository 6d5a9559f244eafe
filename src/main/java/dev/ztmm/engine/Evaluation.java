package dev.ztmm.engine;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.RuleResult;
import java.util.List;

/**
 * The engine's output: one result per rule, sorted by rule id, and the items a condition could
 * not be evaluated on.
 */
public record Evaluation(List<RuleResult> results, List<Diagnostic> diagnostics) {}
