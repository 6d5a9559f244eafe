package dev.ztmm.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryWalkerTest {

    @TempDir
    Path root;

    private WalkResult walk() throws IOException {
        return new RepositoryWalker(WalkOptions.defaults()).walk(root);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void dependencyFolders_skipped() throws IOException {
        write("node_modules/pkg/action.yml", "name: x");
        write(".git/config", "[core]");
        write("vendor/a.tf", "");
        write(".terraform/modules/m.tf", "");
        write("app/main.tf", "");

        assertThat(walk().files()).extracting(RepoFile::path).containsExactly("app/main.tf");
    }

    @Test
    void files_sortedByPath() throws IOException {
        write("b/z.yml", "");
        write("a.yml", "");
        write("b/a.yml", "");

        assertThat(walk().files()).extracting(RepoFile::path).containsExactly("a.yml", "b/a.yml", "b/z.yml");
    }

    @Test
    void fileOverSizeLimit_skippedWithDiagnostic() throws IOException {
        write("big.yaml", "x".repeat(100));
        write("small.yaml", "x");

        WalkResult result = new RepositoryWalker(new WalkOptions(10, Set.of())).walk(root);

        assertThat(result.files()).extracting(RepoFile::path).containsExactly("small.yaml");
        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly("big.yaml");
        assertThat(result.diagnostics().get(0).category()).isEqualTo(Diagnostic.Category.TOO_LARGE);
        assertThat(result.diagnostics().get(0).message()).contains("100 bytes", "--max-file-size");
    }

    @Test
    void fileLinkInsideRepository_followedWithTarget() throws IOException {
        write("shared/variables.tf", "variable \"x\" {}");
        Files.createDirectories(root.resolve("envs/prod"));
        Files.createSymbolicLink(root.resolve("envs/prod/variables.tf"), Path.of("../../shared/variables.tf"));

        WalkResult result = walk();

        assertThat(result.files()).extracting(RepoFile::path)
                .containsExactly("envs/prod/variables.tf", "shared/variables.tf");
        assertThat(result.files().get(0).symlinkTarget()).isEqualTo("shared/variables.tf");
        assertThat(result.files().get(1).symlinkTarget()).isNull();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void linkOutsideRepository_skippedWithDiagnostic() throws IOException {
        Path outside = Files.createTempFile("ztmm-outside", ".yml");
        try {
            Files.createSymbolicLink(root.resolve("escape.yml"), outside);

            WalkResult result = walk();

            assertThat(result.files()).isEmpty();
            assertThat(result.diagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.category()).isEqualTo(Diagnostic.Category.LINK_OUTSIDE))
                    .satisfies(d -> assertThat(d.path()).isEqualTo("escape.yml"));
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void folderLinkLoop_visitedOnce() throws IOException {
        write("envs/prod/main.tf", "");
        Files.createSymbolicLink(root.resolve("envs/prod/loop"), Path.of("."));

        WalkResult result = walk();

        assertThat(result.files()).extracting(RepoFile::path).containsExactly("envs/prod/main.tf");
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.category()).isEqualTo(Diagnostic.Category.LINK_LOOP))
                .satisfies(d -> assertThat(d.path()).isEqualTo("envs/prod/loop"));
    }

    @Test
    void danglingLink_listedAsUnreadable() throws IOException {
        Files.createSymbolicLink(root.resolve("gone.yml"), Path.of("missing.yml"));

        WalkResult result = walk();

        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.category()).isEqualTo(Diagnostic.Category.UNREADABLE));
    }

    @Test
    void namedPipe_listedNotRead() throws Exception {
        Path fifo = root.resolve("x.yml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        Files.createSymbolicLink(root.resolve("link.yml"), Path.of("x.yml"));

        WalkResult result = walk();

        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly("link.yml", "x.yml");
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.message()).contains("named pipe"));
    }
}
