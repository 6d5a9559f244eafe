package dev.ztmm.report.diff;

/** Thrown when a file given to `ztmm diff` is not a ztmm JSON report. */
public final class InvalidReportException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidReportException(String message) {
        super(message);
    }
}
