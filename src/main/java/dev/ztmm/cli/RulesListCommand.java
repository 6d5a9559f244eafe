package dev.ztmm.cli;

import dev.ztmm.model.Pillar;
import dev.ztmm.model.Rule;
import dev.ztmm.model.Stage;
import dev.ztmm.report.RuleCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `ztmm rules list`: one line or JSON object per rule, or counts with --summary. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "List the rules of the built-in packs and of any --rules packs, sorted by id.")
final class RulesListCommand implements Callable<Integer> {

    /** The formats of `ztmm rules list`. */
    enum ListFormat { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--pillar", paramLabel = "PILLAR", description = "Only rules of PILLAR: ${COMPLETION-CANDIDATES}.")
    private PillarName pillar;

    @Option(names = "--stage", paramLabel = "STAGE", converter = StageConverter.class,
            description = "Only rules of STAGE: " + StageConverter.VALUES + ".")
    private Stage stage;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ListFormat format;

    @Option(names = "--summary",
            description = "Print rule counts per pillar and stage and how many rules cite each framework.")
    private boolean summary;

    @Option(names = "--rules", paramLabel = "PATH",
            description = "Add a rule pack file, or every .yaml file of a folder. Repeatable.")
    private List<Path> extraPacks = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<Rule> rules = RulePacks.load(extraPacks, spec.commandLine().getErr());
        if (rules == null) {
            return ExitCode.INVALID_INPUT.code();
        }
        List<Rule> selected = rules.stream()
                .filter(rule -> pillar == null || rule.pillar() == pillar.pillar())
                .filter(rule -> stage == null || rule.stage() == stage)
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (summary) {
            if (format == ListFormat.json) {
                RuleCatalog.summaryJson(selected, out);
            } else {
                RuleCatalog.summaryText(selected, out);
            }
        } else if (format == ListFormat.json) {
            RuleCatalog.listJson(selected, out);
        } else {
            RuleCatalog.listText(selected, out);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** Pillar names for picocli, so that completion and help list them. */
    enum PillarName {
        identity, data, devices, applications, networks, visibility;

        Pillar pillar() {
            return Pillar.fromId(name());
        }
    }
}
