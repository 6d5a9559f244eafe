package dev.ztmm.collect;

import dev.ztmm.walk.RepoFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The set of file paths in the repository, for collectors that look at a file's neighbours. */
public final class RepositoryIndex {

    private final Set<String> paths = new HashSet<>();

    public RepositoryIndex(List<RepoFile> files) {
        files.forEach(file -> paths.add(file.path()));
    }

    public boolean contains(String path) {
        return paths.contains(path);
    }

    /**
     * Returns the folder of the nearest Helm chart (a folder with Chart.yaml) that contains
     * {@code path}, or null.
     */
    public String chartFolder(String path) {
        String folder = path;
        while (true) {
            int slash = folder.lastIndexOf('/');
            folder = slash < 0 ? "" : folder.substring(0, slash);
            String chart = folder.isEmpty() ? "Chart.yaml" : folder + "/Chart.yaml";
            if (paths.contains(chart)) {
                return folder;
            }
            if (folder.isEmpty()) {
                return null;
            }
        }
    }
}
