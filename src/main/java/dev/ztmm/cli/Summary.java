package dev.ztmm.cli;

import dev.ztmm.model.Assessment;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Status;
import java.io.PrintWriter;

/** Prints the closing line on standard error: what was read, what failed, what was not parsed. */
final class Summary {

    private Summary() {}

    static void print(Assessment assessment, PrintWriter err) {
        long failed = count(assessment, Status.FAIL);
        long passed = count(assessment, Status.PASS);
        long unparsed = assessment.diagnostics().stream()
                .filter(d -> d.category().equals(Diagnostic.Category.PARSE_ERROR)
                        || d.category().equals(Diagnostic.Category.UNREADABLE))
                .map(Diagnostic::path)
                .distinct()
                .count();
        err.println("ztmm: " + plural(assessment.files().size(), "file") + " read, "
                + plural(failed, "rule") + " failed, " + passed + " passed, "
                + plural(unparsed, "file") + " could not be parsed, "
                + plural(assessment.diagnostics().size(), "diagnostic") + ".");
        err.flush();
    }

    private static long count(Assessment assessment, Status status) {
        return assessment.results().stream().filter(r -> r.status() == status).count();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
