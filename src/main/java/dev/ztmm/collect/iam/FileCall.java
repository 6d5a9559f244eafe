package dev.ztmm.collect.iam;

import dev.ztmm.collect.RepositoryPaths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the path of a Terraform {@code file("...")} call written with a literal path. */
final class FileCall {

    private static final Pattern FILE_CALL =
            Pattern.compile("\\$\\{file\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)}");

    private static final String MODULE_PATH = "${path.module}";

    private FileCall() {}

    /**
     * Returns the repository path of the file that {@code expression} reads, relative to the
     * Terraform file's {@code folder}, or null when the expression is not a file() call. A path
     * that still contains {@code ${} after {@code path.module} is replaced depends on other
     * values and is returned as written.
     */
    static String path(String expression, String folder) {
        Matcher matcher = FILE_CALL.matcher(expression);
        if (!matcher.matches()) {
            return null;
        }
        String written = matcher.group(1);
        if (written.startsWith(MODULE_PATH)) {
            written = written.substring(MODULE_PATH.length()).replaceFirst("^/", "");
        }
        if (written.contains("${") || written.startsWith("/")) {
            return written;
        }
        return RepositoryPaths.resolve(folder, written);
    }
}
