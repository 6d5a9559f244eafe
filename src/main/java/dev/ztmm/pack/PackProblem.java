package dev.ztmm.pack;

/**
 * One problem in a rule pack.
 *
 * @param file the pack file
 * @param line the 1-based line, or 0 for the whole file
 * @param message what is wrong and how to fix it
 */
public record PackProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
