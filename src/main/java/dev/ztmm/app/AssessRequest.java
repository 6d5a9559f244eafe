package dev.ztmm.app;

import dev.ztmm.model.Pillar;
import dev.ztmm.model.Stage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The repository to assess and the settings of the run.
 *
 * @param root the repository folder
 * @param displayPath the folder as the user named it, shown in reports
 * @param extraPacks rule pack files or folders added to the built-in packs
 * @param maxFileBytes files over this size are skipped
 * @param targets the stage each pillar must reach
 * @param threads worker threads for reading files and evaluating rules
 */
public record AssessRequest(
        Path root,
        String displayPath,
        List<Path> extraPacks,
        long maxFileBytes,
        Map<Pillar, Stage> targets,
        int threads) {}
