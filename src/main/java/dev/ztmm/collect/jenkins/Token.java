package dev.ztmm.collect.jenkins;

/**
 * One token of a Groovy pipeline script.
 *
 * @param type the token type
 * @param text a word's text, a string's value (escapes decoded) or a punctuation character
 * @param line 1-based line where the token starts
 * @param column 1-based column where the token starts
 * @param interpolated for a string, whether it is double-quoted and holds {@code $}
 */
record Token(Type type, String text, int line, int column, boolean interpolated) {

    enum Type { WORD, STRING, OPEN, CLOSE, PUNCT }

    boolean is(Type expected, String value) {
        return type == expected && text.equals(value);
    }

    boolean isWord(String value) {
        return is(Type.WORD, value);
    }
}
