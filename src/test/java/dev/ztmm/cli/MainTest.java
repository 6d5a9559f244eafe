package dev.ztmm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class MainTest {

    @TempDir
    Path repo;

    @BeforeEach
    void writeRepository() throws IOException {
        Path workflow = repo.resolve(".github/workflows/ci.yml");
        Files.createDirectories(workflow.getParent());
        Files.writeString(workflow, "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n");
    }

    @Test
    void assess_printsReportAndSummary() {
        CliRun run = CliRun.of("assess", repo.toString(), "--no-color");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("PILLAR", "Identity", "Gap report", "Do first:");
        assertThat(run.out()).doesNotContain("\u001b[");
        assertThat(run.err()).startsWith("ztmm: ").contains("failed", "passed").doesNotContain("PILLAR");
    }

    @Test
    void jsonFormat_parsesFromStdout() throws IOException {
        CliRun run = CliRun.of("assess", repo.toString(), "--format", "json");

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("pillars")).hasSize(6);
        assertThat(report.get("pillars").get(0).get("pillar").asText()).isEqualTo("identity");
        assertThat(report.get("schemaVersion").asText()).isEqualTo("1.1");
    }

    @Test
    void failBelow_missedTargetExitsOne() {
        CliRun run = CliRun.of("assess", repo.toString(), "--fail-below", "Optimized", "--no-color");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("below target 4");
    }

    @Test
    void failBelowAdhoc_alwaysMet() {
        assertThat(CliRun.of("assess", repo.toString(), "--fail-below", "1").exitCode()).isZero();
    }

    @Test
    void target_onlyThatPillarGated() {
        CliRun missed = CliRun.of("assess", repo.toString(), "--target", "identity=2", "--no-color");
        CliRun met = CliRun.of("assess", repo.toString(), "--target", "identity=1", "--no-color");

        assertThat(missed.exitCode()).isEqualTo(1);
        assertThat(missed.out()).contains("below target 2");
        assertThat(met.exitCode()).isZero();
    }

    @Test
    void invalidStage_exitsTwoWithValues() {
        CliRun run = CliRun.of("assess", repo.toString(), "--fail-below", "great");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("invalid stage 'great'", "adhoc, opportunistic");
    }

    @Test
    void missingPath_exitsTwo() {
        CliRun run = CliRun.of("assess", repo.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void unknownOption_exitsTwoWithSuggestion() {
        CliRun run = CliRun.of("assess", "--fail-bellow", "2", repo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--fail-bellow", "--fail-below");
    }

    @Test
    void invalidRulePack_exitsTwoNamingFileAndLine() throws IOException {
        Path pack = repo.resolve("team.yaml");
        Files.writeString(pack, "pack: team\nversion: 1\nrules:\n  - id: identity.x\n    pillar: identity\n");

        CliRun run = CliRun.of("assess", repo.toString(), "--rules", pack.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("invalid rule pack", pack + ":4:", "missing the required field");
    }

    @Test
    void outputFile_writtenWhole() throws IOException {
        Path report = repo.resolve("report.json");

        CliRun run = CliRun.of("assess", repo.toString(), "--format", "json", "--output", report.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(report.toFile()).get("pillars")).hasSize(6);
        try (var files = Files.list(repo)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void outputInMissingFolder_exitsTwo() {
        CliRun run = CliRun.of("assess", repo.toString(), "-o", repo.resolve("no/such/r.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void version_printed() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("ztmm ");
    }

    @Test
    void help_listsExitCodes() {
        CliRun run = CliRun.of("assess", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "0   Success; for assess, every target met.", "3   Internal error");
    }

    @Test
    void everyOption_hasDescription() {
        CommandLine commandLine = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertDescribed(commandLine.getCommandSpec());
    }

    private static void assertDescribed(CommandSpec spec) {
        for (OptionSpec option : spec.options()) {
            assertThat(String.join(" ", option.description()))
                    .as("description of %s %s", spec.qualifiedName(), option.longestName())
                    .isNotBlank();
        }
        spec.subcommands().values().forEach(sub -> assertDescribed(sub.getCommandSpec()));
    }

    @Test
    void unexpectedException_exitsThree() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
        commandLine.addSubcommand("broken", new Broken());
        commandLine.setErr(new PrintWriter(err));

        int code = commandLine.execute("broken");

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("internal error", "boom", "--verbose");
    }

    @CommandLine.Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }
}
