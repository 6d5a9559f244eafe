package dev.ztmm.config;

import dev.ztmm.model.Pillar;
import dev.ztmm.model.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The settings a repository keeps in .ztmm.yml.
 *
 * @param targets the stage each pillar must reach; command-line targets win over these
 * @param rulePacks extra rule pack files or folders, relative to the repository
 * @param exclude path prefixes (relative, forward slashes) whose files are not read
 * @param exceptions failing rules accepted for a time, with a reason
 * @param attestations controls a person vouches for where the repository cannot show them
 */
public record Config(
        Map<Pillar, Stage> targets,
        List<String> rulePacks,
        List<String> exclude,
        List<Exception> exceptions,
        List<Attestation> attestations) {

    /** The name of the configuration file at the repository root. */
    public static final String FILE_NAME = ".ztmm.yml";

    public static Config empty() {
        return new Config(Map.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A failing rule accepted until a date.
     *
     * @param rule the rule id
     * @param reason why the failure is accepted
     * @param expires the last day the exception applies
     * @param line the line of the entry in .ztmm.yml
     */
    public record Exception(String rule, String reason, LocalDate expires, int line) {}

    /**
     * A person's statement that a control is in place where the repository cannot show it.
     *
     * @param rule the rule id
     * @param evidence where the proof is, such as a link to the settings page or an audit record
     * @param by who vouches for it
     * @param expires the last day the attestation applies
     * @param line the line of the entry in .ztmm.yml
     */
    public record Attestation(String rule, String evidence, String by, LocalDate expires, int line) {}
}
