package dev.ztmm.collect;

import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import dev.ztmm.walk.RepoFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Builds the one document of kind {@code repository}: the file list, which policy files are
 * present, and how many documents of each kind the collectors read.
 *
 * <p>Shape: {@code {files: [path], present: {name: bool}, paths: {name: path or null},
 * documents: {kind: count}}}. Its path is empty and its values have no line, because the
 * evidence is the repository as a whole.
 */
public final class RepositoryDocument {

    private static final Set<String> SECURITY_POLICY =
            Set.of("SECURITY.md", ".github/SECURITY.md", "docs/SECURITY.md", "SECURITY.rst",
                    "SECURITY.txt", ".gitlab/SECURITY.md");
    private static final Set<String> RENOVATE =
            Set.of("renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json",
                    ".renovaterc.json5", ".github/renovate.json", ".github/renovate.json5",
                    ".gitlab/renovate.json", ".gitlab/renovate.json5");
    private static final Set<String> GITLEAKS = Set.of(".gitleaks.toml", "gitleaks.toml");

    private RepositoryDocument() {}

    /** Builds the repository document from the walked files and the documents read from them. */
    public static Document build(List<RepoFile> files, List<Document> documents) {
        Position none = Position.NONE;
        MapNode root = new MapNode(none);
        ListNode paths = new ListNode(none);
        files.forEach(file -> paths.add(ScalarNode.of(none, file.path())));
        root.put("files", paths);

        Map<String, String> found = new LinkedHashMap<>();
        found.put("securityPolicy", first(files, file -> SECURITY_POLICY.contains(file.path())));
        found.put("codeowners", first(files, file -> CodeownersCollector.LOCATIONS.contains(file.path())));
        found.put("dependabot", first(files, file -> file.path().matches("\\.github/dependabot\\.ya?ml")));
        found.put("renovate", first(files, file -> RENOVATE.contains(file.path())));
        found.put("preCommit", first(files, file -> (file.path().equals(".pre-commit-config.yaml") || file.path().equals(".pre-commit-config.yml"))));
        found.put("gitleaks", first(files, file -> GITLEAKS.contains(file.fileName())));
        found.put("githubSettings", first(files, file -> file.path().equals(".github/settings.yml")));
        found.put("devcontainer", first(files, file -> file.path().startsWith(".devcontainer/")
                || file.path().equals(".devcontainer.json")));
        MapNode present = new MapNode(none);
        MapNode presentPaths = new MapNode(none);
        found.forEach((name, path) -> {
            present.put(name, ScalarNode.of(none, path != null));
            presentPaths.put(name, path == null ? ScalarNode.ofNull(none) : ScalarNode.of(none, path));
        });
        root.put("present", present);
        root.put("paths", presentPaths);
        root.put("documents", kindCounts(documents));
        return new Document(DocumentKind.REPOSITORY, "", root);
    }

    private static MapNode kindCounts(List<Document> documents) {
        Map<String, Long> counts = new TreeMap<>();
        DocumentKind.ALL.forEach(kind -> counts.put(kind, 0L));
        documents.forEach(document -> counts.merge(document.kind(), 1L, Long::sum));
        MapNode node = new MapNode(Position.NONE);
        counts.forEach((kind, count) -> node.put(kind, ScalarNode.of(Position.NONE, count)));
        return node;
    }

    private static String first(List<RepoFile> files, Predicate<RepoFile> test) {
        return files.stream().filter(test).map(RepoFile::path).findFirst().orElse(null);
    }
}
