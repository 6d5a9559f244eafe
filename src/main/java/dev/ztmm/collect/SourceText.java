package dev.ztmm.collect;

/**
 * The decoded text of one file, ready for a parser.
 *
 * <p>A leading byte order mark is removed and every CRLF or lone CR is replaced by LF, so line
 * numbers match what an editor shows and no value ends in a stray carriage return.
 *
 * @param path the path relative to the repository root, with forward slashes
 * @param text the decoded text
 * @param encodingWarning null for valid UTF-8 (or UTF-16 with a byte order mark); otherwise a
 *     sentence saying which fallback decoding was used
 * @param encodingWarningLine the line of the first invalid byte, or 0 without a warning
 */
public record SourceText(String path, String text, String encodingWarning, int encodingWarningLine) {

    public static SourceText of(String path, String text) {
        return new SourceText(path, text, null, 0);
    }
}
