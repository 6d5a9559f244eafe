package dev.ztmm.collect.docker;

import java.util.Map;

/**
 * Expands {@code $NAME}, {@code ${NAME}} and {@code ${NAME:-word}} style references with the
 * values of build arguments, keeping every reference whose value is unknown as {@code ${...}}
 * text, the form that means "unknown" throughout ztmm.
 *
 * <p>A name maps to its value, or to null when it is declared without a default, so its value
 * only exists at build time. A name that is absent is not declared at all. A plain reference to
 * such a name stays unknown, while {@code ${NAME:-word}} and {@code ${NAME-word}} expand to the
 * word and {@code ${NAME:+word}} and {@code ${NAME+word}} to nothing, as in BuildKit. The
 * pattern forms ({@code ${NAME#p}}, {@code ${NAME%p}}, {@code ${NAME/p/r}}) stay as written.
 */
final class VariableExpander {

    private final Map<String, String> values;
    private final boolean everyNameDeclared;
    private final char escape;

    private VariableExpander(Map<String, String> values, boolean everyNameDeclared, char escape) {
        this.values = values;
        this.everyNameDeclared = everyNameDeclared;
        this.escape = escape;
    }

    /** Creates an expander over the given values, which it reads live as they change. */
    static VariableExpander of(Map<String, String> values, char escape) {
        return new VariableExpander(values, false, escape);
    }

    /**
     * Creates an expander that treats every name as declared with an unknown value, so it only
     * rewrites {@code $NAME} to {@code ${NAME}} and keeps the other forms as written.
     */
    static VariableExpander allUnknown(char escape) {
        return new VariableExpander(Map.of(), true, escape);
    }

    String expand(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == escape && text.startsWith("$", i + 1)) {
                out.append('$');
                i += 2;
            } else if (c == '$') {
                i = expandReference(text, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Appends the expansion of the reference at {@code dollar} and returns the index after it. */
    private int expandReference(String text, int dollar, StringBuilder out) {
        if (text.startsWith("{", dollar + 1)) {
            return expandBraced(text, dollar, out);
        }
        int end = nameEnd(text, dollar + 1);
        if (end == dollar + 1) {
            out.append('$');
            return end;
        }
        String name = text.substring(dollar + 1, end);
        out.append(resolvePlain(name, "${" + name + "}"));
        return end;
    }

    private int expandBraced(String text, int dollar, StringBuilder out) {
        int close = closingBrace(text, dollar + 2);
        if (close < 0) {
            out.append(text, dollar, text.length());
            return text.length();
        }
        String inner = text.substring(dollar + 2, close);
        out.append(resolveBraced(inner, text.substring(dollar, close + 1)));
        return close + 1;
    }

    private String resolveBraced(String inner, String written) {
        int nameEnd = nameEnd(inner, 0);
        String name = inner.substring(0, nameEnd);
        String modifier = inner.substring(nameEnd);
        if (name.isEmpty()) {
            return written;
        }
        if (modifier.isEmpty()) {
            return resolvePlain(name, written);
        }
        boolean colon = modifier.startsWith(":");
        String operation = colon ? modifier.substring(1) : modifier;
        if (operation.isEmpty() || "-+?".indexOf(operation.charAt(0)) < 0) {
            return written;
        }
        return resolveModifier(name, colon, operation.charAt(0), operation.substring(1), written);
    }

    /** Applies {@code -}, {@code +} or {@code ?}. With a colon, an empty value counts as unset. */
    private String resolveModifier(
            String name, boolean colon, char operator, String word, String written) {
        boolean declared = everyNameDeclared || values.containsKey(name);
        String value = values.get(name);
        if (declared && value == null) {
            return written;
        }
        boolean missing = !declared || (colon && value.isEmpty());
        return switch (operator) {
            case '-' -> missing ? expand(word) : value;
            case '+' -> missing ? "" : expand(word);
            default -> missing ? written : value;
        };
    }

    private String resolvePlain(String name, String written) {
        String value = values.get(name);
        return value == null ? written : value;
    }

    private static int nameEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isNameCharacter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameCharacter(char c) {
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return letter || c == '_' || (c >= '0' && c <= '9');
    }

    /** Returns the index of the brace that closes a reference, allowing nested references. */
    private static int closingBrace(String text, int start) {
        int depth = 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
