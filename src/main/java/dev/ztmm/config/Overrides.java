package dev.ztmm.config;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Position;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Status;
import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.pack.PackProblem;
import dev.ztmm.pack.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a configuration's exceptions and attestations to rule results.
 *
 * <p>An exception turns a failed rule into waived until its expiry date; an attestation turns a
 * not observable rule into attested until its expiry date. Neither changes a rule that passed,
 * and an attestation never hides a failure the repository shows. An expired entry changes
 * nothing and is listed in the diagnostics.
 */
public final class Overrides {

    private final Config config;
    private final LocalDate today;

    public Overrides(Config config, LocalDate today) {
        this.config = config;
        this.today = today;
    }

    /**
     * Checks that every entry names a known rule.
     *
     * @throws InvalidPackException naming .ztmm.yml and the line of each unknown rule id
     */
    public void validate(List<Rule> rules, String file) throws InvalidPackException {
        Set<String> ids = rules.stream().map(Rule::id).collect(Collectors.toSet());
        List<PackProblem> problems = new ArrayList<>();
        config.exceptions().stream().filter(e -> !ids.contains(e.rule())).forEach(e -> problems.add(
                new PackProblem(file, e.line(), "Unknown rule '" + e.rule() + "' in an exception." + Suggestions.didYouMean(e.rule(), ids))));
        config.attestations().stream().filter(a -> !ids.contains(a.rule())).forEach(a -> problems.add(
                new PackProblem(file, a.line(), "Unknown rule '" + a.rule() + "' in an attestation." + Suggestions.didYouMean(a.rule(), ids))));
        if (!problems.isEmpty()) {
            throw new InvalidPackException(problems);
        }
    }

    /** Returns the results with overrides applied, and adds a diagnostic per expired entry. */
    public List<RuleResult> apply(List<RuleResult> results, List<Diagnostic> diagnostics) {
        List<RuleResult> applied = new ArrayList<>();
        for (RuleResult result : results) {
            applied.add(applyTo(result, diagnostics));
        }
        return applied;
    }

    private RuleResult applyTo(RuleResult result, List<Diagnostic> diagnostics) {
        String id = result.rule().id();
        for (Config.Exception exception : config.exceptions()) {
            if (exception.rule().equals(id) && result.status() == Status.FAIL) {
                if (exception.expires().isBefore(today)) {
                    diagnostics.add(expired(exception.line(), "Exception for '" + id + "' expired on " + exception.expires()));
                    continue;
                }
                return new RuleResult(result.rule(), Status.WAIVED, result.evidence(), result.checked(), result.passed(),
                        "Waived until " + exception.expires() + ": " + exception.reason());
            }
        }
        for (Config.Attestation attestation : config.attestations()) {
            if (attestation.rule().equals(id) && result.status() == Status.NOT_OBSERVABLE) {
                if (attestation.expires().isBefore(today)) {
                    diagnostics.add(expired(attestation.line(), "Attestation for '" + id + "' expired on " + attestation.expires()));
                    continue;
                }
                return new RuleResult(result.rule(), Status.ATTESTED, result.evidence(), result.checked(), result.passed(),
                        "Attested by " + attestation.by() + " until " + attestation.expires() + ": " + attestation.evidence());
            }
        }
        return result;
    }

    private static Diagnostic expired(int line, String message) {
        return new Diagnostic(Config.FILE_NAME, Position.of(line, 1), Diagnostic.Category.EXPIRED_OVERRIDE,
                message + "; it no longer applies. Renew it with a new date or fix the rule's findings.");
    }
}
