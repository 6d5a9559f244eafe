package dev.ztmm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ztmm.report.Json;
import dev.ztmm.report.diff.DiffRenderer;
import dev.ztmm.report.diff.InvalidReportException;
import dev.ztmm.report.diff.ReportDiff;
import dev.ztmm.report.diff.ReportSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `ztmm diff`: compares two JSON reports of the same repository. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Compare two JSON reports: stage and score changes per pillar, rules newly"
                + " failing and rules newly passing.")
final class DiffCommand implements Callable<Integer> {

    /** The formats of `ztmm diff`. */
    enum DiffFormat { text, json, markdown }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier report.")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "The later report.")
    private Path after;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private DiffFormat format;

    @Option(names = "--fail-on-regression",
            description = "Exit with code 1 when a pillar dropped a stage or a rule went from pass to fail.")
    private boolean failOnRegression;

    @Override
    public Integer call() throws IOException {
        ReportDiff diff;
        try {
            diff = ReportDiff.between(read(before), read(after));
        } catch (InvalidReportException e) {
            spec.commandLine().getErr().println("ztmm: " + e.getMessage());
            return ExitCode.INVALID_INPUT.code();
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> DiffRenderer.text(diff, out);
            case json -> DiffRenderer.json(diff, out);
            case markdown -> DiffRenderer.markdown(diff, out);
        }
        out.flush();
        return failOnRegression && diff.isRegression() ? ExitCode.BELOW_TARGET.code() : ExitCode.OK.code();
    }

    private static ReportSnapshot read(Path file) throws InvalidReportException {
        String name = file.toString();
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InvalidReportException("report '" + name + "' not found; pass the path of a JSON report.");
        } catch (JsonProcessingException e) {
            throw new InvalidReportException("'" + name + "' is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidReportException("cannot read report '" + name + "': " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidReportException("'" + name + "' is empty; pass a file written by 'ztmm assess --format json'.");
        }
        return ReportSnapshot.parse(name, tree);
    }
}
