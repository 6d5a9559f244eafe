package dev.ztmm.collect.jenkins;

/** Decodes the character after a backslash in a Groovy string. */
final class StringEscapes {

    private StringEscapes() {}

    static String decode(char escaped) {
        return switch (escaped) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'b' -> "\b";
            case 'f' -> "\f";
            // A backslash before a line break joins the lines.
            case '\n' -> "";
            default -> String.valueOf(escaped);
        };
    }
}
