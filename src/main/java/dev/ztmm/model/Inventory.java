package dev.ztmm.model;

import java.util.List;

/**
 * The files the collectors read in a repository and the ones they skipped or failed, without
 * evaluating rules.
 *
 * @param repository the folder as the user named it
 * @param files every file a collector read or tried to read, sorted by path
 * @param diagnostics every file skipped or failed, and every warning, sorted by path
 */
public record Inventory(String repository, List<Assessment.FileInfo> files, List<Diagnostic> diagnostics) {}
