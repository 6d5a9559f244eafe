package dev.ztmm.collect;

import static dev.ztmm.collect.CollectorFixtures.EDGE_CASES;
import static dev.ztmm.collect.CollectorFixtures.collect;
import static dev.ztmm.collect.CollectorFixtures.documents;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileCollectorTest {

    @Test
    void heredocAfterContinuation_curlLineKeepsItsLine() throws IOException {
        Document dockerfile = documents(collect(EDGE_CASES.resolve("dockerfile-heredoc-continuation")),
                DocumentKind.DOCKERFILE).get(0);

        ListNode instructions = (ListNode) ((MapNode) dockerfile.root()).get("instructions");
        assertThat(instructions.size()).isEqualTo(7);
        Node curl = ((ListNode) ((MapNode) instructions.items().get(2)).get("lines")).items().stream()
                .filter(line -> String.valueOf(line.toValue()).contains("curl"))
                .findFirst().orElseThrow();
        assertThat(curl.position().line()).isEqualTo(13);
        assertThat(((MapNode) dockerfile.root()).get("user").toValue()).isEqualTo("10001");
    }

    @Test
    void latin1Dockerfile_readWithEncodingWarning() throws IOException {
        CollectionResult result = collect(EDGE_CASES.resolve("encoding-bom-crlf-latin1"));

        Document dockerfile = documents(result, DocumentKind.DOCKERFILE).get(0);
        assertThat(((MapNode) dockerfile.root()).get("user").toValue()).isEqualTo("root");
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.category()).isEqualTo(Diagnostic.Category.ENCODING))
                .satisfies(d -> assertThat(d.path()).isEqualTo("docker/Dockerfile"))
                .satisfies(d -> assertThat(d.position().line()).isEqualTo(2));
    }

    @Test
    void namedDockerfiles_recognised(@TempDir Path root) throws IOException {
        for (String name : new String[] {"Dockerfile", "api.Dockerfile", "Dockerfile.dev", "Containerfile"}) {
            Files.writeString(root.resolve(name), "FROM alpine:3.20\n");
        }
        Files.writeString(root.resolve("Dockerfile.md"), "# notes\n");

        assertThat(documents(collect(root), DocumentKind.DOCKERFILE)).extracting(Document::path)
                .containsExactly("Containerfile", "Dockerfile", "Dockerfile.dev", "api.Dockerfile");
    }

    @Test
    void binaryFileWithConfigName_unreadableNotFatal(@TempDir Path root) throws IOException {
        Files.write(root.resolve("Dockerfile"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
        Files.writeString(root.resolve("Containerfile"), "FROM alpine:3.20\n");

        CollectionResult result = collect(root);

        assertThat(documents(result, DocumentKind.DOCKERFILE)).hasSize(1);
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("binary"));
    }
}
