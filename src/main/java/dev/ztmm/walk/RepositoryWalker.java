package dev.ztmm.walk;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Diagnostic.Category;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a repository once and lists the files to read.
 *
 * <p>A symbolic link is followed only when its real target lies inside the root, and each real
 * folder is entered once, so a link loop ends. A link that leaves the root, a file over the size
 * limit and an unreadable folder are listed as diagnostics.
 */
public final class RepositoryWalker {

    private final WalkOptions options;

    public RepositoryWalker(WalkOptions options) {
        this.options = options;
    }

    /**
     * Walks {@code root}, which must be an existing folder.
     *
     * @throws IOException when the root itself cannot be resolved
     */
    public WalkResult walk(Path root) throws IOException {
        Path realRoot = root.toRealPath();
        Walk walk = new Walk(realRoot);
        walk.visitFolder(realRoot, "");
        walk.files.sort(Comparator.comparing(RepoFile::path));
        walk.diagnostics.sort(Comparator.naturalOrder());
        return new WalkResult(List.copyOf(walk.files), List.copyOf(walk.diagnostics));
    }

    private final class Walk {
        private final Path realRoot;
        private final Set<Path> visitedFolders = new HashSet<>();
        private final List<RepoFile> files = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        Walk(Path realRoot) {
            this.realRoot = realRoot;
        }

        void visitFolder(Path realFolder, String relative) {
            if (!visitedFolders.add(realFolder)) {
                diagnostics.add(
                        Diagnostic.of(
                                relative,
                                Category.LINK_LOOP,
                                "Folder already visited through another path; not entered again."));
                return;
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(realFolder)) {
                stream.forEach(children::add);
            } catch (IOException | SecurityException e) {
                diagnostics.add(
                        Diagnostic.of(
                                relative, Category.UNREADABLE, "Cannot list folder: " + e.getMessage()));
                return;
            }
            children.sort(Comparator.comparing(path -> path.getFileName().toString()));
            for (Path child : children) {
                String name = child.getFileName().toString();
                visitEntry(child, relative.isEmpty() ? name : relative + "/" + name);
            }
        }

        private void visitEntry(Path entry, String relative) {
            BasicFileAttributes attributes;
            try {
                attributes =
                        Files.readAttributes(
                                entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                diagnostics.add(
                        Diagnostic.of(relative, Category.UNREADABLE, "Cannot read: " + e.getMessage()));
                return;
            }
            if (attributes.isSymbolicLink()) {
                visitLink(entry, relative);
            } else if (attributes.isDirectory()) {
                if (!isSkippedFolder(entry)) {
                    visitFolder(entry, relative);
                }
            } else if (attributes.isRegularFile()) {
                addFile(entry, relative, attributes.size(), null);
            } else {
                diagnostics.add(notRegular(relative));
            }
        }

        private void visitLink(Path link, String relative) {
            Path target;
            try {
                target = link.toRealPath();
            } catch (IOException e) {
                diagnostics.add(
                        Diagnostic.of(
                                relative,
                                Category.UNREADABLE,
                                "Symbolic link target does not exist: " + e.getMessage()));
                return;
            }
            if (!target.startsWith(realRoot)) {
                diagnostics.add(
                        Diagnostic.of(
                                relative,
                                Category.LINK_OUTSIDE,
                                "Symbolic link points outside the repository, to '"
                                        + target
                                        + "'; not followed."));
                return;
            }
            String targetRelative = relativePath(target);
            if (Files.isDirectory(target)) {
                if (!isSkippedFolder(target)) {
                    visitFolder(target, relative);
                }
                return;
            }
            if (!Files.isRegularFile(target)) {
                diagnostics.add(notRegular(relative));
                return;
            }
            try {
                addFile(target, relative, Files.size(target), targetRelative);
            } catch (IOException e) {
                diagnostics.add(
                        Diagnostic.of(relative, Category.UNREADABLE, "Cannot read: " + e.getMessage()));
            }
        }

        private void addFile(Path realFile, String relative, long size, String symlinkTarget) {
            if (size > options.maxFileBytes()) {
                diagnostics.add(
                        Diagnostic.of(
                                relative,
                                Category.TOO_LARGE,
                                "File is "
                                        + size
                                        + " bytes, over the limit of "
                                        + options.maxFileBytes()
                                        + " bytes; not read. Raise --max-file-size to read it."));
                return;
            }
            files.add(new RepoFile(relative, realFile, size, symlinkTarget));
        }

        /** Reading a named pipe would block, and a device or socket holds no configuration. */
        private Diagnostic notRegular(String relative) {
            return Diagnostic.of(relative, Category.UNREADABLE,
                    "Not a regular file (a named pipe, socket or device); not read.");
        }

        private boolean isSkippedFolder(Path folder) {
            return options.skippedFolders().contains(folder.getFileName().toString());
        }

        private String relativePath(Path realPath) {
            return realRoot.relativize(realPath).toString().replace('\\', '/');
        }
    }
}
