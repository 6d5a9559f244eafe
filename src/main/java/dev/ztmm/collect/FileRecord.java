package dev.ztmm.collect;

/**
 * What happened to one walked file.
 *
 * @param path the path relative to the repository root
 * @param collector the name of the collector that read it, or null when no collector reads it
 * @param documents how many documents it yielded
 * @param symlinkTarget the link target when the file was reached through a symbolic link
 * @param status "parsed", "failed", "not-rendered" or "ignored"
 */
public record FileRecord(
        String path, String collector, int documents, String symlinkTarget, String status) {}
