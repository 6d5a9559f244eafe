package dev.ztmm.cli;

import dev.ztmm.model.Rule;
import dev.ztmm.report.RuleCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `ztmm rules show`: everything about one rule. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show one rule: why it matters, the fix, references, the document kinds it"
                + " reads, its select pattern, condition and limitations.")
final class RulesShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE_ID", description = "The rule id, such as identity.workflow-permissions-declared.")
    private String ruleId;

    @Option(names = "--rules", paramLabel = "PATH",
            description = "Add a rule pack file, or every .yaml file of a folder. Repeatable.")
    private List<Path> extraPacks = new ArrayList<>();

    @Override
    public Integer call() {
        List<Rule> rules = RulePacks.load(extraPacks, spec.commandLine().getErr());
        Rule rule = rules == null ? null : RulePacks.find(rules, ruleId, spec.commandLine().getErr());
        if (rule == null) {
            return ExitCode.INVALID_INPUT.code();
        }
        RuleCatalog.show(rule, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
