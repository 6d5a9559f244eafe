package dev.ztmm.collect.gitlab;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import java.util.ArrayList;
import java.util.List;

/** The includes and problems found while reading one pipeline, besides its configuration. */
final class GitlabReport {

    private final List<MapNode> includes = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void include(MapNode entry) {
        includes.add(entry);
    }

    /** Records a name that points nowhere, in the file where it is written. */
    void problem(String file, Position position, String message) {
        String where = position.file() != null ? position.file() : file;
        diagnostics.add(new Diagnostic(where, position, Diagnostic.Category.UNRESOLVED, message));
    }

    List<MapNode> includes() {
        return includes;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
