package dev.ztmm.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `ztmm completion`: prints the bash and zsh completion script that picocli generates. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print a completion script for bash and zsh. Load it with"
                + " 'source <(ztmm completion)' in ~/.bashrc or ~/.zshrc.")
final class CompletionCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        CommandLine root = spec.root().commandLine();
        // The script works in zsh too: it loads bashcompinit when it runs there.
        spec.commandLine().getOut().print(AutoComplete.bash("ztmm", root));
        spec.commandLine().getOut().flush();
    }
}
