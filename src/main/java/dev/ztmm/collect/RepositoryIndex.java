package dev.ztmm.collect;

import dev.ztmm.walk.RepoFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of the repository, for collectors that look at a file's neighbours or read a file
 * that another one names (a GitLab include).
 */
public final class RepositoryIndex {

    private final Map<String, RepoFile> files = new TreeMap<>();

    public RepositoryIndex(List<RepoFile> files) {
        files.forEach(file -> this.files.put(file.path(), file));
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    /** Returns every walked path in sorted order. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    /**
     * Reads a walked file, so only files inside the repository and within the walk's limits
     * are ever opened.
     *
     * @throws CollectException when the path was not walked, cannot be read or is binary
     */
    public SourceText read(String path) throws CollectException {
        RepoFile file = files.get(path);
        if (file == null) {
            throw new CollectException("File '" + path + "' is not in the repository.", null);
        }
        try {
            return TextDecoder.decode(path, Files.readAllBytes(file.absolutePath()));
        } catch (IOException e) {
            throw new CollectException("Cannot read '" + path + "': " + e.getMessage(), null);
        }
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
            if (files.containsKey(chart)) {
                return folder;
            }
            if (folder.isEmpty()) {
                return null;
            }
        }
    }
}
