package dev.ztmm.collect;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.Position;
import dev.ztmm.walk.RepoFile;
import java.util.ArrayList;
import java.util.List;

/** The result of reading one file, before results are merged. */
record FileOutcome(List<Document> documents, List<Diagnostic> diagnostics, FileRecord record) {

    static FileOutcome ignored(RepoFile file) {
        return new FileOutcome(
                List.of(),
                List.of(),
                new FileRecord(file.path(), null, 0, file.symlinkTarget(), "ignored"));
    }

    static FileOutcome failed(RepoFile file, Collector collector, Diagnostic diagnostic) {
        return new FileOutcome(
                List.of(),
                List.of(diagnostic),
                new FileRecord(file.path(), collector.name(), 0, file.symlinkTarget(), "failed"));
    }

    static FileOutcome parsed(
            RepoFile file, Collector collector, SourceText source, Collected collected) {
        List<Diagnostic> diagnostics = new ArrayList<>(collected.diagnostics());
        if (source.encodingWarning() != null) {
            diagnostics.add(new Diagnostic(file.path(), Position.of(source.encodingWarningLine(), 1),
                    Diagnostic.Category.ENCODING, source.encodingWarning()));
        }
        boolean notRendered =
                collected.documents().isEmpty()
                        && diagnostics.stream()
                                .anyMatch(d -> d.category().equals(Diagnostic.Category.NOT_RENDERED));
        String status = notRendered ? "not-rendered" : collected.documents().isEmpty() ? "no-documents" : "parsed";
        FileRecord record =
                new FileRecord(
                        file.path(),
                        collector.name(),
                        collected.documents().size(),
                        file.symlinkTarget(),
                        status);
        return new FileOutcome(collected.documents(), diagnostics, record);
    }
}
