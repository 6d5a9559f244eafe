package dev.ztmm.collect;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import java.util.List;

/**
 * Everything the collectors read from a repository.
 *
 * @param documents documents sorted by path and position, the repository document last
 * @param diagnostics skipped files, parse failures and warnings, sorted
 * @param files one record per walked file, sorted by path
 */
public record CollectionResult(
        List<Document> documents, List<Diagnostic> diagnostics, List<FileRecord> files) {}
