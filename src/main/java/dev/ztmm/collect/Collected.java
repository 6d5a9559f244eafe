package dev.ztmm.collect;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import java.util.List;

/** The documents a collector read from one file, and warnings that did not stop it. */
public record Collected(List<Document> documents, List<Diagnostic> diagnostics) {

    public static Collected of(List<Document> documents) {
        return new Collected(documents, List.of());
    }

    public static Collected of(Document document) {
        return new Collected(List.of(document), List.of());
    }
}
