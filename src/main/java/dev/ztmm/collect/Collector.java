package dev.ztmm.collect;

import dev.ztmm.walk.RepoFile;

/**
 * Reads one kind of file into documents.
 *
 * <p>A collector depends on file formats only, never on rules. Implementations are stateless and
 * safe to call from several threads at once.
 */
public interface Collector {

    /** Returns a short lowercase name for inventories and diagnostics, such as "kubernetes". */
    String name();

    /** Returns whether this collector reads {@code file}; {@code index} lists every file. */
    boolean accepts(RepoFile file, RepositoryIndex index);

    /**
     * Returns whether this collector reads a file it accepted by name, now that its text is
     * known. A collector that recognises its format by content (a CloudFormation template is
     * any YAML or JSON file with template keys) returns false for other text, and the file goes
     * to the next collector that accepts it.
     */
    default boolean acceptsContent(SourceText source) {
        return true;
    }

    /**
     * Parses one file.
     *
     * @throws CollectException when the file cannot be parsed; the caller lists it and goes on
     */
    Collected collect(SourceText source, RepositoryIndex index) throws CollectException;
}
