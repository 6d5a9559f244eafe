package dev.ztmm.app;

import dev.ztmm.collect.Collection;
import dev.ztmm.collect.CollectionResult;
import dev.ztmm.collect.FileRecord;
import dev.ztmm.engine.Engine;
import dev.ztmm.engine.Evaluation;
import dev.ztmm.model.Assessment;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RulePack;
import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.pack.PackLoader;
import dev.ztmm.score.Scorer;
import dev.ztmm.walk.RepositoryWalker;
import dev.ztmm.walk.WalkOptions;
import dev.ztmm.walk.WalkResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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
        List<RulePack> packs = new PackLoader().load(request.extraPacks());
        WalkOptions options = new WalkOptions(request.maxFileBytes(), WalkOptions.DEFAULT_SKIPPED_FOLDERS);
        WalkResult walk = new RepositoryWalker(options).walk(request.root());
        CollectionResult collected = new Collection(BuiltInCollectors.all(), request.threads()).collect(walk);
        List<Rule> rules = packs.stream().flatMap(pack -> pack.rules().stream()).toList();
        Evaluation evaluation = new Engine(request.threads()).evaluate(rules, collected.documents());

        List<Diagnostic> diagnostics = new ArrayList<>(collected.diagnostics());
        diagnostics.addAll(evaluation.diagnostics());
        diagnostics.sort(null);
        return new Assessment(
                Version.current(),
                request.displayPath(),
                GitHead.commit(request.root()),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
                packs.stream().map(p -> new Assessment.PackInfo(p.id(), p.version(), p.rules().size())).toList(),
                new Scorer().score(evaluation.results()),
                evaluation.results(),
                List.copyOf(diagnostics),
                fileInfos(collected.files()),
                request.targets());
    }

    private static List<Assessment.FileInfo> fileInfos(List<FileRecord> records) {
        return records.stream()
                .filter(record -> record.collector() != null)
                .map(r -> new Assessment.FileInfo(r.path(), r.collector(), r.documents(), r.status(), r.symlinkTarget()))
                .toList();
    }
}
