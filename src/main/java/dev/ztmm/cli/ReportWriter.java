package dev.ztmm.cli;

import dev.ztmm.model.Assessment;
import dev.ztmm.report.CodeQualityReporter;
import dev.ztmm.report.HtmlReporter;
import dev.ztmm.report.JsonReporter;
import dev.ztmm.report.MarkdownReporter;
import dev.ztmm.report.Reporter;
import dev.ztmm.report.SarifReporter;
import dev.ztmm.report.TextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes reports to standard output and to files. Each file is rendered into a temporary file
 * beside it and moved into place only when every report has rendered, so a failure leaves
 * every target file as it was.
 */
final class ReportWriter {

    private final PrintWriter out;
    private final boolean color;
    private final String rulesUrl;
    private final String rootUri;

    /**
     * @param rulesUrl address of docs/rules.md for SARIF help links
     * @param rootUri absolute URI of the repository folder, for SARIF's %SRCROOT%
     */
    ReportWriter(PrintWriter out, boolean color, String rulesUrl, String rootUri) {
        this.out = out;
        this.color = color;
        this.rulesUrl = rulesUrl;
        this.rootUri = rootUri;
    }

    Reporter reporter(OutputFormat format) {
        return switch (format) {
            case text -> new TextReporter(color);
            case json -> new JsonReporter();
            case sarif -> new SarifReporter(rulesUrl, rootUri);
            case markdown -> new MarkdownReporter();
            case html -> new HtmlReporter();
            case codequality -> new CodeQualityReporter();
        };
    }

    /** Writes the report of {@code stdoutFormat} to standard output; null writes nothing. */
    void writeStdout(Assessment assessment, OutputFormat stdoutFormat) throws IOException {
        if (stdoutFormat != null) {
            reporter(stdoutFormat).write(assessment, out);
            out.flush();
        }
    }

    /** Writes one report per file, each whole or not at all. */
    void writeFiles(Assessment assessment, Map<Path, OutputFormat> files) throws IOException {
        Map<Path, Path> rendered = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, OutputFormat> file : files.entrySet()) {
                Path target = file.getKey().toAbsolutePath();
                Path temporary = Files.createTempFile(target.getParent(), ".ztmm-", ".tmp");
                rendered.put(temporary, target);
                readableByAll(temporary);
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    reporter(file.getValue()).write(assessment, writer);
                }
            }
            for (Map.Entry<Path, Path> file : rendered.entrySet()) {
                move(file.getKey(), file.getValue());
            }
        } finally {
            for (Path temporary : List.copyOf(rendered.keySet())) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Widens the owner-only mode of a temporary file to rw-r--r--, as reports are shared. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
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
