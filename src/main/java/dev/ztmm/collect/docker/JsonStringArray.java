package dev.ztmm.collect.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the exec form of an instruction: a JSON array of strings such as
 * {@code ["/bin/sh", "-c", "make"]} that fills the rest of the line.
 *
 * <p>NOTE: BuildKit rejects a valid JSON array that contains a non-string value, such as
 * {@code CMD [1]}. This reader treats that line as shell form instead of raising.
 */
final class JsonStringArray {

    /** One array element, decoded, with the index of its opening quote. */
    record Item(String value, int start) {}

    private final String text;
    private int pos;

    private JsonStringArray(String text, int pos) {
        this.text = text;
        this.pos = pos;
    }

    /** Returns the items, or null when the text from {@code start} is not a string array. */
    static List<Item> parse(String text, int start) {
        if (!text.startsWith("[", start)) {
            return null;
        }
        return new JsonStringArray(text, start + 1).readItems();
    }

    private List<Item> readItems() {
        List<Item> items = new ArrayList<>();
        skipSpace();
        if (consume(']')) {
            return atEnd() ? items : null;
        }
        do {
            skipSpace();
            Item item = readString();
            if (item == null) {
                return null;
            }
            items.add(item);
            skipSpace();
        } while (consume(','));
        return consume(']') && atEnd() ? items : null;
    }

    private Item readString() {
        int start = pos;
        if (!consume('"')) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return new Item(value.toString(), start);
            }
            if (c < 0x20 || (c == '\\' && !readEscape(value))) {
                return null;
            }
            if (c != '\\') {
                value.append(c);
            }
        }
        return null;
    }

    private boolean readEscape(StringBuilder value) {
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"', '\\', '/' -> value.append(c);
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'u' -> {
                return readUnicodeEscape(value);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean readUnicodeEscape(StringBuilder value) {
        if (pos + 4 > text.length()) {
            return false;
        }
        int code = 0;
        for (int i = pos; i < pos + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return false;
            }
            code = code * 16 + digit;
        }
        value.append((char) code);
        pos += 4;
        return true;
    }

    private void skipSpace() {
        while (pos < text.length() && isJsonSpace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean consume(char expected) {
        if (pos < text.length() && text.charAt(pos) == expected) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean atEnd() {
        skipSpace();
        return pos == text.length();
    }

    private static boolean isJsonSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
