package dev.ztmm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ztmm.app.AssessRequest;
import dev.ztmm.app.Assessor;
import dev.ztmm.model.Assessment;
import dev.ztmm.report.JsonReporter;
import dev.ztmm.walk.WalkOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the JSON report of each sample repository under examples/ to a golden file in
 * src/test/resources/golden/.
 *
 * <p>The tool version is replaced before comparing, and the timestamp comes from a fixed clock.
 * After a deliberate change to rules or reports, regenerate the files with
 * {@code ./mvnw -B test -Dtest=ExampleGoldenTest -Dztmm.updateGolden=true} and review the diff.
 */
class ExampleGoldenTest {

    static final Path EXAMPLES = Path.of("examples");
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<String> examples() throws IOException {
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static String report(String example) throws Exception {
        Assessment assessment = new Assessor(CLOCK).assess(new AssessRequest(EXAMPLES.resolve(example),
                "examples/" + example, List.of(), WalkOptions.DEFAULT_MAX_FILE_BYTES, Map.of(), 2));
        StringWriter out = new StringWriter();
        new JsonReporter().write(assessment, out);
        JsonNode json = MAPPER.readTree(out.toString());
        ((ObjectNode) json.get("tool")).put("version", "VERSION");
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void report_matchesGolden(String example) throws Exception {
        Path golden = GOLDEN.resolve(example + ".json");
        String actual = report(example);
        if (Boolean.getBoolean("ztmm.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; regenerate with -Dztmm.updateGolden=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void twoRuns_identicalOutput(String example) throws Exception {
        assertThat(report(example)).isEqualTo(report(example));
    }

    @Test
    void samples_landAtDifferentStages() throws Exception {
        List<Double> averages = examples().map(ExampleGoldenTest::averageStage).sorted().toList();

        assertThat(averages).hasSize(3);
        assertThat(averages.get(0)).as("the Ad-Hoc sample").isLessThan(1.6);
        assertThat(averages.get(1)).as("the Systematic sample").isBetween(2.4, 3.4);
        assertThat(averages.get(2)).as("the near-Optimized sample").isGreaterThanOrEqualTo(3.5);
    }

    private static double averageStage(String example) {
        try {
            JsonNode pillars = MAPPER.readTree(report(example)).get("pillars");
            double sum = 0;
            for (JsonNode pillar : pillars) {
                sum += pillar.get("stage").get("number").asInt();
            }
            return sum / pillars.size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
