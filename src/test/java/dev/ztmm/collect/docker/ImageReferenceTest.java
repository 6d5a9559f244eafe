package dev.ztmm.collect.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {

    private static final String HEX =
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void bareName_hasNoTag() {
        ImageReference image = ImageReference.parse("debian");

        assertThat(image.name()).isEqualTo("debian");
        assertThat(image.tag()).isNull();
        assertThat(image.digest()).isNull();
        assertThat(image.pinned()).isFalse();
    }

    @Test
    void registryPort_isNotTag() {
        ImageReference image = ImageReference.parse("registry.local:5000/team/app");

        assertThat(image.name()).isEqualTo("registry.local:5000/team/app");
        assertThat(image.tag()).isNull();
    }

    @Test
    void registryPortAndTag_splitAtLastColon() {
        ImageReference image = ImageReference.parse("registry.local:5000/team/app:2.1");

        assertThat(image.name()).isEqualTo("registry.local:5000/team/app");
        assertThat(image.tag()).isEqualTo("2.1");
    }

    @Test
    void digestWithoutTag_isPinned() {
        ImageReference image = ImageReference.parse("cgr.dev/chainguard/static@sha256:" + HEX);

        assertThat(image.name()).isEqualTo("cgr.dev/chainguard/static");
        assertThat(image.tag()).isNull();
        assertThat(image.digest()).isEqualTo("sha256:" + HEX);
        assertThat(image.pinned()).isTrue();
    }

    @Test
    void shortDigest_isNotPinned() {
        assertThat(ImageReference.parse("alpine@sha256:abc").pinned()).isFalse();
    }

    @Test
    void upperCaseHexDigest_isNotPinned() {
        assertThat(ImageReference.parse("alpine@sha256:" + HEX.toUpperCase()).pinned()).isFalse();
    }

    @Test
    void unknownDigest_isNotPinned() {
        ImageReference image = ImageReference.parse("alpine@${DIGEST}");

        assertThat(image.digest()).isEqualTo("${DIGEST}");
        assertThat(image.pinned()).isFalse();
    }

    @Test
    void colonInsideUnknownReference_isNotTag() {
        ImageReference image = ImageReference.parse("${IMAGE:-debian:12}");

        assertThat(image.name()).isEqualTo("${IMAGE:-debian:12}");
        assertThat(image.tag()).isNull();
    }

    @Test
    void unknownTag_isKept() {
        ImageReference image = ImageReference.parse("python:${PYTHON_VERSION}-alpine");

        assertThat(image.name()).isEqualTo("python");
        assertThat(image.tag()).isEqualTo("${PYTHON_VERSION}-alpine");
    }
}
