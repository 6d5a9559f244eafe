package dev.ztmm.report;

import dev.ztmm.model.Assessment;
import java.io.IOException;
import java.io.Writer;

/** Writes an assessment in one output format. Reporters know findings and scores only. */
public interface Reporter {

    /** Writes the whole report to {@code out}; the caller closes it. */
    void write(Assessment assessment, Writer out) throws IOException;
}
