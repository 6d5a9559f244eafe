package dev.ztmm.app;

import dev.ztmm.collect.Collection;
import dev.ztmm.collect.CollectionResult;
import dev.ztmm.collect.FileRecord;
import dev.ztmm.config.Config;
import dev.ztmm.config.ConfigLoader;
import dev.ztmm.config.Overrides;
import dev.ztmm.engine.Engine;
import dev.ztmm.engine.Evaluation;
import dev.ztmm.model.Assessment;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Inventory;
import dev.ztmm.model.Pillar;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Stage;
import dev.ztmm.model.RulePack;
import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.pack.PackLoader;
import dev.ztmm.pack.PackProblem;
import dev.ztmm.score.Scorer;
import dev.ztmm.walk.RepoFile;
import dev.ztmm.walk.RepositoryWalker;
import dev.ztmm.walk.WalkOptions;
import dev.ztmm.walk.WalkResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Runs the whole flow: load packs, walk, collect, evaluate, score. */
public final class Assessor {

    private final Clock clock;

    public Assessor(Clock clock) {
        this.clock = clock;
    }

    /**
     * Assesses one repository.
     *
     * @throws InvalidPackException when a rule pack is invalid
     * @throws IOException when the repository folder cannot be read at all
     */
    public Assessment assess(AssessRequest request) throws InvalidPackException, IOException {
        Config config = new ConfigLoader().load(request.root());
        List<RulePack> packs = new PackLoader().load(packPaths(request, config));
        List<Rule> rules = packs.stream().flatMap(pack -> pack.rules().stream()).toList();
        Overrides overrides = new Overrides(config, LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC));
        overrides.validate(rules, request.root().resolve(Config.FILE_NAME).toString());

        WalkOptions options = new WalkOptions(request.maxFileBytes(), WalkOptions.DEFAULT_SKIPPED_FOLDERS);
        WalkResult walk = exclude(new RepositoryWalker(options).walk(request.root()), config.exclude());
        CollectionResult collected = new Collection(BuiltInCollectors.all(), request.threads()).collect(walk);
        Evaluation evaluation = new Engine(request.threads()).evaluate(rules, collected.documents());

        List<Diagnostic> diagnostics = new ArrayList<>(collected.diagnostics());
        diagnostics.addAll(evaluation.diagnostics());
        List<RuleResult> results = overrides.apply(evaluation.results(), diagnostics);
        diagnostics.sort(null);
        Map<Pillar, Stage> targets = new EnumMap<>(Pillar.class);
        targets.putAll(config.targets());
        targets.putAll(request.targets());
        return new Assessment(
                Version.current(),
                request.displayPath(),
                GitHead.commit(request.root()),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
                packs.stream().map(p -> new Assessment.PackInfo(p.id(), p.version(), p.rules().size())).toList(),
                new Scorer().score(results),
                List.copyOf(results),
                List.copyOf(diagnostics),
                fileInfos(collected.files()),
                Map.copyOf(targets));
    }

    /**
     * Lists what the collectors read from a repository, honouring the exclusions of .ztmm.yml.
     *
     * @throws InvalidPackException when .ztmm.yml is invalid
     * @throws IOException when the repository folder cannot be read at all
     */
    public Inventory inventory(AssessRequest request) throws InvalidPackException, IOException {
        Config config = new ConfigLoader().load(request.root());
        WalkOptions options = new WalkOptions(request.maxFileBytes(), WalkOptions.DEFAULT_SKIPPED_FOLDERS);
        WalkResult walk = exclude(new RepositoryWalker(options).walk(request.root()), config.exclude());
        CollectionResult collected = new Collection(BuiltInCollectors.all(), request.threads()).collect(walk);
        List<Assessment.FileInfo> files = collected.files().stream()
                .filter(record -> record.collector() != null)
                .map(r -> new Assessment.FileInfo(r.path(), r.collector(), r.documents(), r.status(), r.symlinkTarget()))
                .toList();
        return new Inventory(request.displayPath(), files, collected.diagnostics());
    }

    /** Returns the command line's packs and the configuration's, which must stay inside the repository. */
    private static List<Path> packPaths(AssessRequest request, Config config) throws InvalidPackException {
        List<Path> paths = new ArrayList<>(request.extraPacks());
        Path root = request.root().toAbsolutePath().normalize();
        for (String pack : config.rulePacks()) {
            Path path = root.resolve(pack).normalize();
            if (!path.startsWith(root)) {
                throw new InvalidPackException(List.of(new PackProblem(root.resolve(Config.FILE_NAME).toString(), 0,
                        "Rule pack '" + pack + "' lies outside the repository; name a path inside it.")));
            }
            paths.add(path);
        }
        return paths;
    }

    private static WalkResult exclude(WalkResult walk, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return walk;
        }
        List<RepoFile> kept = walk.files().stream()
                .filter(file -> prefixes.stream().noneMatch(prefix -> isUnder(file.path(), prefix)))
                .toList();
        return new WalkResult(kept, walk.diagnostics());
    }

    private static boolean isUnder(String path, String prefix) {
        String folder = prefix.endsWith("/") ? prefix : prefix + "/";
        return path.equals(prefix) || path.startsWith(folder);
    }

    private static List<Assessment.FileInfo> fileInfos(List<FileRecord> records) {
        return records.stream()
                .filter(record -> !record.status().equals("ignored") && !record.status().equals("no-documents"))
                .map(r -> new Assessment.FileInfo(r.path(), r.collector(), r.documents(), r.status(), r.symlinkTarget()))
                .toList();
    }
}
