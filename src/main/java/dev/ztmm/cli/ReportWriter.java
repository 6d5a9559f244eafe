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
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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

    /**
     * Writes one report per file, each whole or not at all. A regular file (or a link to one) is
     * replaced through a temporary file and a move, which keeps a link a link. Anything else that
     * already exists, such as /dev/stdout, /dev/null or a named pipe, is written in place once
     * every report has rendered, because replacing it would destroy it.
     */
    void writeFiles(Assessment assessment, Map<Path, OutputFormat> files) throws IOException {
        Map<Path, Path> rendered = new LinkedHashMap<>();
        Map<Path, String> streams = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, OutputFormat> file : files.entrySet()) {
                Path target = file.getKey().toAbsolutePath();
                if (isStream(target)) {
                    StringWriter text = new StringWriter();
                    reporter(file.getValue()).write(assessment, text);
                    streams.put(target, text.toString());
                    continue;
                }
                Path real = Files.exists(target) ? target.toRealPath() : target;
                Path temporary = Files.createTempFile(real.getParent(), ".ztmm-", ".tmp");
                rendered.put(temporary, real);
                readableByAll(temporary);
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    reporter(file.getValue()).write(assessment, writer);
                }
            }
            for (Map.Entry<Path, Path> file : rendered.entrySet()) {
                move(file.getKey(), file.getValue());
            }
            for (Map.Entry<Path, String> stream : streams.entrySet()) {
                Files.writeString(stream.getKey(), stream.getValue(), StandardCharsets.UTF_8,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
        } finally {
            for (Path temporary : List.copyOf(rendered.keySet())) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Returns whether a path is a device, pipe or socket, which is written in place. */
    private static boolean isStream(Path target) {
        boolean special = target.startsWith("/dev/") || target.startsWith("/proc/");
        return special || Files.exists(target) && !Files.isRegularFile(target);
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
