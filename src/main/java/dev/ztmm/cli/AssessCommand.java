package dev.ztmm.cli;

import dev.ztmm.app.AssessRequest;
import dev.ztmm.app.Assessor;
import dev.ztmm.app.Version;
import dev.ztmm.model.Assessment;
import dev.ztmm.model.Pillar;
import dev.ztmm.model.Stage;
import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.walk.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `ztmm assess`: scores the six pillars of one repository and prints the gap report. */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Assess a repository: score the six pillars on four stages and print what"
                + " to change to reach the next stage.")
final class AssessCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".",
            description = "Repository folder to assess (default: the current folder).")
    private Path path;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "[FORMAT=]FILE", converter = OutputSpec.Converter.class,
            description = "Write a report to FILE: FORMAT=FILE in that format, with the --format report"
                    + " still on standard output, or a plain FILE in the --format format instead of"
                    + " standard output. Repeatable, such as -o json=ztmm.json -o sarif=ztmm.sarif."
                    + " Each file is replaced whole or not at all.")
    private List<OutputSpec> outputs = new ArrayList<>();

    @Option(names = "--rules-url", paramLabel = "URL",
            description = "Address of the rules reference (docs/rules.md) that SARIF help links"
                    + " point to, with the rule id as the section (default: the address built into"
                    + " the jar).")
    private String rulesUrl;

    @Option(names = "--fail-below", paramLabel = "STAGE", converter = StageConverter.class,
            description = "Exit with code 1 when any pillar is below STAGE: "
                    + StageConverter.VALUES + ".")
    private Stage failBelow;

    @Option(names = "--target", paramLabel = "PILLAR=STAGE", converter = TargetConverter.class,
            description = "Exit with code 1 when PILLAR is below STAGE, such as identity=3."
                    + " Repeatable; overrides --fail-below for that pillar.")
    private List<Map.Entry<Pillar, Stage>> targets = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "PATH",
            description = "Add a rule pack file, or every .yaml file of a folder, to the built-in"
                    + " packs. Repeatable.")
    private List<Path> extraPacks = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES",
            description = "Skip files larger than BYTES and list them in the diagnostics"
                    + " (default: ${DEFAULT-VALUE}, 5 MiB).")
    private long maxFileBytes = WalkOptions.DEFAULT_MAX_FILE_BYTES;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for reading files and evaluating rules"
                    + " (default: the number of processors).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-color",
            description = "Write the text report without colour. Colour is also off when NO_COLOR"
                    + " is set or the output is not a terminal.")
    private boolean noColor;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    private boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(path)) {
            return usageError("repository folder '" + path + "' does not exist or is not a folder.");
        }
        if (maxFileBytes < 1 || threads < 1) {
            return usageError("--max-file-size and --threads must be at least 1.");
        }
        Map<Path, OutputFormat> files = new LinkedHashMap<>();
        String outputProblem = outputFiles(files);
        if (outputProblem != null) {
            return usageError(outputProblem);
        }
        Assessment assessment;
        try {
            assessment = new Assessor(Clock.systemUTC()).assess(request());
        } catch (InvalidPackException e) {
            spec.commandLine().getErr().println("ztmm: invalid rule pack:");
            e.problems().forEach(p -> spec.commandLine().getErr().println("  " + p));
            return ExitCode.INVALID_INPUT.code();
        }
        String rootUri = path.toAbsolutePath().normalize().toUri().toString();
        ReportWriter writer = new ReportWriter(spec.commandLine().getOut(), color(),
                rulesUrl == null ? Version.rulesUrl() : rulesUrl, rootUri);
        writer.writeFiles(assessment, files);
        writer.writeStdout(assessment, stdoutFormat());
        Summary.print(assessment, spec.commandLine().getErr());
        return assessment.missedTargets().isEmpty() ? ExitCode.OK.code() : ExitCode.BELOW_TARGET.code();
    }

    /** Fills {@code files} from the -o options; returns what is wrong with them, or null. */
    private String outputFiles(Map<Path, OutputFormat> files) {
        for (OutputSpec output : outputs) {
            Path file = output.file().toAbsolutePath().normalize();
            if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
                return "folder of --output '" + output.file() + "' does not exist; create it first.";
            }
            if (files.put(file, output.format() == null ? format : output.format()) != null) {
                return "--output names '" + output.file() + "' twice; give each report its own file.";
            }
        }
        return null;
    }

    private AssessRequest request() {
        Map<Pillar, Stage> goals = new EnumMap<>(Pillar.class);
        if (failBelow != null) {
            for (Pillar pillar : Pillar.values()) {
                goals.put(pillar, failBelow);
            }
        }
        targets.forEach(target -> goals.put(target.getKey(), target.getValue()));
        String display = path.toString();
        return new AssessRequest(path, display, extraPacks, maxFileBytes, goals, threads);
    }

    /** Returns the format written to standard output: none when a plain FILE took its place. */
    private OutputFormat stdoutFormat() {
        return outputs.stream().anyMatch(o -> o.format() == null) ? null : format;
    }

    private boolean color() {
        return !noColor && stdoutFormat() == OutputFormat.text && System.getenv("NO_COLOR") == null
                && System.console() != null;
    }

    private int usageError(String message) {
        spec.commandLine().getErr().println("ztmm: " + message);
        spec.commandLine().getErr().println("Run 'ztmm assess --help' for usage.");
        return ExitCode.INVALID_INPUT.code();
    }
}
