package dev.ztmm.collect;

import java.util.ArrayDeque;
import java.util.Deque;

/** Path arithmetic on repository paths, which use forward slashes. */
public final class RepositoryPaths {

    private RepositoryPaths() {}

    /** Returns the folder of a file path, empty for a file at the root. */
    public static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * Returns {@code relative} resolved against {@code folder}, with "." removed and ".."
     * applied; a path above the root keeps its leading "..", and the root itself is ".".
     */
    public static String resolve(String folder, String relative) {
        String path = folder.isEmpty() ? relative : folder + "/" + relative;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !segments.isEmpty() && !segments.peekLast().equals("..")) {
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? "." : String.join("/", segments);
    }
}
