package dev.ztmm.walk;

import dev.ztmm.model.Diagnostic;
import java.util.List;

/** The files a walk found, sorted by path, and everything it skipped. */
public record WalkResult(List<RepoFile> files, List<Diagnostic> diagnostics) {}
