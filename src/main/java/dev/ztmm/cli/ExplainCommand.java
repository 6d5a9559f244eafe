package dev.ztmm.cli;

import dev.ztmm.app.Explainer;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleTrace;
import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.report.TraceReporter;
import dev.ztmm.walk.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `ztmm explain`: evaluates one rule on a repository and shows the outcome of every item. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Evaluate one rule on a repository and print each document and item it looked"
                + " at, with the result for each.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE_ID", description = "The rule to evaluate.")
    private String ruleId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", defaultValue = ".",
            description = "Repository folder (default: the current folder).")
    private Path path;

    @Option(names = "--rules", paramLabel = "PATH",
            description = "Add a rule pack file, or every .yaml file of a folder. Repeatable.")
    private List<Path> extraPacks = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(path)) {
            spec.commandLine().getErr().println("ztmm: repository folder '" + path
                    + "' does not exist or is not a folder.");
            return ExitCode.INVALID_INPUT.code();
        }
        List<Rule> rules = RulePacks.load(extraPacks, spec.commandLine().getErr());
        Rule rule = rules == null ? null : RulePacks.find(rules, ruleId, spec.commandLine().getErr());
        if (rule == null) {
            return ExitCode.INVALID_INPUT.code();
        }
        RuleTrace trace;
        try {
            trace = new Explainer().explain(rule, path, WalkOptions.DEFAULT_MAX_FILE_BYTES);
        } catch (InvalidPackException e) {
            spec.commandLine().getErr().println("ztmm: invalid rule pack:");
            e.problems().forEach(p -> spec.commandLine().getErr().println("  " + p));
            return ExitCode.INVALID_INPUT.code();
        }
        TraceReporter.write(trace, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
