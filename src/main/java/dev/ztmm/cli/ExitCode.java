package dev.ztmm.cli;

/** The exit codes of every ztmm command; help text lists them from here. */
public enum ExitCode {
    /** The assessment ran and every target was met. */
    OK(0, "Assessed; every target met."),
    /** The assessment ran and a pillar is below its target. */
    BELOW_TARGET(1, "Assessed; a pillar is below its target."),
    /** Invalid usage, configuration or rule pack, or a missing repository folder. */
    INVALID_INPUT(2, "Invalid usage, configuration or rule pack, or a missing PATH."),
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
