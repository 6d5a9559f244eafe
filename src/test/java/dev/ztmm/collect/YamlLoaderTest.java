package dev.ztmm.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

    private static MapNode load(String text) throws CollectException {
        return (MapNode) new YamlLoader().loadAll(SourceText.of("t.yml", text)).get(0);
    }

    @Test
    void yaml11Booleans_stayStrings() throws CollectException {
        MapNode root = load("on:\n  push: {}\nenv:\n  A: off\n  B: yes\n  C: no\n  D: true\n  E: False\n");

        assertThat(root.has("on")).isTrue();
        assertThat(root.get("env").toValue())
                .isEqualTo(Map.of("A", "off", "B", "yes", "C", "no", "D", true, "E", false));
    }

    @Test
    void datesAndNumbers_keepYaml12Types() throws CollectException {
        MapNode root = load("date: 2024-01-01\nint: 42\nhex: 0x1F\nfloat: 1.5\nnull1: ~\nversion: '3.10'\n");

        assertThat(root.get("date").toValue()).isEqualTo("2024-01-01");
        assertThat(root.get("int").toValue()).isEqualTo(42L);
        assertThat(root.get("hex").toValue()).isEqualTo(31L);
        assertThat(root.get("float").toValue()).isEqualTo(1.5);
        assertThat(root.get("null1").toValue()).isNull();
        assertThat(root.get("version").toValue()).isEqualTo("3.10");
    }

    @Test
    void positions_oneBasedLineAndColumn() throws CollectException {
        MapNode root = load("jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n");

        Node step = ((ListNode) ((MapNode) ((MapNode) root.get("jobs")).get("build")).get("steps")).items().get(0);
        Node uses = ((MapNode) step).get("uses");

        assertThat(uses.position()).isEqualTo(Position.of(4, 15));
        assertThat(((MapNode) step).keyPosition("uses")).isEqualTo(Position.of(4, 9));
    }

    @Test
    void duplicateKey_rejectedWithLine() {
        assertThatThrownBy(() -> load("a: 1\nb: 2\na: 3\n"))
                .isInstanceOf(CollectException.class)
                .hasMessageContaining("Duplicate key 'a'")
                .satisfies(e -> assertThat(((CollectException) e).position().line()).isEqualTo(3));
    }

    @Test
    void syntaxError_reportsLine() {
        assertThatThrownBy(() -> load("a: 1\nb: [unclosed\nc: 2\n"))
                .isInstanceOf(CollectException.class)
                .hasMessageStartingWith("Invalid YAML")
                .satisfies(e -> assertThat(((CollectException) e).position().line()).isGreaterThan(1));
    }

    @Test
    void aliases_expandedAtEachUse() throws CollectException {
        MapNode root = load("a: &step\n  uses: x@v1\nb: *step\n");

        assertThat(root.get("b").toValue()).isEqualTo(Map.of("uses", "x@v1"));
    }

    @Test
    void manyAliases_accepted() throws CollectException {
        StringBuilder yaml = new StringBuilder(".rules: &rules\n  - if: $CI\n");
        for (int i = 0; i < 200; i++) {
            yaml.append("job").append(i).append(":\n  rules: *rules\n");
        }

        assertThat(load(yaml.toString()).size()).isEqualTo(201);
    }

    @Test
    void aliasBomb_rejected() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char previous = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            yaml.append(("*" + previous + ", ").repeat(8)).append('*').append(previous).append("]\n");
        }

        assertThatThrownBy(() -> load(yaml.toString()))
                .isInstanceOf(CollectException.class)
                .hasMessageContaining("aliases expand");
    }

    @Test
    void deepNesting_rejectedWithoutOverflow() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        Throwable thrown = runOnBigStack(() -> load(deep));

        assertThat(thrown).isInstanceOf(CollectException.class).hasMessageContaining("nesting");
    }

    @Test
    void mergeKeys_appliedShallowLocalKeysWin() throws CollectException {
        String yaml = "base: &base\n  image: docker:27\n  variables: {A: '1', B: '2'}\n"
                + "deploy:\n  <<: *base\n  variables: {C: '3'}\n";

        MapNode root = (MapNode) new YamlLoader().loadAll(SourceText.of("g.yml", yaml)).get(0);

        assertThat(root.get("deploy").toValue())
                .isEqualTo(Map.of("image", "docker:27", "variables", Map.of("C", "3")));
    }

    @Test
    void applicationTags_readAsPlainValues() throws CollectException {
        MapNode root = load("Bucket: !Ref MyBucket\nimage: !reference [.setup, image]\n");

        assertThat(root.get("Bucket").toValue()).isEqualTo("MyBucket");
        assertThat(root.get("image").toValue()).isEqualTo(List.of(".setup", "image"));
    }

    @Test
    void multipleDocuments_allLoadedEmptySkipped() throws CollectException {
        List<Node> documents = new YamlLoader().loadAll(SourceText.of("m.yaml", "a: 1\n---\n---\n# only a comment\n---\nb: 2\n"));

        assertThat(documents).hasSize(2);
        assertThat(documents.get(1).position().line()).isEqualTo(6);
    }

    @Test
    void templateKey_rejectedWithHint() {
        assertThatThrownBy(() -> load("value: {{ .Values.host }}\n"))
                .isInstanceOf(CollectException.class)
                .hasMessageContaining("template");
    }

    private interface Loading {
        void run() throws Exception;
    }

    private static Throwable runOnBigStack(Loading loading) {
        Throwable[] thrown = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                loading.run();
            } catch (Throwable t) {
                thrown[0] = t;
            }
        }, "big-stack", 16L * 1024 * 1024);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return thrown[0];
    }
}
