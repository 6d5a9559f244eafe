package dev.ztmm.collect.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableExpanderTest {

    private static VariableExpander expander() {
        Map<String, String> values = new HashMap<>();
        values.put("TAG", "1.22");
        values.put("EMPTY", "");
        values.put("UNKNOWN", null);
        return VariableExpander.of(values, '\\');
    }

    @Test
    void knownValue_isSubstitutedInEveryForm() {
        VariableExpander expander = expander();

        assertThat(expander.expand("golang:$TAG")).isEqualTo("golang:1.22");
        assertThat(expander.expand("golang:${TAG}-alpine")).isEqualTo("golang:1.22-alpine");
        assertThat(expander.expand("${TAG:-9}")).isEqualTo("1.22");
        assertThat(expander.expand("${TAG:+set}")).isEqualTo("set");
    }

    @Test
    void unknownValue_keepsReferenceText() {
        VariableExpander expander = expander();

        assertThat(expander.expand("$UNKNOWN/app")).isEqualTo("${UNKNOWN}/app");
        assertThat(expander.expand("${UNKNOWN:-debian}")).isEqualTo("${UNKNOWN:-debian}");
    }

    @Test
    void undeclaredName_usesDefaultWord() {
        VariableExpander expander = expander();

        assertThat(expander.expand("${NOPE:-debian:${TAG}}")).isEqualTo("debian:1.22");
        assertThat(expander.expand("${NOPE-x}")).isEqualTo("x");
        assertThat(expander.expand("a${NOPE:+x}b")).isEqualTo("ab");
        assertThat(expander.expand("$NOPE")).isEqualTo("${NOPE}");
    }

    @Test
    void emptyValue_countsAsUnsetOnlyWithColon() {
        VariableExpander expander = expander();

        assertThat(expander.expand("${EMPTY:-d}")).isEqualTo("d");
        assertThat(expander.expand("${EMPTY-d}")).isEqualTo("");
    }

    @Test
    void patternForms_stayAsWritten() {
        assertThat(expander().expand("${TAG%.*}")).isEqualTo("${TAG%.*}");
    }

    @Test
    void escapedDollar_isLiteral() {
        assertThat(expander().expand("a\\$TAG")).isEqualTo("a$TAG");
        assertThat(VariableExpander.of(Map.of(), '`').expand("a`$TAG")).isEqualTo("a$TAG");
    }

    @Test
    void bareDollarAndOpenBrace_stayAsWritten() {
        assertThat(expander().expand("cost$ 5")).isEqualTo("cost$ 5");
        assertThat(expander().expand("${TAG")).isEqualTo("${TAG");
    }

    @Test
    void allUnknown_normalisesReferences() {
        VariableExpander expander = VariableExpander.allUnknown('\\');

        assertThat(expander.expand("$USER:${GROUP}")).isEqualTo("${USER}:${GROUP}");
        assertThat(expander.expand("${USER:-app}")).isEqualTo("${USER:-app}");
    }
}
