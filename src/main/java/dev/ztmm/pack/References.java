package dev.ztmm.pack;

import java.util.List;

/** The frameworks a rule may cite, as keys of its {@code references} mapping. */
public final class References {

    /** NIST SP 800-207, Zero Trust Architecture: tenet or section. */
    public static final String NIST_800_207 = "nist-800-207";
    /** NIST SP 800-53 rev. 5 control ids, such as AC-6. */
    public static final String NIST_800_53 = "nist-800-53";
    /** CISA Zero Trust Maturity Model v2.0: pillar, function and stage. */
    public static final String CISA_ZTMM = "cisa-ztmm";
    /** CIS benchmark or CIS Software Supply Chain Security Guide ids. */
    public static final String CIS = "cis";
    /** OpenSSF Scorecard check names. */
    public static final String SCORECARD = "scorecard";
    /** SLSA levels, such as "Build L3". */
    public static final String SLSA = "slsa";
    /** Checkov check ids. */
    public static final String CHECKOV = "checkov";
    /** OWASP DevSecOps Maturity Model activities. */
    public static final String DSOMM = "dsomm";
    /** zizmor audit names. */
    public static final String ZIZMOR = "zizmor";
    /** OpenSSF OSPS Baseline control ids. */
    public static final String OSPS = "osps";

    public static final List<String> ALL =
            List.of(NIST_800_207, NIST_800_53, CISA_ZTMM, CIS, SCORECARD, SLSA, CHECKOV, DSOMM, ZIZMOR, OSPS);

    private References() {}
}
