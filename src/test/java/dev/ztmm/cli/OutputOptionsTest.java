package dev.ztmm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputOptionsTest {

    static final String WEAK = "src/test/resources/reports/weak";
    static final String PACKS = "src/test/resources/reports/packs";
    static final String MISSED = "Identity is at stage 1 Ad-Hoc, below its target 3 Systematic";

    @TempDir
    Path folder;

    @Test
    void severalOutputs_writtenWithTextOnStdout() throws IOException {
        CliRun run = CliRun.of("assess", WEAK, "--rules", PACKS, "--no-color",
                "-o", "json=" + folder.resolve("r.json"), "-o", "sarif=" + folder.resolve("r.sarif"),
                "-o", "markdown=" + folder.resolve("r.md"), "--output", "html=" + folder.resolve("r.html"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("PILLAR", "Gap report");
        assertThat(read(folder.resolve("r.json")).get("schemaVersion").asText()).isEqualTo("1.1");
        assertThat(read(folder.resolve("r.sarif")).get("version").asText()).isEqualTo("2.1.0");
        assertThat(Files.readString(folder.resolve("r.md"))).startsWith("## ztmm: Zero Trust maturity");
        assertThat(Files.readString(folder.resolve("r.html"))).startsWith("<!DOCTYPE html>");
        assertThat(temporaryFiles()).isZero();
    }

    @Test
    void plainFile_takesFormatAndStdout() throws IOException {
        CliRun run = CliRun.of("assess", WEAK, "--format", "sarif", "-o", folder.resolve("r.sarif").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(read(folder.resolve("r.sarif")).get("runs")).hasSize(1);
    }

    @Test
    void sarifOnStdout_parses() throws IOException {
        CliRun run = CliRun.of("assess", WEAK, "--rules", PACKS, "--format", "sarif");

        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(sarif.get("runs").get(0).get("results")).isNotEmpty();
    }

    @Test
    void unknownFormatPrefix_exitsTwo() {
        CliRun run = CliRun.of("assess", WEAK, "-o", "yaml=" + folder.resolve("r.yaml"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'yaml'", "json, sarif");
    }

    @Test
    void sameFileTwice_exitsTwo() {
        String file = folder.resolve("r.json").toString();

        CliRun run = CliRun.of("assess", WEAK, "-o", "json=" + file, "-o", "sarif=" + file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("twice");
    }

    @Test
    void missingFolder_writesNoFile() {
        CliRun run = CliRun.of("assess", WEAK, "-o", "json=" + folder.resolve("r.json"),
                "-o", "sarif=" + folder.resolve("missing/r.sarif"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(folder.resolve("r.json")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "markdown", "html"})
    void missedTarget_namedInEveryFormat(String format) {
        CliRun run = CliRun.of("assess", WEAK, "--rules", PACKS, "--no-color", "--format", format,
                "--target", "identity=3");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(MISSED);
    }

    private static JsonNode read(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private long temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
