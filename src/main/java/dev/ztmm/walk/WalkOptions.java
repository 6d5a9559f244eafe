package dev.ztmm.walk;

import java.util.Set;

/**
 * Settings of a repository walk.
 *
 * @param maxFileBytes files larger than this are skipped and listed in the diagnostics
 * @param skippedFolders folder names that are never entered, wherever they appear
 */
public record WalkOptions(long maxFileBytes, Set<String> skippedFolders) {

    /** 5 MiB: larger than any hand-written configuration file, small enough to parse quickly. */
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    /** Version-control, dependency and build folders, whose files the team does not maintain. */
    public static final Set<String> DEFAULT_SKIPPED_FOLDERS =
            Set.of(
                    ".git",
                    ".hg",
                    ".svn",
                    "node_modules",
                    "vendor",
                    "third_party",
                    ".terraform",
                    ".terragrunt-cache",
                    "target",
                    "build",
                    "dist",
                    "out",
                    ".gradle",
                    ".mvn",
                    ".venv",
                    "venv",
                    "__pycache__",
                    ".tox",
                    "bower_components",
                    ".idea",
                    ".vscode");

    public static WalkOptions defaults() {
        return new WalkOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_SKIPPED_FOLDERS);
    }
}
