package dev.ztmm.collect;

import dev.ztmm.app.BuiltInCollectors;
import dev.ztmm.model.Document;
import dev.ztmm.walk.RepositoryWalker;
import dev.ztmm.walk.WalkOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs the real walker and collectors on a test repository. */
final class CollectorFixtures {

    static final Path EDGE_CASES = Path.of("src/test/resources/edge-cases");

    private CollectorFixtures() {}

    static CollectionResult collect(Path root) throws IOException {
        return new Collection(BuiltInCollectors.all(), 2).collect(new RepositoryWalker(WalkOptions.defaults()).walk(root));
    }

    static List<Document> documents(CollectionResult result, String kind) {
        return result.documents().stream().filter(d -> d.kind().equals(kind)).toList();
    }
}
