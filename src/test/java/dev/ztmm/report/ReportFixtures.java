package dev.ztmm.report;

import dev.ztmm.app.AssessRequest;
import dev.ztmm.app.Assessor;
import dev.ztmm.model.Assessment;
import dev.ztmm.model.Pillar;
import dev.ztmm.model.Stage;
import dev.ztmm.walk.WalkOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Assesses the report fixtures under src/test/resources/reports/ with the test rule pack. */
final class ReportFixtures {

    static final Path ROOT = Path.of("src/test/resources/reports");
    /** Fails in four pillars, has a file that does not parse and file names with HTML in them. */
    static final Path WEAK = ROOT.resolve("weak");
    /** Passes every rule that applies to it. */
    static final Path STRONG = ROOT.resolve("strong");
    static final Path PACKS = ROOT.resolve("packs");

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    private ReportFixtures() {}

    static Assessment assess(Path repository, Map<Pillar, Stage> targets) {
        AssessRequest request = new AssessRequest(repository, repository.toString(), List.of(PACKS),
                WalkOptions.DEFAULT_MAX_FILE_BYTES, targets, 1);
        try {
            return new Assessor(CLOCK).assess(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Assessment weak;

    /** The weak fixture with a missed identity target, assessed once per test run. */
    static synchronized Assessment weak() {
        if (weak == null) {
            weak = assess(WEAK, Map.of(Pillar.IDENTITY, Stage.SYSTEMATIC));
        }
        return weak;
    }

    static String render(Reporter reporter, Assessment assessment) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(assessment, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
