package dev.ztmm.collect.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --name=value} flags that may lead an instruction's arguments, such as
 * {@code --platform}, {@code --from}, {@code --chown} and {@code --mount}.
 *
 * <p>As in BuildKit, flags end at the first word that does not start with {@code --}, or at a
 * bare {@code --}. Quotes inside a flag are removed and a backslash protects the next character.
 */
final class BuilderFlags {

    /** Value stored for a flag written without {@code =value}, which BuildKit reads as true. */
    private static final String IMPLICIT_VALUE = "true";

    /** One flag, with the index of its leading {@code --} in the logical line. */
    record Flag(String name, String value, int start) {}

    private final List<Flag> flags;
    private final int restIndex;

    private BuilderFlags(List<Flag> flags, int restIndex) {
        this.flags = flags;
        this.restIndex = restIndex;
    }

    /** Reads the flags that start at or after {@code from} in the text. */
    static BuilderFlags read(String text, int from) {
        List<Flag> flags = new ArrayList<>();
        int i = SourceLine.skipSpace(text, from);
        while (text.startsWith("--", i)) {
            StringBuilder word = new StringBuilder();
            int end = readWord(text, i, word);
            if (word.toString().equals("--")) {
                return new BuilderFlags(flags, SourceLine.skipSpace(text, end));
            }
            flags.add(toFlag(word.substring(2), i));
            i = SourceLine.skipSpace(text, end);
        }
        return new BuilderFlags(flags, i);
    }

    List<Flag> flags() {
        return flags;
    }

    /** Returns the index of the first character after the flags and the spaces that follow. */
    int restIndex() {
        return restIndex;
    }

    private static Flag toFlag(String body, int start) {
        int equals = body.indexOf('=');
        if (equals < 0) {
            return new Flag(body, IMPLICIT_VALUE, start);
        }
        return new Flag(body.substring(0, equals), body.substring(equals + 1), start);
    }

    private static int readWord(String text, int start, StringBuilder word) {
        char quote = 0;
        int i = start;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && SourceLine.isSpace(c)) {
                break;
            }
            if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (c != '\\') {
                word.append(c);
            }
        }
        return i;
    }
}
