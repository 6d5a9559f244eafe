package dev.ztmm.cli;

/** The report formats of `ztmm assess`. */
enum OutputFormat {
    text,
    json
}
