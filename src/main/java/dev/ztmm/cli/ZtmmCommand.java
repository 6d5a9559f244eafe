package dev.ztmm.cli;

import picocli.CommandLine.Command;

/** The top-level command, which only groups the subcommands. */
@Command(
        name = "ztmm",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Measures how far a repository has come on the road to Zero Trust, from its"
                + " CI pipelines, infrastructure as code and access-control files.",
        subcommands = {AssessCommand.class, DiffCommand.class, RulesCommand.class, ExplainCommand.class,
                InventoryCommand.class, CompletionCommand.class})
final class ZtmmCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
