package dev.ztmm.model;

import java.util.List;

/**
 * The outcome of one rule on the repository.
 *
 * @param rule the rule
 * @param status the outcome
 * @param evidence for a failure, each failing item; otherwise empty
 * @param checked how many items the rule checked
 * @param passed how many of them passed
 * @param note why the status was changed (waived or attested), or null
 */
public record RuleResult(
        Rule rule, Status status, List<Evidence> evidence, int checked, int passed, String note) {}
