package dev.ztmm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.common.values.NullValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RuleFunctionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "actions/checkout@d5491e7e7124a22dd73fa746ba129c59f9dc6d5d, true",
        "actions/checkout@v4, false",
        "actions/checkout@d5491e7, false",
        "actions/checkout@main, false",
        "actions/checkout, false",
        "./.github/actions/local-build, true",
        "../shared/action, true",
        "docker://alpine:3.20, false",
        "docker://registry.example.com/tools/linter@sha256:48e1a3f2b6c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7fd69, true",
        "org/repo/.github/workflows/release.yml@v1, false",
        "org/repo/.github/workflows/release.yml@0123456789abcdef0123456789abcdef01234567, true",
    })
    void pinnedUses(String uses, boolean pinned) {
        assertThat(RuleFunctions.pinnedUses(uses)).isEqualTo(pinned);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "./x, local",
        "docker://alpine, docker",
        "actions/checkout@v4, remote",
    })
    void usesKind(String uses, String kind) {
        assertThat(RuleFunctions.usesKind(uses)).isEqualTo(kind);
    }

    @Test
    void pinnedImage_needsFullDigest() {
        assertThat(RuleFunctions.pinnedImage("golang:1.22@sha256:" + "a".repeat(64))).isTrue();
        assertThat(RuleFunctions.pinnedImage("golang:1.22@sha256:" + "a".repeat(12))).isFalse();
        assertThat(RuleFunctions.pinnedImage("golang:1.22")).isFalse();
        assertThat(RuleFunctions.pinnedImage(42L)).isFalse();
    }

    @Test
    void unknown_detectsInterpolation() {
        assertThat(RuleFunctions.unknown("${var.cidr}")).isTrue();
        assertThat(RuleFunctions.unknown("arn:aws:s3:::${var.bucket}/*")).isTrue();
        assertThat(RuleFunctions.unknown("0.0.0.0/0")).isFalse();
        assertThat(RuleFunctions.unknown(List.of("${var.x}"))).isFalse();
    }

    @Test
    void triggers_everyOnForm() {
        assertThat(RuleFunctions.triggers("push")).containsExactly("push");
        assertThat(RuleFunctions.triggers(List.of("push", "pull_request"))).containsExactly("push", "pull_request");
        assertThat(RuleFunctions.triggers(Map.of("workflow_call", Map.of()))).containsExactly("workflow_call");
        assertThat(RuleFunctions.triggers(NullValue.NULL_VALUE)).isEmpty();
    }

    @Test
    void asList_wrapsScalarsAndNull() {
        assertThat(RuleFunctions.asList("s3:GetObject")).containsExactly("s3:GetObject");
        assertThat(RuleFunctions.asList(List.of("a", "b"))).containsExactly("a", "b");
        assertThat(RuleFunctions.asList(NullValue.NULL_VALUE)).isEmpty();
    }

    @Test
    void openToWorld_ipv4AndIpv6() {
        assertThat(RuleFunctions.openToWorld("0.0.0.0/0")).isTrue();
        assertThat(RuleFunctions.openToWorld(List.of("10.0.0.0/8", "::/0"))).isTrue();
        assertThat(RuleFunctions.openToWorld(List.of("10.0.0.0/8"))).isFalse();
        assertThat(RuleFunctions.openToWorld("${var.cidr}")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "AKIAZ7Q4XKQWERTYUIOP, true",
        "AKIAIOSFODNN7EXAMPLE, false",
        "token ghp_abcdefghijklmnopqrstuvwxyz0123456789AB here, true",
        "glpat-abcdefghij0123456789, true",
        "-----BEGIN OPENSSH PRIVATE KEY-----, true",
        "ghp_ is the prefix of a personal token, false",
        "${{ secrets.NPM_TOKEN }}, false",
    })
    void credentialIn(String text, boolean found) {
        assertThat(RuleFunctions.credentialIn(text)).isEqualTo(found);
    }

    @Test
    void redact_keepsOnlyPrefix() {
        assertThat(RuleFunctions.redact("key=AKIAZ7Q4XKQWERTYUIOP;")).isEqualTo("key=AKIA****;");
        assertThat(RuleFunctions.credentialLine("a\nb\nexport K=AKIAZ7Q4XKQWERTYUIOP")).isEqualTo(2);
        assertThat(RuleFunctions.credentialLine("nothing")).isEqualTo(-1);
    }
}
