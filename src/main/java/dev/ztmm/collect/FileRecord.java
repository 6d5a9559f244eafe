package dev.ztmm.collect;

/**
 * The outcome of reading one walked file.
 *
 * @param path the path relative to the repository root
 * @param collector the name of the collector that read it, or null when no collector reads it
 * @param documents how many documents it yielded
 * @param symlinkTarget the link target when the file was reached through a symbolic link
 * @param status "parsed" (at least one document), "no-documents" (read, but nothing of the
 *     collector's kind in it, such as YAML that is not a Kubernetes object), "failed",
 *     "not-rendered" or "ignored" (no collector reads it)
 */
public record FileRecord(
        String path, String collector, int documents, String symlinkTarget, String status) {}
