package dev.ztmm.cli;

import dev.ztmm.model.Assessment;
import dev.ztmm.report.JsonReporter;
import dev.ztmm.report.Reporter;
import dev.ztmm.report.TextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report to standard output or, whole or not at all, to a file. */
final class ReportWriter {

    private final PrintWriter out;
    private final boolean color;

    ReportWriter(PrintWriter out, boolean color) {
        this.out = out;
        this.color = color;
    }

    void write(Assessment assessment, OutputFormat format, Path file) throws IOException {
        Reporter reporter = format == OutputFormat.json ? new JsonReporter() : new TextReporter(color);
        if (file == null) {
            reporter.write(assessment, out);
            out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), ".ztmm-", ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                reporter.write(assessment, writer);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
