package dev.ztmm.cli;

import dev.ztmm.app.AssessRequest;
import dev.ztmm.app.Assessor;
import dev.ztmm.model.Inventory;
import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.report.InventoryReporter;
import dev.ztmm.walk.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `ztmm inventory`: lists what each collector read, and every file skipped or failed. */
@Command(
        name = "inventory",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "List the configuration files ztmm reads in a repository, per collector,"
                + " and every file it skipped or could not parse, with the reason.")
final class InventoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".",
            description = "Repository folder to list (default: the current folder).")
    private Path path;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--max-file-size", paramLabel = "BYTES",
            description = "Skip files larger than BYTES (default: ${DEFAULT-VALUE}, 5 MiB).")
    private long maxFileBytes = WalkOptions.DEFAULT_MAX_FILE_BYTES;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    private boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(path)) {
            spec.commandLine().getErr().println("ztmm: repository folder '" + path + "' does not exist or is not a folder.");
            return ExitCode.INVALID_INPUT.code();
        }
        if (maxFileBytes < 1) {
            spec.commandLine().getErr().println("ztmm: invalid --max-file-size '" + maxFileBytes
                    + "'; give a size of at least 1 byte.");
            return ExitCode.INVALID_INPUT.code();
        }
        if (!format.equals("text") && !format.equals("json")) {
            spec.commandLine().getErr().println("ztmm: invalid --format '" + format + "'; use text or json.");
            return ExitCode.INVALID_INPUT.code();
        }
        Inventory inventory;
        try {
            inventory = new Assessor(Clock.systemUTC()).inventory(new AssessRequest(path, path.toString(), List.of(),
                    maxFileBytes, Map.of(), Runtime.getRuntime().availableProcessors()));
        } catch (InvalidPackException e) {
            spec.commandLine().getErr().println("ztmm: invalid configuration:");
            e.problems().forEach(p -> spec.commandLine().getErr().println("  " + p));
            return ExitCode.INVALID_INPUT.code();
        }
        InventoryReporter reporter = new InventoryReporter();
        if (format.equals("json")) {
            reporter.writeJson(inventory, spec.commandLine().getOut());
        } else {
            reporter.writeText(inventory, spec.commandLine().getOut());
        }
        return ExitCode.OK.code();
    }
}
