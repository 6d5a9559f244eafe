package dev.ztmm.model;

/** The result of one rule on one repository. */
public enum Status {
    /** Every item the rule checked meets it. */
    PASS("pass"),
    /** At least one item the rule checked does not meet it. */
    FAIL("fail"),
    /** The repository has none of the files the rule inspects. */
    NOT_APPLICABLE("not-applicable"),
    /** The fact lives on a server the repository does not configure as code; blocks nothing. */
    NOT_OBSERVABLE("not-observable"),
    /** The rule failed, but an exception that has not expired covers it. */
    WAIVED("waived"),
    /** A person vouched for the control, with evidence and an expiry date. */
    ATTESTED("attested");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    /** Returns the lowercase id used in JSON and text reports. */
    public String id() {
        return id;
    }

    /** Returns whether this status counts as met for scoring. */
    public boolean isMet() {
        return this == PASS || this == WAIVED || this == ATTESTED;
    }

    /** Returns whether the rule had something to assess in the repository. */
    public boolean isApplicable() {
        return this == PASS || this == FAIL || this == WAIVED || this == ATTESTED;
    }
}
