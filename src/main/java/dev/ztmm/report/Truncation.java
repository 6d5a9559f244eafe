package dev.ztmm.report;

import java.util.List;

/** Fits a Markdown report under a length limit by dropping whole sections from the end. */
final class Truncation {

    static final String NOTE = "> [!NOTE]\n> This report was cut to fit %d characters: %d of %d sections"
            + " are left out. The JSON, SARIF and HTML reports have every finding.\n\n";

    private Truncation() {}

    /**
     * Returns head, then as many sections as fit, then footer. When a section is left out, a
     * note that says how many goes before the footer. The head and footer are always kept.
     */
    static String fit(String head, List<String> sections, String footer, int maxChars) {
        StringBuilder out = new StringBuilder(head);
        int total = head.length() + footer.length() + sections.stream().mapToInt(String::length).sum();
        if (total <= maxChars) {
            sections.forEach(out::append);
            return out.append(footer).toString();
        }
        int budget = maxChars - head.length() - footer.length() - NOTE.length() - 32;
        int kept = 0;
        for (String section : sections) {
            if (section.length() > budget) {
                break;
            }
            out.append(section);
            budget -= section.length();
            kept++;
        }
        out.append(String.format(NOTE, maxChars, sections.size() - kept, sections.size()));
        return out.append(footer).toString();
    }
}
