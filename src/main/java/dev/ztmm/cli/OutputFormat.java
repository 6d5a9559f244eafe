package dev.ztmm.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The report formats of `ztmm assess`. */
enum OutputFormat {
    text,
    json,
    sarif,
    markdown,
    html,
    codequality;

    /** Returns the format with this name in any case, or null. */
    static OutputFormat fromName(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
