package dev.ztmm.cli;

import dev.ztmm.model.Rule;
import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.pack.PackLoader;
import dev.ztmm.pack.Suggestions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Loads the rule packs for the rules and explain commands and finds a rule by id. */
final class RulePacks {

    private RulePacks() {}

    /** Returns every rule of the built-in and extra packs, or null after printing the problems. */
    static List<Rule> load(List<Path> extra, PrintWriter err) {
        try {
            return new PackLoader().load(extra).stream().flatMap(pack -> pack.rules().stream()).toList();
        } catch (InvalidPackException e) {
            err.println("ztmm: invalid rule pack:");
            e.problems().forEach(problem -> err.println("  " + problem));
            return null;
        }
    }

    /** Returns the rule with {@code id}, or null after printing an error that names the closest id. */
    static Rule find(List<Rule> rules, String id, PrintWriter err) {
        for (Rule rule : rules) {
            if (rule.id().equals(id)) {
                return rule;
            }
        }
        String closest = Suggestions.closest(id, rules.stream().map(Rule::id).toList());
        err.println("ztmm: unknown rule '" + id + "'."
                + (closest == null ? "" : " Did you mean '" + closest + "'?")
                + " Run 'ztmm rules list' for every rule id.");
        return null;
    }
}
