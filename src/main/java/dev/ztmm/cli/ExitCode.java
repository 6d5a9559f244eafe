package dev.ztmm.cli;

/** The exit codes of every ztmm command; help text lists them from here. */
public enum ExitCode {
    /** The command succeeded: for assess, every target was met. */
    OK(0, "Success; for assess, every target met."),
    /** A gate failed: a pillar is below its target, or diff found a regression. */
    BELOW_TARGET(1, "A pillar is below its target (assess), or a regression with"
            + " --fail-on-regression (diff)."),
    /** Invalid usage, rule pack, report or rule id, or a missing repository folder. */
    INVALID_INPUT(2, "Invalid usage, rule pack, report file or rule id, or a missing PATH."),
    /** A bug in ztmm; never a finding. */
    INTERNAL_ERROR(3, "Internal error (a bug in ztmm, never a finding).");

    private final int code;
    private final String description;

    ExitCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }
}
