package dev.ztmm.walk;

import java.nio.file.Path;

/**
 * A regular file found by the walk.
 *
 * @param path the path relative to the repository root, with forward slashes
 * @param absolutePath the real path on disk, after following any symbolic link
 * @param size the file size in bytes
 * @param symlinkTarget the link target relative to the root when the file was reached through a
 *     symbolic link, otherwise null
 */
public record RepoFile(String path, Path absolutePath, long size, String symlinkTarget) {

    /** Returns the last path segment. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Returns the folder part of the path, empty for files at the root. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
