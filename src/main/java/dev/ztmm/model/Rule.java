package dev.ztmm.model;

import java.util.List;
import java.util.Map;

/**
 * One rule from a rule pack: evidence for one stage of one pillar.
 *
 * @param id stable lowercase id prefixed by its pillar, such as "identity.workflow-token-write-all"
 * @param pillar the pillar it is evidence for
 * @param stage the stage it is evidence for, 2 to 4
 * @param title a short statement of the expected control, without a trailing period
 * @param why why the control matters
 * @param fix how to reach it, with a concrete snippet where one helps
 * @param kinds the document kinds it inspects
 * @param select path patterns over each document naming the items checked one by one, such as
 *     {@code jobs.*.steps[*]}; empty checks the document as a whole
 * @param when a CEL condition that decides whether an item is in scope; null means every item
 * @param condition the CEL condition an item must meet to pass
 * @param evidence a path, relative to the item, of the value whose line is reported on failure;
 *     null reports the item's own line
 * @param matchAny whether one passing item anywhere in the repository is enough (a control that
 *     must exist somewhere, such as a scan in one workflow); a failure is then reported once, at
 *     the repository. Otherwise every item must pass.
 * @param serverState whether the fact can live on a server: with no document to inspect the rule
 *     is not observable rather than not applicable
 * @param limitations known blind spots, or null
 * @param references framework name to the ids an auditor maps the rule to
 * @param source where the rule was defined, for error messages
 */
public record Rule(
        String id,
        Pillar pillar,
        Stage stage,
        String title,
        String why,
        String fix,
        List<String> kinds,
        List<String> select,
        String when,
        String condition,
        String evidence,
        boolean matchAny,
        boolean serverState,
        String limitations,
        Map<String, List<String>> references,
        RuleSource source) {

    /**
     * The place a rule was defined.
     *
     * @param pack the pack id
     * @param file the pack file name or path
     * @param line the line of the rule's entry
     * @param conditionLine the line where the condition text starts, for CEL error positions
     */
    public record RuleSource(String pack, String file, int line, int conditionLine) {}
}
