package dev.ztmm.collect;

import java.util.Locale;

/** File-name tests shared by collectors. */
final class FileNames {

    private FileNames() {}

    static boolean isYaml(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yml") || lower.endsWith(".yaml");
    }
}
