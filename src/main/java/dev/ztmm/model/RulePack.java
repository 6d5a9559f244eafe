package dev.ztmm.model;

import java.util.List;

/**
 * A named, versioned set of rules loaded from one YAML file.
 *
 * @param id the pack id, such as "identity"
 * @param version the pack version, changed whenever a rule's meaning changes
 * @param file where it was loaded from
 * @param rules its rules, in file order
 */
public record RulePack(String id, String version, String file, List<Rule> rules) {}
