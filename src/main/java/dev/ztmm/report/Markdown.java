package dev.ztmm.report;

import java.util.ArrayList;
import java.util.List;

/** Escapes repository text for GitHub-flavoured Markdown and lays out rule prose. */
public final class Markdown {

    private static final String SPECIAL = "\\`*_[]|~";

    private Markdown() {}

    /**
     * Returns {@code text} as inline Markdown that renders literally: punctuation that Markdown
     * reads is backslash-escaped, {@code < > &} become character references, and line breaks
     * become spaces, so the text cannot open a tag, a link or a table cell.
     */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : oneLine(text).toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(SPECIAL.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /**
     * Returns {@code text} as a code span whose fence is longer than any run of backticks inside
     * it. Pipes are escaped too, because GitHub splits table cells on them even in code spans.
     */
    public static String code(String text) {
        String line = oneLine(text == null ? "" : text).replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (char c : line.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`") || line.isBlank();
        return pad ? fence + " " + line + " " + fence : fence + line + fence;
    }

    /**
     * Lays out a rule's prose: lines indented by at least two spaces are a snippet and go into
     * a fenced code block, the other lines stay paragraphs. Rule text comes from rule packs,
     * not from the scanned repository, so it is not escaped.
     */
    static String prose(String text) {
        List<String> out = new ArrayList<>();
        List<String> snippet = new ArrayList<>();
        for (String line : text.strip().split("\n", -1)) {
            if (line.startsWith("  ") || (!snippet.isEmpty() && line.isBlank())) {
                snippet.add(line);
            } else {
                flush(snippet, out);
                out.add(line);
            }
        }
        flush(snippet, out);
        return String.join("\n", out);
    }

    private static void flush(List<String> snippet, List<String> out) {
        if (snippet.isEmpty()) {
            return;
        }
        int indent = snippet.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        out.add("");
        out.add("```");
        snippet.forEach(l -> out.add(l.isBlank() ? "" : l.substring(indent)));
        out.add("```");
        out.add("");
        snippet.clear();
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
