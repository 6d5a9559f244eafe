package dev.ztmm.app;

import dev.ztmm.collect.Collection;
import dev.ztmm.collect.CollectionResult;
import dev.ztmm.engine.Engine;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RuleTrace;
import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.walk.RepositoryWalker;
import dev.ztmm.walk.WalkOptions;
import dev.ztmm.walk.WalkResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Evaluates one rule on a repository item by item, reading files as an assessment does.
 *
 * <p>NOTE: the exclusions of .ztmm.yml are not applied here, so explain also lists items in
 * excluded folders, which an assessment skips.
 */
public final class Explainer {

    /**
     * Walks and collects {@code root}, then traces {@code rule} over its documents.
     *
     * @throws InvalidPackException when the rule's condition or pattern does not compile
     * @throws IOException when the repository folder cannot be read at all
     */
    public RuleTrace explain(Rule rule, Path root, long maxFileBytes) throws InvalidPackException, IOException {
        WalkOptions options = new WalkOptions(maxFileBytes, WalkOptions.DEFAULT_SKIPPED_FOLDERS);
        WalkResult walk = new RepositoryWalker(options).walk(root);
        CollectionResult collected = new Collection(BuiltInCollectors.all(), 1).collect(walk);
        return new Engine(1).trace(rule, collected.documents());
    }
}
