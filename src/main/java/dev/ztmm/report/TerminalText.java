package dev.ztmm.report;

/**
 * Makes text from a scanned repository safe to print on a terminal.
 *
 * <p>A file name or value may hold escape sequences that clear the screen or set the window
 * title, or line breaks that forge report lines. Control characters (C0, DEL and C1) are written
 * as {@code \\uXXXX} instead.
 */
final class TerminalText {

    private TerminalText() {}

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
            if (control && clean == null) {
                clean = new StringBuilder(text.substring(0, i));
            }
            if (clean != null) {
                clean.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return clean == null ? text : clean.toString();
    }
}
