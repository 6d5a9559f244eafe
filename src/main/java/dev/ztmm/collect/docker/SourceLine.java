package dev.ztmm.collect.docker;

import java.util.ArrayList;
import java.util.List;

/** One physical line of a Dockerfile, without its line end. */
record SourceLine(int number, String text) {

    /**
     * Splits text at LF. A trailing carriage return is dropped from each line, and one left
     * elsewhere counts as whitespace.
     */
    static List<SourceLine> split(String text) {
        String[] parts = text.split("\n", -1);
        int count = parts.length;
        if (parts[count - 1].isEmpty()) {
            count--;
        }
        List<SourceLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new SourceLine(i + 1, stripTrailingCarriageReturns(parts[i])));
        }
        return lines;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimmedEnd(String text) {
        int end = text.length();
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    int contentStart() {
        return skipSpace(text, 0);
    }

    boolean isBlank() {
        return contentStart() == text.length();
    }

    /** Returns whether the line is a comment, which may be indented as BuildKit allows. */
    boolean isComment() {
        int start = contentStart();
        return start < text.length() && text.charAt(start) == '#';
    }

    private static String stripTrailingCarriageReturns(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return line.substring(0, end);
    }
}
