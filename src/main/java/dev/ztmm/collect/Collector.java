package dev.ztmm.collect;

import dev.ztmm.walk.RepoFile;

/**
 * Reads one kind of file into documents.
 *
 * <p>A collector knows file formats and nothing of rules. Implementations are stateless and
 * safe to call from several threads at once.
 */
public interface Collector {

    /** Returns a short lowercase name for inventories and diagnostics, such as "kubernetes". */
    String name();

    /** Returns whether this collector reads {@code file}; {@code index} lists every file. */
    boolean accepts(RepoFile file, RepositoryIndex index);

    /**
     * Parses one file.
     *
     * @throws CollectException when the file cannot be parsed; the caller lists it and goes on
     */
    Collected collect(SourceText source, RepositoryIndex index) throws CollectException;
}
