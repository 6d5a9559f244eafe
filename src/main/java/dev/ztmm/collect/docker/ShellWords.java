package dev.ztmm.collect.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into shell words as BuildKit's lexer does: whitespace separates words, quotes
 * group them, and the escape character protects the next character.
 */
final class ShellWords {

    /** A word as written, quotes and escapes included, and the index where it starts. */
    record Word(String raw, int start) {}

    private ShellWords() {}

    static List<Word> split(String text, int from, char escape) {
        List<Word> words = new ArrayList<>();
        int i = SourceLine.skipSpace(text, from);
        while (i < text.length()) {
            int end = wordEnd(text, i, escape);
            words.add(new Word(text.substring(i, end), i));
            i = SourceLine.skipSpace(text, end);
        }
        return words;
    }

    /** Removes quotes and resolves escapes, keeping everything inside single quotes as is. */
    static String unquote(String raw, char escape) {
        StringBuilder out = new StringBuilder(raw.length());
        char quote = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (c == escape && quote != '\'' && i + 1 < raw.length()) {
                i = appendEscaped(raw, i, quote, out);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Returns whether the word contains a quote character, which makes a heredoc literal. */
    static boolean hasQuotes(String raw) {
        return raw.indexOf('\'') >= 0 || raw.indexOf('"') >= 0;
    }

    private static int wordEnd(String text, int start, char escape) {
        char quote = 0;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quote == 0 && SourceLine.isSpace(c)) {
                return i;
            }
            if (c == escape && quote != '\'') {
                i += 2;
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            i++;
        }
        return text.length();
    }

    /** Inside double quotes the escape character only protects a quote, $ or itself. */
    private static int appendEscaped(String raw, int escapeIndex, char quote, StringBuilder out) {
        char escape = raw.charAt(escapeIndex);
        char next = raw.charAt(escapeIndex + 1);
        boolean protects = quote == 0 || next == '"' || next == '$' || next == escape;
        if (!protects) {
            out.append(escape);
        }
        out.append(next);
        return escapeIndex + 1;
    }
}
